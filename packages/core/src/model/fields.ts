// The field catalogue: every account field classified once. The sync engine (diff, state file of
// write-only hashes) and the Terraform provider (attribute names, sensitivity, refresh) both read it.
//
// Classes:
// - identity:  the account's name; renames are never inferred.
// - enforced:  read back by viewaccount, diffed and corrected on every apply.
// - initial:   set on create, then consumed by use (time left, quota, counters); never reset later
//              unless the account (or defaults) opts in with `enforce: [timeLeft]`.
// - writeOnly: the server never returns it (shared/hotspot-api/README.md). Kept as a salted hash of
//              what was last applied; sent again when the declared value's hash changes.
//
// `expires` is enforced when absolute (a date or date-time) and initial when relative (`in 30d`
// is resolved at creation; re-resolving it every run would drift forever).
//
// Wire values use the wire client's units: seconds, bytes, bytes per second, booleans (sent as
// 0/1), wall-clock Dates (expiredate → YYYYMMDD, expiredatetime → YYYYMMDDHHMM), money as a number
// (sent as 0.00), and the account type as the server's number. Parameter names are the server's.
//
// Not declarative, so not fields: moneyinc / moneydec (increments: applying twice would pay
// twice), dailytimeleft / dailyquotaleft (today's consumption counters, reset by the server each
// day), software (a client tag with no state to converge), print / preview (print jobs at
// generation time). They belong to operator commands, not to desired state.

import { createHash } from "node:crypto";
import { DocumentType, type GenerateAccountsParams, type UpdateAccountParams } from "../wire/params.js";
import { type Account, AccountType } from "../wire/types.js";
import { snakeName } from "./fields/attribute-names.js";
import { fieldValue } from "./fields/paths.js";
import { Secret } from "./secret.js";
import type { Batch, DesiredAccount, EnforceableField } from "./types.js";
import { ENFORCEABLE_INITIAL } from "./types.js";
import { type Expiry, formatDay, formatMinute, UNLIMITED } from "./units.js";

export type FieldClass = "identity" | "enforced" | "initial" | "writeOnly";

export type ValueKind =
  | "string"
  | "seconds"
  | "bytes"
  | "rate"
  | "boolean"
  | "integer"
  | "money"
  | "expiry"
  | "enum"
  | "planRef";

export type { GenerateAccountsParams, UpdateAccountParams } from "../wire/params.js";

/** What encoding needs beyond the model: the resolved plan id and the server's clock. */
export interface WireContext {
  /** The numeric id the account's `plan` reference resolved to (the sync engine resolves it). */
  planId?: number;
  /** Now, as a server wall-clock Date: resolves relative expiry at creation. */
  now: Date;
}

/** A comparable value: the same shape for desired and live, so `===` after normalising. */
export type Comparable = string | number | boolean;

export interface FieldSpec {
  /** Model path as written in YAML (`rates.download`, `customer.firstName`). */
  name: string;
  /** Terraform attribute: the path's segments in snake_case joined by `_` (`rates_download`). */
  snake: string;
  class: FieldClass;
  sensitive: boolean;
  kind: ValueKind;
  enumValues?: readonly string[];
  /** generateaccounts parameters that carry it (empty: only updateaccount can set it). */
  generate: readonly string[];
  /** updateaccount parameters that carry it. */
  update: readonly string[];
  /** viewaccount elements it is read back from (empty: write-only). */
  view: readonly string[];
  description: string;
  /** Typed generateaccounts params, or undefined when this value cannot go there. */
  toGenerate?: (value: never, ctx: WireContext) => GenerateAccountsParams | undefined;
  /** Typed updateaccount params. */
  toUpdate?: (value: never, ctx: WireContext) => UpdateAccountParams;
  /** Live value in comparable form; undefined when the element was not in the response. */
  read?: (live: Account) => Comparable | undefined;
  /** Desired value in comparable form. */
  compare?: (value: never, ctx: Partial<WireContext>) => Comparable | undefined;
}

const TYPE_NUMBERS = { prepaid: AccountType.Prepaid, postpaid: AccountType.Postpaid, ticket: AccountType.Ticket };
const DOC_TYPE_NUMBERS = {
  idCard: DocumentType.IdCard,
  passport: DocumentType.Passport,
  driversLicense: DocumentType.DriversLicence,
};
const CARD_TYPE_NUMBERS = { visa: 1, mastercard: 2, discover: 3, amex: 4 };


type Spec = Omit<FieldSpec, "snake" | "sensitive" | "generate" | "update" | "view"> &
  Partial<Pick<FieldSpec, "sensitive" | "generate" | "update" | "view">>;

function field(spec: Spec): FieldSpec {
  return { sensitive: false, generate: [], update: [], view: [], ...spec, snake: snakeName(spec.name) };
}

const reveal = (v: Secret | string): string => (v instanceof Secret ? v.reveal() : v);

/** A number-or-unlimited value with a separate unlimited flag (timeleft/unltime, quota/unlquota). */
function withUnlimited(param: "timeLeft" | "quota", flag: "unlimitedTime" | "unlimitedQuota") {
  return (v: number | typeof UNLIMITED): GenerateAccountsParams & UpdateAccountParams =>
    v === UNLIMITED ? { [flag]: true } : { [param]: v, [flag]: false };
}

/** A daily limit: enable flag + amount; `unlimited` turns the limit off. */
function dailyLimit(enable: "enableDailyTime" | "enableDailyQuota", param: "dailyTime" | "dailyQuota") {
  return (v: number | typeof UNLIMITED): UpdateAccountParams =>
    v === UNLIMITED ? { [enable]: false } : { [enable]: true, [param]: v };
}

const rate =
  (param: "download" | "upload") =>
  (v: number | typeof UNLIMITED): GenerateAccountsParams & UpdateAccountParams => ({
    [param]: v === UNLIMITED ? 0 : v,
  });

function updateExpiry(e: Expiry, ctx: WireContext): UpdateAccountParams {
  switch (e.kind) {
    case "never":
      return { enableExpire: false };
    case "date":
      return { enableExpire: true, expireDate: e.at };
    case "dateTime":
      return { enableExpire: true, expireDateTime: e.at };
    case "relative":
      return { enableExpire: true, expireDateTime: resolveRelativeExpiry(e.seconds, ctx.now) };
  }
}

/** `in N` from `now`, rounded up to the minute (expiredatetime has minutes). */
export function resolveRelativeExpiry(seconds: number, now: Date): Date {
  const at = new Date(now.getTime() + seconds * 1000);
  if (at.getUTCSeconds() !== 0 || at.getUTCMilliseconds() !== 0) {
    at.setUTCSeconds(60, 0);
  }
  return at;
}

function compareExpiry(e: Expiry): Comparable | undefined {
  switch (e.kind) {
    case "never":
      return "never";
    case "date":
      return formatDay(e.at);
    case "dateTime":
      return formatMinute(e.at);
    case "relative":
      return undefined;
  }
}

function readExpiry(a: Account): Comparable | undefined {
  if (a.enableExpire === false) return "never";
  if (a.enableExpire === undefined || a.expire === undefined) return undefined;
  return formatMinute(a.expire);
}

const unlimitedOr = (flag: boolean | undefined, value: number | undefined): Comparable | undefined =>
  flag === true ? UNLIMITED : flag === undefined || value === undefined ? undefined : value;

const enabledOr = (flag: boolean | undefined, value: number | undefined): Comparable | undefined =>
  flag === false ? UNLIMITED : flag === undefined || value === undefined ? undefined : value;

const same = (v: Comparable): Comparable => v;

type TextKey = { [K in keyof UpdateAccountParams]-?: UpdateAccountParams[K] extends string | undefined ? K : never }[keyof UpdateAccountParams];

/** A write-only text of updateaccount: its wire name is the typed key in lower case. */
function text(name: string, key: TextKey, description: string, sensitive = false): FieldSpec {
  return field({
    name,
    class: "writeOnly",
    kind: "string",
    sensitive,
    update: [key.toLowerCase()],
    description,
    toUpdate: (v: Secret | string) => ({ [key]: reveal(v) }),
  });
}

function flag(name: string, key: "sell" | "autoLogin" | "inactivity", description: string): FieldSpec {
  const param = key.toLowerCase();
  return field({
    name,
    class: "writeOnly",
    kind: "boolean",
    generate: [param],
    update: [param],
    description,
    toGenerate: (v: boolean) => ({ [key]: v }),
    toUpdate: (v: boolean) => ({ [key]: v }),
  });
}

export const ACCOUNT_FIELDS: readonly FieldSpec[] = [
  field({
    name: "username",
    class: "identity",
    kind: "string",
    generate: ["account"],
    update: ["account"],
    view: ["Username"],
    description: "The account's name; its identity. Renames are never inferred.",
  }),
  field({
    name: "password",
    class: "enforced",
    kind: "string",
    sensitive: true,
    generate: ["password"],
    update: ["password"],
    view: ["Password"],
    description: "Login password. Tickets have none (viewaccount returns it empty).",
    toGenerate: (v: Secret) => ({ password: v.reveal() }),
    toUpdate: (v: Secret) => ({ password: v.reveal() }),
    read: (a) => a.password,
    compare: (v: Secret) => (v.resolved ? v.reveal() : undefined),
  }),
  field({
    name: "plan",
    class: "enforced",
    kind: "planRef",
    generate: ["priceplan"],
    update: ["priceplan"],
    view: ["GroupPlanID"],
    description: "A key of `pricePlans`; sent as the plan's numeric id (`priceplan`, alias `groupplan`).",
    toGenerate: (_v: string, ctx) => ({ pricePlanId: planIdOf(ctx) }),
    toUpdate: (_v: string, ctx) => ({ pricePlanId: planIdOf(ctx) }),
    read: (a) => a.pricePlanId,
    compare: (_v: string, ctx) => ctx.planId,
  }),
  field({
    name: "type",
    class: "writeOnly",
    kind: "enum",
    enumValues: Object.keys(TYPE_NUMBERS),
    generate: ["type"],
    update: ["type"],
    description: "prepaid (user + password), postpaid (usage billed later) or ticket (random code, no password).",
    toGenerate: (v: keyof typeof TYPE_NUMBERS) => ({ type: TYPE_NUMBERS[v] }),
    toUpdate: (v: keyof typeof TYPE_NUMBERS) => ({ type: TYPE_NUMBERS[v] }),
  }),
  field({
    name: "timeLeft",
    class: "initial",
    kind: "seconds",
    generate: ["timeleft", "unltime"],
    update: ["timeleft", "unltime"],
    view: ["TimeLeft", "UnlimitedTime"],
    description: "Connection time left (`2h30m`, `30d`, `unlimited`). Consumed by use.",
    toGenerate: withUnlimited("timeLeft", "unlimitedTime"),
    toUpdate: withUnlimited("timeLeft", "unlimitedTime"),
    read: (a) => unlimitedOr(a.unlimitedTime, a.timeLeft),
    compare: same,
  }),
  field({
    name: "timeUsed",
    class: "initial",
    kind: "seconds",
    update: ["timeused"],
    view: ["TimeUsed"],
    description: "Connection time already used (a counter the server moves on).",
    toUpdate: (v: number) => ({ timeUsed: v }),
    read: (a) => a.timeUsed,
    compare: same,
  }),
  field({
    name: "quota",
    class: "initial",
    kind: "bytes",
    generate: ["quota", "unlquota"],
    update: ["quota", "unlquota"],
    view: ["Quota", "UnlimitedQuota"],
    description: "Traffic quota left (`5GB`, `500MB`, `unlimited`). Consumed by use.",
    toGenerate: withUnlimited("quota", "unlimitedQuota"),
    toUpdate: withUnlimited("quota", "unlimitedQuota"),
    read: (a) => unlimitedOr(a.unlimitedQuota, a.quota),
    compare: same,
  }),
  field({
    name: "rates.download",
    class: "enforced",
    kind: "rate",
    generate: ["download"],
    update: ["download"],
    view: ["Download"],
    description: "Download rate limit (`1Mbit` = 131072 bytes/s, `unlimited`).",
    toGenerate: rate("download"),
    toUpdate: rate("download"),
    read: (a) => (a.download === undefined ? undefined : a.download === 0 ? UNLIMITED : a.download),
    compare: (v: number | typeof UNLIMITED) => (v === 0 ? UNLIMITED : v),
  }),
  field({
    name: "rates.upload",
    class: "enforced",
    kind: "rate",
    generate: ["upload"],
    update: ["upload"],
    view: ["Upload"],
    description: "Upload rate limit (`512kbit` = 65536 bytes/s, `unlimited`).",
    toGenerate: rate("upload"),
    toUpdate: rate("upload"),
    read: (a) => (a.upload === undefined ? undefined : a.upload === 0 ? UNLIMITED : a.upload),
    compare: (v: number | typeof UNLIMITED) => (v === 0 ? UNLIMITED : v),
  }),
  field({
    name: "expires",
    class: "enforced",
    kind: "expiry",
    generate: ["expire"],
    update: ["enableexpire", "expiredate", "expiredatetime"],
    view: ["EnableExpire", "Expire"],
    description:
      "Absolute (`2026-12-31`, `2026-12-31T18:00`, server wall clock) and enforced, `never`, or relative " +
      "(`in 30d`): resolved at creation, then initial-only.",
    // generateaccounts only knows "days from now": used for whole-day relative expiry only.
    toGenerate: (e: Expiry) =>
      e.kind === "relative" && e.seconds % 86_400 === 0 ? { expireDays: e.seconds / 86_400 } : undefined,
    toUpdate: updateExpiry,
    read: readExpiry,
    compare: compareExpiry,
  }),
  field({
    name: "dailyTime",
    class: "enforced",
    kind: "seconds",
    update: ["enabledailytime", "dailytime"],
    view: ["EnableDailyTime", "DailyTime"],
    description: "Time allowed per day (`2h`); `unlimited` turns the daily limit off.",
    toUpdate: dailyLimit("enableDailyTime", "dailyTime"),
    read: (a) => enabledOr(a.enableDailyTime, a.dailyTime),
    compare: same,
  }),
  field({
    name: "dailyQuota",
    class: "enforced",
    kind: "bytes",
    update: ["enabledailyquota", "dailyquota"],
    view: ["EnableDailyQuota", "DailyQuota"],
    description: "Traffic allowed per day (`500MB`); `unlimited` turns the daily limit off.",
    toUpdate: dailyLimit("enableDailyQuota", "dailyQuota"),
    read: (a) => enabledOr(a.enableDailyQuota, a.dailyQuota),
    compare: same,
  }),
  field({
    name: "multilogin",
    class: "writeOnly",
    kind: "integer",
    update: ["multilogin", "multilogins"],
    description: "Devices logged in at once; 1 turns multilogin off.",
    toUpdate: (v: number) => ({ multiLogin: v > 1, multiLogins: v }),
  }),
  flag("sell", "sell", "true: sold now (counted in sales); false: sold on first use or by the operator."),
  flag("autologin", "autoLogin", "Log the device in automatically."),
  flag("inactivity", "inactivity", "Log out after inactivity."),
  field({
    name: "money",
    class: "writeOnly",
    kind: "money",
    update: ["money"],
    description: "Money balance (`12.50`). Set, not incremented (moneyinc/moneydec are actions).",
    toUpdate: (v: number) => ({ money: v }),
  }),
  field({
    name: "printed.color",
    class: "writeOnly",
    kind: "integer",
    update: ["printedcolor"],
    description: "Colour pages printed.",
    toUpdate: (v: number) => ({ printedColor: v }),
  }),
  field({
    name: "printed.bw",
    class: "writeOnly",
    kind: "integer",
    update: ["printedbw"],
    description: "Black-and-white pages printed.",
    toUpdate: (v: number) => ({ printedBw: v }),
  }),
  text("customer.firstName", "firstName", "Customer first name."),
  text("customer.lastName", "lastName", "Customer last name."),
  text("customer.address", "address", "Customer address."),
  text("customer.city", "city", "Customer city."),
  text("customer.postalCode", "postalCode", "Customer postal code."),
  text("customer.state", "state", "Customer state."),
  field({
    name: "customer.sex",
    class: "writeOnly",
    kind: "enum",
    enumValues: ["M", "F"],
    update: ["sex"],
    description: "Customer gender, M or F.",
    toUpdate: (v: "M" | "F") => ({ sex: v }),
  }),
  text("customer.phone", "phone", "Customer phone."),
  text("customer.mobile", "mobile", "Customer mobile."),
  text("customer.email", "email", "Customer e-mail."),
  text("customer.email2", "email2", "Customer second e-mail."),
  text("customer.docId", "docId", "Customer identity document number."),
  field({
    name: "customer.docType",
    class: "writeOnly",
    kind: "enum",
    enumValues: Object.keys(DOC_TYPE_NUMBERS),
    update: ["doctype"],
    description: "Identity document type: idCard, passport or driversLicense.",
    toUpdate: (v: keyof typeof DOC_TYPE_NUMBERS) => ({ docType: DOC_TYPE_NUMBERS[v] }),
  }),
  text("customer.companyName", "companyName", "Customer company name."),
  text("customer.businessName", "businessName", "Customer business name."),
  text("card.name", "ccName", "Name on the payment card.", true),
  field({
    name: "card.type",
    class: "writeOnly",
    kind: "enum",
    sensitive: true,
    enumValues: Object.keys(CARD_TYPE_NUMBERS),
    update: ["cctype"],
    description: "Card type: visa, mastercard, discover, amex, or the server's number for others.",
    toUpdate: (v: keyof typeof CARD_TYPE_NUMBERS | number) => ({
      ccType: typeof v === "number" ? v : CARD_TYPE_NUMBERS[v],
    }),
  }),
  text("card.number", "ccNumber", "Card number.", true),
  text("card.password", "ccPassword", "Card password.", true),
  text("card.expMonth", "ccExpMonth", "Card expiry month.", true),
  text("card.expYear", "ccExpYear", "Card expiry year.", true),
  text("card.cvv2", "ccCvv2", "Card CVV2.", true),
];

function planIdOf(ctx: WireContext): number {
  if (ctx.planId === undefined) throw new Error("the account's plan reference is not resolved to an id");
  return ctx.planId;
}

const BY_NAME = new Map(ACCOUNT_FIELDS.map((f) => [f.name, f]));

export type AccountFieldName = string;

export function accountField(name: string): FieldSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`no account field ${name}`);
  return spec;
}

export function fieldsOfClass(cls: FieldClass): FieldSpec[] {
  return ACCOUNT_FIELDS.filter((f) => f.class === cls);
}

export const SENSITIVE_FIELDS: readonly string[] = ACCOUNT_FIELDS.filter((f) => f.sensitive).map((f) => f.name);

/**
 * The class a field has for this account: relative expiry is initial; an initial field listed
 * in the account's `enforce` is enforced; a ticket's password cannot be read back (write-only).
 */
export function effectiveClass(account: DesiredAccount, name: string): FieldClass {
  return classOf(account, accountField(name));
}

// effectiveClass for a spec in hand: the filters below run it for every field of every account.
function classOf(account: DesiredAccount, spec: FieldSpec): FieldClass {
  const name = spec.name;
  if (name === "expires" && account.expires?.kind === "relative") return "initial";
  if (name === "password" && account.type === "ticket") return "writeOnly";
  if (spec.class === "initial" && account.enforce?.includes(name as EnforceableField)) return "enforced";
  return spec.class;
}

// The class is decided first: it is cheaper than walking the field's path for its value.

/** Fields this account declares that apply diffs correct, in catalogue order. */
export function enforcedFields(account: DesiredAccount): FieldSpec[] {
  return ACCOUNT_FIELDS.filter(
    (f) => f.class !== "identity" && classOf(account, f) === "enforced" && fieldValue(account, f.name) !== undefined,
  );
}

/** Fields this account declares that only a hash can track. */
export function writeOnlyFields(account: DesiredAccount): FieldSpec[] {
  return ACCOUNT_FIELDS.filter((f) => classOf(account, f) === "writeOnly" && fieldValue(account, f.name) !== undefined);
}

/** Comparable desired values of the account's enforced fields (plan needs ctx.planId). */
export function desiredView(account: DesiredAccount, ctx: Partial<WireContext> = {}): Record<string, Comparable> {
  const out: Record<string, Comparable> = {};
  for (const f of enforcedFields(account)) {
    const v = f.compare?.(fieldValue(account, f.name) as never, ctx);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

/** Comparable live values of every readable field present in the response. */
export function liveView(live: Account): Record<string, Comparable> {
  const out: Record<string, Comparable> = {};
  for (const f of ACCOUNT_FIELDS) {
    const v = f.read?.(live);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

/** Equality of a desired and a live comparable value (a date-only expiry compares the day). */
export function sameValue(name: string, desired: Comparable, live: Comparable | undefined): boolean {
  if (live === undefined) return false;
  if (name === "expires" && typeof desired === "string" && /^\d{4}-\d{2}-\d{2}$/.test(desired)) {
    return typeof live === "string" && live.slice(0, 10) === desired;
  }
  return desired === live;
}

export interface FieldDifference {
  field: FieldSpec;
  desired: Comparable;
  /** undefined: the live response lacked the element (fetch viewaccount). */
  live: Comparable | undefined;
}

/** Enforced fields whose live value differs from the declared one. */
export function diffEnforced(account: DesiredAccount, live: Account, ctx: Partial<WireContext> = {}): FieldDifference[] {
  // desiredView and liveView, restricted to the enforced fields: one pass, no whole-record views.
  const out: FieldDifference[] = [];
  for (const f of enforcedFields(account)) {
    const d = f.compare?.(fieldValue(account, f.name) as never, ctx);
    if (d === undefined) continue;
    const l = f.read?.(live);
    if (!sameValue(f.name, d, l)) out.push({ field: f, desired: d, live: l });
  }
  return out;
}

/** Enforced fields whose live value is needed but absent from a (getaccountlist) response. */
export function missingLiveFields(account: DesiredAccount, live: Account): FieldSpec[] {
  return enforcedFields(account).filter((f) => f.read?.(live) === undefined);
}

/**
 * A create: one generateaccounts (count 1) with what it accepts, and one updateaccount with the
 * rest (daily limits, absolute expiry, multilogin, money, customer and card fields), or undefined.
 */
export function createParams(
  account: DesiredAccount,
  ctx: WireContext,
): { generate: GenerateAccountsParams; update: UpdateAccountParams | undefined } {
  const generate: GenerateAccountsParams = { account: account.username, count: 1 };
  const update: UpdateAccountParams = {};
  for (const f of ACCOUNT_FIELDS) {
    if (f.class === "identity") continue;
    const v = fieldValue(account, f.name);
    if (v === undefined) continue;
    const g = f.toGenerate?.(v as never, ctx);
    if (g) Object.assign(generate, g);
    else if (f.toUpdate) Object.assign(update, f.toUpdate(v as never, ctx));
  }
  return { generate, update: Object.keys(update).length > 0 ? update : undefined };
}

/** One updateaccount (for account.username) setting the given fields to their declared values. */
export function updateParams(
  account: DesiredAccount,
  fields: readonly string[],
  ctx: WireContext,
): UpdateAccountParams {
  const params: UpdateAccountParams = {};
  for (const name of fields) {
    const f = accountField(name);
    const v = fieldValue(account, name);
    if (v === undefined || !f.toUpdate) continue;
    Object.assign(params, f.toUpdate(v as never, ctx));
  }
  return params;
}

/** Canonical JSON: sorted keys, Secrets revealed, Dates as ISO text. */
function canonical(value: unknown): string {
  if (value instanceof Secret) return JSON.stringify(value.reveal());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** sha256 of a field's value, salted; never the clear value. `sha256:<hex>`. */
export function hashValue(name: string, value: unknown, salt: string): string {
  const h = createHash("sha256");
  h.update(salt);
  h.update("\0");
  h.update(canonical({ field: name, value }));
  return `sha256:${h.digest("hex")}`;
}

/** Hashes of the write-only values this account declares, by field name (for the state file). */
export function writeOnlyHashes(account: DesiredAccount, salt: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of writeOnlyFields(account)) out[f.name] = hashValue(f.name, fieldValue(account, f.name), salt);
  return out;
}

// ---- batches -------------------------------------------------------------------------------

export interface BatchFieldSpec {
  name: string;
  snake: string;
  /** enforced here means: converged on the batch (count) or on every member (plan, rates, expires). */
  class: FieldClass;
  /** Whether members' live values are read and corrected (true) or only set at generation. */
  member: boolean;
  kind: ValueKind;
  generate: readonly string[];
  description: string;
}

function batchField(s: Omit<BatchFieldSpec, "snake">): BatchFieldSpec {
  return { ...s, snake: snakeName(s.name) };
}

export const BATCH_FIELDS: readonly BatchFieldSpec[] = [
  batchField({
    name: "prefix",
    class: "identity",
    member: false,
    kind: "string",
    generate: ["account"],
    description: "Members' name prefix; the batch's identity. Must lie under an ownership prefix.",
  }),
  batchField({
    name: "count",
    class: "enforced",
    member: false,
    kind: "integer",
    generate: ["number"],
    description: "Members wanted: grown with one generateaccounts, shrunk by deleting unused members first.",
  }),
  batchField({
    name: "startNumber",
    class: "initial",
    member: false,
    kind: "integer",
    generate: ["startnumber"],
    description: "First member number (prefix + number, no padding); growth continues after the highest.",
  }),
  batchField({
    name: "plan",
    class: "enforced",
    member: true,
    kind: "planRef",
    generate: ["priceplan"],
    description: "Price plan of every member.",
  }),
  batchField({
    name: "type",
    class: "writeOnly",
    member: false,
    kind: "enum",
    generate: ["type"],
    description: "Members' type; usually ticket.",
  }),
  batchField({
    name: "length",
    class: "initial",
    member: false,
    kind: "integer",
    generate: ["length"],
    description: "Ticket code length, prefix included.",
  }),
  batchField({
    name: "passwordLength",
    class: "initial",
    member: false,
    kind: "integer",
    generate: ["passlength"],
    description: "Length of generated passwords.",
  }),
  batchField({
    name: "timeLeft",
    class: "initial",
    member: true,
    kind: "seconds",
    generate: ["timeleft", "unltime"],
    description: "Each member's initial time.",
  }),
  batchField({
    name: "quota",
    class: "initial",
    member: true,
    kind: "bytes",
    generate: ["quota", "unlquota"],
    description: "Each member's initial quota.",
  }),
  batchField({
    name: "rates.download",
    class: "enforced",
    member: true,
    kind: "rate",
    generate: ["download"],
    description: "Members' download rate.",
  }),
  batchField({
    name: "rates.upload",
    class: "enforced",
    member: true,
    kind: "rate",
    generate: ["upload"],
    description: "Members' upload rate.",
  }),
  batchField({
    name: "expires",
    class: "enforced",
    member: true,
    kind: "expiry",
    generate: ["expire"],
    description: "Absolute: enforced on members (one updateaccount each); relative: initial.",
  }),
  batchField({ name: "sell", class: "writeOnly", member: false, kind: "boolean", generate: ["sell"], description: "Sold now." }),
  batchField({
    name: "autologin",
    class: "writeOnly",
    member: false,
    kind: "boolean",
    generate: ["autologin"],
    description: "Members log in automatically.",
  }),
  batchField({
    name: "inactivity",
    class: "writeOnly",
    member: false,
    kind: "boolean",
    generate: ["inactivity"],
    description: "Members are logged out after inactivity.",
  }),
];

/** The desired state of one member: the batch's account settings under the member's name. */
export function memberAccount(batch: Batch, username: string): DesiredAccount {
  const { prefix: _p, count: _c, startNumber: _s, length: _l, passwordLength: _pl, source, ...settings } = batch;
  return { ...settings, username, ...(source ? { source } : {}) };
}

/**
 * One generateaccounts growing a batch by `number` members from `startNumber`. With number 1
 * the server reads `account` as the full username, so prefix + startNumber is sent then.
 * Settings generateaccounts cannot carry (an absolute expiry) need updateParams per member.
 */
export function batchGenerateParams(
  batch: Batch,
  ctx: WireContext & { number: number; startNumber: number },
): { generate: GenerateAccountsParams; memberUpdateFields: string[] } {
  const generate: GenerateAccountsParams = {
    account: ctx.number === 1 && batch.type !== "ticket" ? `${batch.prefix}${ctx.startNumber}` : batch.prefix,
    count: ctx.number,
    startNumber: ctx.startNumber,
  };
  if (batch.length !== undefined) generate.length = batch.length;
  if (batch.passwordLength !== undefined) generate.passwordLength = batch.passwordLength;
  const member = memberAccount(batch, batch.prefix);
  const memberUpdateFields: string[] = [];
  for (const f of ACCOUNT_FIELDS) {
    if (f.class === "identity") continue;
    const v = fieldValue(member, f.name);
    if (v === undefined) continue;
    const g = f.toGenerate?.(v as never, ctx);
    if (g) Object.assign(generate, g);
    else memberUpdateFields.push(f.name);
  }
  return { generate, memberUpdateFields };
}

export { ENFORCEABLE_INITIAL };
