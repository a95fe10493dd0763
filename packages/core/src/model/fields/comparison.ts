// How the readable account fields are read back and compared: the viewaccount elements each one
// comes from, its live value in comparable form, and its declared value in the same form, so
// `===` decides (a date-only expiry is the minute its day ends, compared like any other).

import type { Account } from "../../wire/types.js";
import type { Secret } from "../secret.js";
import { type Expiry, formatMinute, UNLIMITED } from "../units.js";
import type { AccountFieldName } from "./definitions.js";
import type { WireContext } from "./wire-encoding.js";

/** A comparable value: the same shape for desired and live, so `===` after normalising. */
export type Comparable = string | number | boolean;

export interface FieldComparison {
  /** viewaccount elements it is read back from (empty: write-only). */
  view: readonly string[];
  /** Live value in comparable form; undefined when the element was not in the response. */
  read?: (live: Account) => Comparable | undefined;
  /** Desired value in comparable form. */
  compare?: (value: never, ctx: Partial<WireContext>) => Comparable | undefined;
}

function compareExpiry(e: Expiry): Comparable | undefined {
  switch (e.kind) {
    case "never":
      return "never";
    case "date":
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

/** A rate: 0 on the wire is no limit. */
const rate = (element: "Download" | "Upload", key: "download" | "upload"): FieldComparison => ({
  view: [element],
  read: (a) => (a[key] === undefined ? undefined : a[key] === 0 ? UNLIMITED : a[key]),
  compare: (v: number | typeof UNLIMITED) => (v === 0 ? UNLIMITED : v),
});

export const FIELD_COMPARISON: Partial<Record<AccountFieldName, FieldComparison>> = {
  username: { view: ["Username"] },
  password: {
    view: ["Password"],
    read: (a) => a.password,
    compare: (v: Secret) => (v.resolved ? v.reveal() : undefined),
  },
  plan: { view: ["GroupPlanID"], read: (a) => a.pricePlanId, compare: (_v: string, ctx) => ctx.planId },
  timeLeft: { view: ["TimeLeft", "UnlimitedTime"], read: (a) => unlimitedOr(a.unlimitedTime, a.timeLeft), compare: same },
  timeUsed: { view: ["TimeUsed"], read: (a) => a.timeUsed, compare: same },
  quota: { view: ["Quota", "UnlimitedQuota"], read: (a) => unlimitedOr(a.unlimitedQuota, a.quota), compare: same },
  "rates.download": rate("Download", "download"),
  "rates.upload": rate("Upload", "upload"),
  expires: { view: ["EnableExpire", "Expire"], read: readExpiry, compare: compareExpiry },
  dailyTime: { view: ["EnableDailyTime", "DailyTime"], read: (a) => enabledOr(a.enableDailyTime, a.dailyTime), compare: same },
  dailyQuota: { view: ["EnableDailyQuota", "DailyQuota"], read: (a) => enabledOr(a.enableDailyQuota, a.dailyQuota), compare: same },
};
