// Creating accounts and applying price plans to them: shared by generateaccounts, refillaccount
// (which creates missing accounts) and loginaccount's overrides.
import { toCents } from "../money.js";
import type { PlanSpec } from "../plans.js";
import { addDays, dayKey } from "../server-time.js";
import type { Store } from "./store.js";
import type { AccountRecord } from "./types.js";

export function newAccount(username: string, password: string, type: number, now: number, generateId: number): AccountRecord {
  return {
    username,
    password,
    type,
    planId: 0,
    timeUsedMs: 0,
    timeLeftMs: 0,
    unlimitedTime: false,
    quota: 0,
    unlimitedQuota: true,
    accessFromTo: false,
    accessId: 0,
    enableExpire: false,
    expire: null,
    expireIn: 0,
    expireAfter: 0,
    enableDailyTime: false,
    dailyTime: 0,
    enableDailyQuota: false,
    dailyQuota: 0,
    enableDailyLogins: false,
    dailyLogins: 0,
    daily: { day: dayKey(now), timeUsedMs: 0, quotaUsed: 0, logins: 0 },
    download: 0,
    upload: 0,
    generateId,
    createdAt: now,
    firstUsed: null,
    lastUsed: null,
    sold: false,
    soldAt: null,
    autologin: false,
    inactivity: false,
    multilogin: false,
    multilogins: 1,
    moneyCents: 0,
    printedColor: 0,
    printedBw: 0,
    software: "",
    customer: {},
    card: {},
    trafficDownload: 0,
    trafficUpload: 0,
  };
}

/**
 * Expiry `days` from now. ExpireIn carries the days and ExpireAfter is 1 for such a relative
 * expiry ([ours]: the captured generate answer shows 1/1 for a 1-day plan, an expiry set by date
 * shows 0/0). 0 days = no expiry.
 */
export function setExpiryDays(a: AccountRecord, days: number, now: number): void {
  if (days > 0) {
    a.enableExpire = true;
    a.expire = Math.floor(addDays(now, days) / 1000) * 1000;
    a.expireIn = days;
    a.expireAfter = 1;
  } else {
    a.enableExpire = false;
    a.expire = null;
    a.expireIn = 0;
    a.expireAfter = 0;
  }
}

/** A plan's presets on a new account. */
export function applyPlan(a: AccountRecord, plan: PlanSpec, now: number): void {
  a.planId = plan.id;
  a.timeLeftMs = plan.time * 1000;
  a.unlimitedTime = plan.unlimitedTime;
  a.quota = plan.quota;
  a.unlimitedQuota = plan.unlimitedQuota;
  a.download = plan.download;
  a.upload = plan.upload;
  a.enableDailyTime = plan.dailyTime > 0;
  a.dailyTime = plan.dailyTime;
  a.enableDailyQuota = plan.dailyQuota > 0;
  a.dailyQuota = plan.dailyQuota;
  a.enableDailyLogins = plan.dailyLogins > 0;
  a.dailyLogins = plan.dailyLogins;
  setExpiryDays(a, plan.expireDays, now);
}

/** Refill: time and quota are ADDED (unlimited plans make them unlimited); rates and expiry overwritten. */
export function refillWithPlan(a: AccountRecord, plan: PlanSpec, now: number): void {
  a.planId = plan.id;
  if (plan.unlimitedTime) a.unlimitedTime = true;
  else a.timeLeftMs += plan.time * 1000;
  if (plan.unlimitedQuota) a.unlimitedQuota = true;
  else a.quota += plan.quota;
  a.download = plan.download;
  a.upload = plan.upload;
  setExpiryDays(a, plan.expireDays, now);
}

/** Count a sale (at the plan's price) in the day's statistics. */
export function recordSale(store: Store, a: AccountRecord, plan: PlanSpec | undefined, now: number): void {
  a.sold = true;
  a.soldAt = now;
  store.changed(a);
  store.day(now).salesCents += plan ? toCents(plan.price) : 0;
}

/** Next free counter for `prefix` + digits when no startnumber is given: one past the highest in use. */
export function nextCounter(store: Store, prefix: string): number {
  let max = 0;
  for (const name of store.accounts.keys()) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    if (/^\d{1,15}$/.test(rest)) max = Math.max(max, Number(rest));
  }
  return max + 1;
}
