// Per-account building blocks, shared by apply and the Terraform provider. Each takes the
// model's typed account and a client, and handles ambiguous writes itself (read back before any
// retry): a create never makes a duplicate, a delete of something already gone succeeds.
import {
  type Account,
  ACCOUNT_FIELDS,
  accountField,
  AccountType,
  createParams,
  diffEnforced,
  effectiveClass,
  type DesiredAccount,
  fillGenerate,
  type HotSpotClient,
  isHotSpotError,
  isNotFound,
  updateParams,
  type WireContext,
} from "@hotspot-iac/core";
import { COMMITTED, type WritePolicy, writeResolved } from "./write.js";
import { HotspotIacError } from "@hotspot-iac/core";

/** viewaccount, undefined when the account does not exist. */
export async function readAccount(client: HotSpotClient, username: string): Promise<Account | undefined> {
  try {
    return await client.viewAccount(username);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

const ALREADY_EXISTS = /already\s+exist/i;

export interface CreateResult {
  /** The account as generateaccounts returned it (undefined when a lost answer was resolved by reading back). */
  account?: Account;
  /** A lost answer was resolved by reading the account back. */
  ambiguous: boolean;
  /** The follow-up updateaccount (fields generateaccounts cannot set) was needed and sent. */
  followUp: boolean;
}

/** Thrown when the account exists but the follow-up updateaccount failed: the next run converges. */
export class PartialCreateError extends HotspotIacError {
  override get code() {
    return "partial-create" as const;
  }
  override readonly name = "PartialCreateError";
  constructor(
    readonly username: string,
    override readonly cause: unknown,
  ) {
    super(`account ${username} was created but setting its remaining fields failed: ${(cause as Error)?.message ?? cause}`);
  }
}

/**
 * The fields createAccount sends in its follow-up updateaccount (catalogue names, catalogue
 * order): those generateaccounts cannot carry, and a ticket's type (see createAccount).
 */
export function followUpFields(desired: DesiredAccount, ctx: WireContext): string[] {
  // core's fillGenerate owns what generateaccounts can carry; the rest goes in the follow-up.
  const rest = new Set(fillGenerate(desired, { account: desired.username, count: 1 }, ctx));
  return ACCOUNT_FIELDS.filter((f) => (f.name === "type" && desired.type === "ticket") || (rest.has(f.name) && f.toUpdate)).map((f) => f.name);
}

/**
 * generateaccounts (count 1) with every field it accepts, then one updateaccount for the rest
 * (daily limits, absolute expiry, multilogin, customer and card data...).
 */
export async function createAccount(
  client: HotSpotClient,
  desired: DesiredAccount,
  ctx: WireContext,
  policy: WritePolicy = {},
): Promise<CreateResult> {
  const { generate, update: rest } = createParams(desired, ctx);
  let update = rest;
  // generateaccounts turns a ticket's name into a prefix + random code: create it under its exact
  // name as prepaid, then make it a ticket in the follow-up updateaccount.
  if (generate.type === AccountType.Ticket) {
    generate.type = AccountType.Prepaid;
    update = { ...update, type: AccountType.Ticket };
  }
  let ambiguous = false;
  let sentOnce = false;
  const r = await writeResolved(
    async () => {
      try {
        const accounts = await client.generateAccounts(generate);
        return accounts.find((a) => a.username === desired.username) ?? accounts[0];
      } catch (err) {
        // A retry after a lost answer that did commit: the name exists now, and it is ours.
        if (sentOnce && isHotSpotError(err) && err.kind === "server" && ALREADY_EXISTS.test(err.description ?? "")) {
          ambiguous = true;
          return undefined;
        }
        throw err;
      } finally {
        sentOnce = true;
      }
    },
    async () => {
      ambiguous = true;
      return (await readAccount(client, desired.username)) !== undefined;
    },
    policy,
  );
  const account = r === COMMITTED ? undefined : r;
  if (!update) return { account, ambiguous, followUp: false };
  try {
    await sendUpdate(client, desired.username, update, policy);
  } catch (err) {
    throw new PartialCreateError(desired.username, err);
  }
  return { account, ambiguous, followUp: true };
}

/**
 * One updateaccount setting `fields` to their declared values. A lost answer is resolved by
 * reading the account back when the update carries a readable (enforced) field: updateaccount is
 * one command, so if those fields took, all did. An update of write-only fields only cannot be
 * checked; it sets absolute values, so it is sent again (idempotent), and if every answer is
 * lost the change is reported failed and the state file does not record it: the next run re-sends.
 */
export async function updateAccount(
  client: HotSpotClient,
  desired: DesiredAccount,
  fields: readonly string[],
  ctx: WireContext,
  policy: WritePolicy = {},
): Promise<void> {
  const params = updateParams(desired, fields, ctx);
  if (Object.keys(params).length === 0) return;
  const verifiable = fields.filter((f) => accountField(f).read !== undefined && effectiveClass(desired, f) === "enforced");
  await sendUpdate(client, desired.username, params, policy, async () => {
    if (verifiable.length === 0) return false;
    const live = await readAccount(client, desired.username);
    if (!live) return false;
    return !diffEnforced(desired, live, { planId: ctx.planId }).some((d) => verifiable.includes(d.field.name));
  });
}

async function sendUpdate(
  client: HotSpotClient,
  username: string,
  params: Parameters<HotSpotClient["updateAccount"]>[1],
  policy: WritePolicy,
  resolve: () => Promise<boolean> = async () => false,
): Promise<void> {
  await writeResolved(() => client.updateAccount(username, params), resolve, policy);
}

/**
 * deleteaccount. "deleted", or "gone" when the server answered that the account does not exist
 * (someone else deleted it first): the goal is met, but it is reported, not counted as a deletion.
 * A lost answer resolved by reading back (the account is gone) counts as deleted.
 */
export async function deleteAccount(client: HotSpotClient, username: string, policy: WritePolicy = {}): Promise<"deleted" | "gone"> {
  try {
    await writeResolved(
      () => client.deleteAccount(username),
      async () => (await readAccount(client, username)) === undefined,
      policy,
    );
    return "deleted";
  } catch (err) {
    if (isNotFound(err)) return "gone";
    throw err;
  }
}
