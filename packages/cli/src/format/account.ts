// An account as operators read it (`hotspot account view`, `refill`): human units on a terminal,
// raw units in JSON/YAML. The password is a secret: shown masked unless explicitly asked for.
import { type Account, humanDuration, humanLimit, humanMinute, humanRate, humanSize, type PricePlan } from "@hotspot-iac/core";
import { renderKeyValues, renderTable } from "./table.js";
import { bitsPerSecond, wallClockIso, wallClockOrDash } from "./units.js";

export const MASKED = "(sensitive)";

export interface AccountViewOptions {
  /** Reveal the password (`--show-password`). Off by default: secrets never print unasked. */
  showPassword: boolean;
  /** Plans by id, to name the account's plan. */
  plans?: ReadonlyMap<number, PricePlan>;
}

/**
 * Structured form: one key per value, the unit in its name (`timeLeftSeconds`, `quotaBytes`,
 * `rates.downloadBitsPerSecond`, as the YAML writes rates in bits); `null` means unlimited (or
 * never, for `expires`), an absent key means not reported or not applicable. A masked password is
 * null and listed in `sensitive`, as Terraform's JSON does.
 */
export function accountJson(a: Account, opts: AccountViewOptions): Record<string, unknown> {
  const plan = a.pricePlanId !== undefined ? opts.plans?.get(a.pricePlanId) : undefined;
  const masked = a.password !== undefined && a.password !== "" && !opts.showPassword;
  return {
    username: a.username,
    password: masked ? null : a.password,
    pricePlan: a.pricePlanId === undefined ? undefined : { id: a.pricePlanId, description: plan?.description },
    timeLeftSeconds: a.unlimitedTime ? null : a.timeLeft,
    timeUsedSeconds: a.timeUsed,
    quotaBytes: a.unlimitedQuota ? null : a.quota,
    rates: { downloadBitsPerSecond: bitsPerSecond(a.download), uploadBitsPerSecond: bitsPerSecond(a.upload) },
    expires: a.enableExpire === false ? null : wallClockIso(a.expire),
    dailyTimeSeconds: dailyLimit(a.enableDailyTime, a.dailyTime),
    dailyQuotaBytes: dailyLimit(a.enableDailyQuota, a.dailyQuota),
    // Only where a daily quota applies.
    dailyQuotaLeftBytes: a.enableDailyQuota ? a.dailyQuotaLeft : undefined,
    dailyLogins: dailyLimit(a.enableDailyLogins, a.dailyLogins),
    loggedIn: a.loggedIn,
    firstUsed: wallClockIso(a.firstUsed),
    lastUsed: wallClockIso(a.lastUsed),
    generateId: a.generateId,
    ...(masked ? { sensitive: ["password"] } : {}),
  };
}

/** A daily limit: the value where enabled, null (no limit) where disabled, absent where unknown. */
function dailyLimit(enabled: boolean | undefined, value: number | undefined): number | null | undefined {
  return enabled === undefined ? undefined : enabled ? value : null;
}

const orDash = (v: string | undefined): string => (v === undefined || v === "" ? "-" : v);
const brief = (seconds: number): string => humanDuration(seconds, 2);
const limit = (enabled: boolean | undefined, value: number | undefined, fmt: (n: number) => string): string =>
  enabled ? (value === undefined ? "-" : fmt(value)) : "no limit";

/** `kubectl describe`-like block for a terminal. */
export function renderAccount(a: Account, opts: AccountViewOptions): string {
  const plan = a.pricePlanId !== undefined ? opts.plans?.get(a.pricePlanId) : undefined;
  const password =
    a.password === undefined
      ? "-"
      : a.password === ""
        ? "(none)"
        : opts.showPassword
          ? a.password
          : `${MASKED} (--show-password to reveal)`;
  const expires =
    a.enableExpire === false ? "never" : a.expire ? `${wallClockOrDash(a.expire)} (server time)` : "-";
  const pairs: [string, string][] = [
    ["Username", a.username],
    ["Password", password],
    ["Price plan", a.pricePlanId === undefined ? "-" : plan ? `${plan.description} (id ${a.pricePlanId})` : `id ${a.pricePlanId}`],
    ["Time left", orDash(humanLimit(a.unlimitedTime, a.timeLeft, humanDuration))],
    ["Time used", a.timeUsed === undefined ? "-" : humanDuration(a.timeUsed)],
    ["Quota", orDash(humanLimit(a.unlimitedQuota, a.quota, humanSize))],
    ["Download rate", a.download === undefined ? "-" : humanRate(a.download)],
    ["Upload rate", a.upload === undefined ? "-" : humanRate(a.upload)],
    ["Expires", expires],
    ["Daily time", limit(a.enableDailyTime, a.dailyTime, humanDuration)],
    ["Daily quota", limit(a.enableDailyQuota, a.dailyQuota, humanSize)],
    ["Daily logins", limit(a.enableDailyLogins, a.dailyLogins, String)],
    ["Logged in", a.loggedIn === undefined ? "-" : a.loggedIn ? "yes" : "no"],
    ["First used", a.firstUsed ? wallClockOrDash(a.firstUsed) : "never"],
    ["Last used", a.lastUsed ? wallClockOrDash(a.lastUsed) : "never"],
    ["Batch (GenerateID)", orDash(a.generateId?.toString())],
  ];
  return renderKeyValues(pairs);
}

/** `hotspot account list`: one line per account, the values operators scan for. */
export function renderAccountList(accounts: readonly Account[], plans: ReadonlyMap<number, PricePlan>): string {
  if (accounts.length === 0) return "No accounts.\n";
  const table = renderTable(
    [
      { header: "USERNAME", value: (a: Account) => a.username },
      {
        header: "PLAN",
        value: (a) => (a.pricePlanId === undefined || a.pricePlanId === 0 ? "-" : (plans.get(a.pricePlanId)?.description ?? `id ${a.pricePlanId}`)),
      },
      {
        header: "TIME LEFT",
        value: (a) => orDash(humanLimit(a.unlimitedTime, a.timeLeft, brief)),
        align: "right",
      },
      { header: "TIME USED", value: (a) => (a.timeUsed === undefined ? "-" : brief(a.timeUsed)), align: "right" },
      {
        header: "QUOTA",
        value: (a) => orDash(humanLimit(a.unlimitedQuota, a.quota, humanSize)),
        align: "right",
      },
      {
        header: "EXPIRES",
        value: (a) => (a.enableExpire === false ? "never" : a.expire && !Number.isNaN(a.expire.getTime()) ? humanMinute(a.expire) : "-"),
      },
      { header: "ONLINE", value: (a) => (a.loggedIn === undefined ? "-" : a.loggedIn ? "yes" : "no") },
    ],
    accounts,
  );
  return `${table}${accounts.length} account(s).\n`;
}
