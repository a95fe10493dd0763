// A validated document's pieces → the model: human units to seconds, bytes, bytes per second and
// wall-clock Dates; sensitive strings to Secrets (keeping their reference); defaults applied.

import type {
  AccountInput,
  BatchInput,
  DefaultsInput,
  PricePlanInput,
  ServerInput,
} from "./schema.js";
import { Secret } from "./secret.js";
import type {
  AccountSettings,
  AccountOnlySettings,
  Batch,
  Card,
  Defaults,
  DesiredAccount,
  PricePlanRef,
  Rates,
  Server,
} from "./types.js";
import { DEFAULT_SAFETY } from "./types.js";
import { type Expiry, parseDuration, parseExpiry, parseMoney, parseRate, parseSize, UNLIMITED, type Unlimited } from "./units.js";

/** The reference a sensitive value was written as, by its field path inside the piece. */
export type TemplateOf = (field: string) => string | undefined;

const noTemplates: TemplateOf = () => undefined;

function secret(value: string | undefined, template: string | undefined): Secret | undefined {
  if (value === undefined) return undefined;
  return template ? Secret.fromRef(template, value) : Secret.of(value);
}

const seconds = (v: string | number): number => (v === 0 ? 0 : parseDuration(String(v))!);
const secondsOrUnlimited = (v: string | number): number | Unlimited => (v === UNLIMITED ? UNLIMITED : seconds(v));
const bytesOrUnlimited = (v: string | number): number | Unlimited =>
  v === UNLIMITED ? UNLIMITED : v === 0 ? 0 : parseSize(String(v))!;
const rate = (v: string | number): number | Unlimited => (v === UNLIMITED || v === 0 ? UNLIMITED : parseRate(String(v))!);
const expiry = (v: string): Expiry => parseExpiry(v)!;

/** Drops undefined members so models compare and serialize cleanly. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

function rates(r: { download?: string | number; upload?: string | number } | undefined): Rates | undefined {
  if (!r) return undefined;
  return compact({
    download: r.download === undefined ? undefined : rate(r.download),
    upload: r.upload === undefined ? undefined : rate(r.upload),
  });
}

type SharedInput = Pick<
  DefaultsInput,
  "plan" | "type" | "timeLeft" | "quota" | "rates" | "expires" | "sell" | "autologin" | "inactivity"
>;

function shared(i: SharedInput): AccountSettings {
  return compact({
    plan: i.plan,
    type: i.type,
    timeLeft: i.timeLeft === undefined ? undefined : secondsOrUnlimited(i.timeLeft),
    quota: i.quota === undefined ? undefined : bytesOrUnlimited(i.quota),
    rates: rates(i.rates),
    expires: i.expires === undefined ? undefined : expiry(i.expires),
    sell: i.sell,
    autologin: i.autologin,
    inactivity: i.inactivity,
  });
}

function accountOnly(i: DefaultsInput): AccountOnlySettings {
  return compact({
    timeUsed: i.timeUsed === undefined ? undefined : seconds(i.timeUsed),
    dailyTime: i.dailyTime === undefined ? undefined : secondsOrUnlimited(i.dailyTime),
    dailyQuota: i.dailyQuota === undefined ? undefined : bytesOrUnlimited(i.dailyQuota),
    multilogin: i.multilogin,
    money: i.money === undefined ? undefined : parseMoney(i.money),
    printed: i.printed ? compact({ ...i.printed }) : undefined,
    customer: i.customer ? compact({ ...i.customer }) : undefined,
    enforce: i.enforce ? [...i.enforce] : undefined,
  });
}

export function normalizeDefaults(i: DefaultsInput): Defaults {
  return compact({ ...shared(i), ...accountOnly(i) });
}

function card(i: AccountInput["card"], t: TemplateOf): Card | undefined {
  if (!i) return undefined;
  return compact({
    name: secret(i.name, t("card.name")),
    type: i.type,
    number: secret(i.number, t("card.number")),
    password: secret(i.password, t("card.password")),
    expMonth: secret(i.expMonth, t("card.expMonth")),
    expYear: secret(i.expYear, t("card.expYear")),
    cvv2: secret(i.cvv2, t("card.cvv2")),
  });
}

/** An account as declared (defaults not yet applied). */
export function normalizeAccount(i: AccountInput, t: TemplateOf = noTemplates): DesiredAccount {
  return compact({
    username: i.username,
    password: secret(i.password, t("password")),
    ...shared(i),
    ...accountOnly(i),
    card: card(i.card, t),
  });
}

export function normalizeBatch(i: BatchInput): Batch {
  return compact({
    prefix: i.prefix,
    count: i.count,
    startNumber: i.startNumber,
    length: i.length,
    passwordLength: i.passwordLength,
    ...shared(i),
    enforce: i.enforce ? [...i.enforce] : undefined,
  });
}

export function normalizePricePlan(key: string, i: PricePlanInput): PricePlanRef {
  const e = i.expect;
  return compact({
    key,
    id: i.id,
    description: i.description,
    expect: e
      ? compact({
          price: e.price === undefined ? undefined : parseMoney(e.price),
          time: e.time === undefined ? undefined : secondsOrUnlimited(e.time),
          quota: e.quota === undefined ? undefined : bytesOrUnlimited(e.quota),
          rates: rates(e.rates),
          expireDays: e.expireDays,
          enabled: e.enabled,
        })
      : undefined,
  });
}

export function normalizeServer(i: ServerInput | undefined, t: TemplateOf = noTemplates): Server {
  const s = i ?? {};
  return compact({
    url: s.url,
    passphrase: secret(s.passphrase, t("passphrase")),
    timeout: s.timeout === undefined ? undefined : seconds(s.timeout),
    concurrency: s.concurrency,
    safety: { ...DEFAULT_SAFETY, ...compact(s.safety ?? {}) },
  });
}

const NESTED = ["rates", "customer", "printed"] as const;

/** Defaults under an account's own settings; nested groups merge per field, `enforce` replaces. */
export function applyDefaults<T extends object>(own: T, defaults: Defaults, keys?: readonly string[]): T {
  const out: Record<string, unknown> = { ...(own as Record<string, unknown>) };
  for (const [k, v] of Object.entries(defaults)) {
    if (keys && !keys.includes(k)) continue;
    const mine = out[k];
    if (mine === undefined) out[k] = v;
    else if ((NESTED as readonly string[]).includes(k)) out[k] = { ...(v as object), ...(mine as object) };
  }
  return out as T;
}

/** Defaults that apply to a batch: what generateaccounts accepts, and `enforce`. */
export const BATCH_DEFAULT_KEYS = [
  "plan",
  "type",
  "timeLeft",
  "quota",
  "rates",
  "expires",
  "sell",
  "autologin",
  "inactivity",
  "enforce",
] as const;
