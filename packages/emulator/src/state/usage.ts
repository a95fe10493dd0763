// Lazy accounting of logged-in accounts. Nothing runs on timers: before each request (and each
// state read) every open session is "settled" up to the clock's now — its elapsed time is taken
// from TimeLeft and added to TimeUsed, split at midnights for the daily counters and statistics,
// and the session is closed at the exact moment time, daily time or validity ran out.
import { dayKey, nextMidnight } from "../server-time.js";
import type { Store } from "./store.js";
import type { AccountRecord, SessionEndReason, SessionRecord } from "./types.js";

const POSTPAID = 1;

/** Prepaid accounts and tickets spend TimeLeft; postpaid ones only count usage up (billed later). */
export const hasTimeLimit = (a: AccountRecord): boolean => !a.unlimitedTime && a.type !== POSTPAID;
export const hasQuotaLimit = (a: AccountRecord): boolean => !a.unlimitedQuota && a.type !== POSTPAID;

/** Reset the daily counters when the server day of `ms` differs from the one they count. */
export function rollDaily(acct: AccountRecord, ms: number): void {
  const day = dayKey(ms);
  if (acct.daily.day !== day) acct.daily = { day, timeUsedMs: 0, quotaUsed: 0, logins: 0 };
}

export function closeSession(store: Store, s: SessionRecord, at: number, reason: SessionEndReason): void {
  s.stop = at;
  s.settledAt = at;
  s.endReason = reason;
  store.openSessions.delete(s);
  store.sessionChanged(s);
  const acct = store.accounts.get(s.username);
  if (acct) {
    acct.lastUsed = at;
    store.changed(acct);
  }
}

function settleSession(store: Store, s: SessionRecord, now: number): void {
  const acct = store.accounts.get(s.username);
  if (!acct) {
    closeSession(store, s, s.settledAt, "deleted");
    return;
  }
  let t = s.settledAt;
  while (t < now) {
    rollDaily(acct, t);
    let end = Math.min(now, nextMidnight(t));
    let reason: SessionEndReason | null = null;
    if (hasTimeLimit(acct) && t + acct.timeLeftMs <= end) {
      end = t + Math.max(0, acct.timeLeftMs);
      reason = "time-exhausted";
    }
    if (acct.enableDailyTime) {
      const limit = t + Math.max(0, acct.dailyTime * 1000 - acct.daily.timeUsedMs);
      if (limit <= end) {
        end = limit;
        reason = "daily-time";
      }
    }
    if (acct.enableExpire && acct.expire !== null && acct.expire <= end) {
      end = Math.max(t, acct.expire);
      reason = "expired";
    }
    const dt = end - t;
    if (dt > 0) {
      acct.timeUsedMs += dt;
      if (hasTimeLimit(acct)) acct.timeLeftMs = Math.max(0, acct.timeLeftMs - dt);
      acct.daily.timeUsedMs += dt;
      s.durationMs += dt;
      store.day(t).timeUsedMs += dt;
      acct.lastUsed = end;
    }
    t = end;
    s.settledAt = t;
    if (reason) {
      closeSession(store, s, t, reason);
      return;
    }
  }
  if (now > s.settledAt) s.settledAt = now;
  store.sessionChanged(s);
  store.changed(acct);
}

/** Bring every open session up to `now`. A clock set backwards accounts nothing. */
export function settleAll(store: Store, now: number): void {
  for (const s of [...store.openSessions]) {
    if (now > s.settledAt) settleSession(store, s, now);
  }
}

/**
 * Bytes moved by a logged-in account (the API has no such command; tests inject traffic through the
 * library or the admin API). Counts against Quota and the daily quota; closes the sessions when
 * either runs out.
 */
export function addTraffic(store: Store, username: string, download: number, upload: number, now: number): void {
  settleAll(store, now);
  const acct = store.accounts.get(username);
  if (!acct) throw new Error("account does not exist");
  const open = store.openSessionsOf(username);
  const session = open[0];
  if (!session) throw new Error("account is not logged in");
  rollDaily(acct, now);
  const bytes = download + upload;
  session.download += download;
  session.upload += upload;
  acct.trafficDownload += download;
  acct.trafficUpload += upload;
  const day = store.day(now);
  day.download += download;
  day.upload += upload;
  acct.daily.quotaUsed += bytes;
  acct.lastUsed = now;
  let reason: SessionEndReason | null = null;
  if (hasQuotaLimit(acct)) {
    acct.quota = Math.max(0, acct.quota - bytes);
    if (acct.quota === 0) reason = "quota-exhausted";
  }
  if (!reason && acct.enableDailyQuota && acct.daily.quotaUsed >= acct.dailyQuota) reason = "daily-quota";
  store.sessionChanged(session);
  store.changed(acct);
  if (reason) for (const s of open) closeSession(store, s, now, reason);
}
