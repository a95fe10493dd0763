// generateaccounts: one or more accounts from a price plan, explicit parameters overriding it.
//
// Names: `account` is the username when number=1 and the prefix when number>1 (prefix + decimal
// counter from startnumber, no padding: NEW21, NEW22). Without startnumber the counter continues
// after the highest number in use for that prefix. Tickets (type 2) are `account` as prefix plus
// random uppercase alphanumerics up to `length` characters in total, with an empty password.
// A name that already exists is never overwritten: the whole call fails with
// `ERROR: account already exists: NAME` and creates nothing ([ours]: all-or-nothing is what keeps a
// retried batch from half-applying; a real server's exact behaviour is unknown).
import { ACCOUNT_LIMITS, BATCH_LIMITS } from "@hotspot-iac/core";
import { applyPlan, newAccount, nextCounter, recordSale, setExpiryDays } from "../state/accounts.js";
import { randomCode, randomPassword } from "../state/codes.js";
import type { AccountRecord } from "../state/types.js";
import { generatedAccountsDocument } from "../xml/accounts.js";
import type { CommandContext, CommandResult } from "./context.js";
import { fail } from "./errors.js";
import { planIdParam, requirePlan } from "./plan-param.js";
import { plural } from "../plural.js";

/** Most accounts one call may generate ([ours]; protects the server from number=100000000). */
export const MAX_GENERATE = 10_000;
const TICKET = 2;
const DEFAULT_CODE_LENGTH = 6;
const DEFAULT_PASSWORD_LENGTH = 6;

export function generateAccounts(ctx: CommandContext): CommandResult {
  const { params: p, store, now } = ctx;
  const number = p.int("number", { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
  if (number > MAX_GENERATE) fail(`invalid parameter number: at most ${MAX_GENERATE} accounts per call`);
  const planId = planIdParam(ctx);
  const plan = planId ? requirePlan(ctx, planId) : undefined;
  if (plan && !plan.enabled) fail("price plan is disabled");
  const type = p.int("type", { max: 2 }) ?? 0;
  const autologin = p.flag("autologin");
  const inactivity = p.flag("inactivity");
  const sell = p.flag("sell");
  const expire = p.int("expire", { max: 36_500 });
  const timeleft = p.int("timeleft");
  const unltime = p.flag("unltime");
  const quota = p.int("quota", { bytes: true });
  const unlquota = p.flag("unlquota");
  const download = p.int("download");
  const upload = p.int("upload");
  const print = p.flag("print") ?? false;
  const preview = p.flag("preview") ?? false;
  const length = p.int("length", BATCH_LIMITS.length);
  const passlength = p.int("passlength", BATCH_LIMITS.passwordLength);
  const password = p.text("password", ACCOUNT_LIMITS.password.maxLength);
  const startnumber = p.int("startnumber", BATCH_LIMITS.startNumber);
  const account = p.optionalAccount();

  const names = chooseNames(ctx, { number, type, account, length, startnumber });

  const generateId = store.nextGenerateId++;
  store.addGeneration({ id: generateId, at: now, count: number, planId: plan?.id ?? 0, type, print, preview });
  const created: AccountRecord[] = [];
  for (const name of names) {
    const pw = type === TICKET ? "" : (password ?? randomPassword(passlength ?? DEFAULT_PASSWORD_LENGTH));
    const a = newAccount(name, pw, type, now, generateId);
    if (plan) applyPlan(a, plan, now);
    if (timeleft !== undefined) a.timeLeftMs = timeleft * 1000;
    if (unltime !== undefined) a.unlimitedTime = unltime;
    if (quota !== undefined) a.quota = quota;
    if (unlquota !== undefined) a.unlimitedQuota = unlquota;
    if (download !== undefined) a.download = download;
    if (upload !== undefined) a.upload = upload;
    if (expire !== undefined) setExpiryDays(a, expire, now);
    if (autologin !== undefined) a.autologin = autologin;
    if (inactivity !== undefined) a.inactivity = inactivity;
    if (sell) recordSale(store, a, plan, now);
    store.putAccount(a);
    created.push(a);
  }
  store.day(now).accountsCreated += created.length;
  return {
    body: generatedAccountsDocument(created),
    summary: plural(created.length, "account"),
    count: created.length,
  };
}

interface NameRequest {
  number: number;
  type: number;
  account: string | undefined;
  length: number | undefined;
  startnumber: number | undefined;
}

function chooseNames(ctx: CommandContext, r: NameRequest): string[] {
  const { store } = ctx;
  if (r.type === TICKET || r.account === undefined) {
    // Random codes: tickets always, and accounts generated without any name.
    const prefix = r.account ?? "";
    const total = r.length ?? prefix.length + DEFAULT_CODE_LENGTH;
    const randomLength = total - prefix.length;
    if (randomLength < 1) fail("invalid parameter length: shorter than the prefix");
    return uniqueCodes(ctx, prefix, randomLength, r.number);
  }
  let names: string[];
  if (r.number === 1) {
    names = [r.account];
  } else {
    const start = r.startnumber ?? nextCounter(store, r.account);
    names = Array.from({ length: r.number }, (_, i) => `${r.account}${start + i}`);
  }
  for (const name of names) {
    if (name.length > 128) fail("invalid parameter account: too long");
    if (store.accounts.has(name)) fail(`account already exists: ${name}`);
  }
  return names;
}

function uniqueCodes(ctx: CommandContext, prefix: string, randomLength: number, number: number): string[] {
  const space = 36 ** Math.min(randomLength, 10);
  if (space < number * 2) fail("invalid parameter length: too short for that many unique codes");
  const out = new Set<string>();
  let attempts = number * 20 + 100;
  while (out.size < number) {
    if (attempts-- <= 0) fail("cannot generate unique codes: increase length");
    const code = prefix + randomCode(randomLength);
    if (!ctx.store.accounts.has(code)) out.add(code);
  }
  return [...out];
}
