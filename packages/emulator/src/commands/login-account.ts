// loginaccount: opens a session for a device (ip/mac). Optional parameters (time, unltime, quota,
// unlquota, download, upload, inactivity, expire) set the account's values as part of the login.
// Refused when the account is expired, has no time or quota left, hit a daily limit, or already has
// as many devices logged in as multilogin allows. Logging the same device in again is a no-op; a
// device (MAC) still logged in under another account is logged out there first.
import { recordSale, setExpiryDays } from "../state/accounts.js";
import type { AccountRecord } from "../state/types.js";
import { closeSession, hasQuotaLimit, hasTimeLimit, rollDaily } from "../state/usage.js";
import { successDocument } from "../xml/results.js";
import { ipParam, macParam } from "./client-address.js";
import type { CommandContext, CommandResult } from "./context.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";

export function loginAccount(ctx: CommandContext): CommandResult {
  const { params: p, store, now } = ctx;
  const username = p.account();
  const a = store.accounts.get(username) ?? fail(ACCOUNT_DOES_NOT_EXIST);
  const ip = ipParam(p) ?? "";
  const mac = macParam(p) ?? "";
  const time = p.int("time");
  const unltime = p.flag("unltime");
  const quota = p.int("quota", { bytes: true });
  const unlquota = p.flag("unlquota");
  const download = p.int("download");
  const upload = p.int("upload");
  const inactivity = p.flag("inactivity");
  const expire = p.int("expire", { max: 36_500 });

  // Check against the values the login would leave, without touching the account yet.
  const next: AccountRecord = structuredClone(a);
  if (time !== undefined) next.timeLeftMs = time * 1000;
  if (unltime !== undefined) next.unlimitedTime = unltime;
  if (quota !== undefined) next.quota = quota;
  if (unlquota !== undefined) next.unlimitedQuota = unlquota;
  if (download !== undefined) next.download = download;
  if (upload !== undefined) next.upload = upload;
  if (inactivity !== undefined) next.inactivity = inactivity;
  if (expire !== undefined) setExpiryDays(next, expire, now);
  rollDaily(next, now);

  const open = store.openSessionsOf(username);
  const sameDevice = open.find((s) => (mac ? s.mac === mac : ip ? s.ip === ip && !s.mac : false));
  if (sameDevice) return { body: successDocument(), summary: "SUCCESS (already logged in)" };

  if (next.enableExpire && next.expire !== null && next.expire <= now) fail("account has expired");
  if (hasTimeLimit(next) && next.timeLeftMs <= 0) fail("no time left");
  if (hasQuotaLimit(next) && next.quota <= 0) fail("no quota left");
  if (next.enableDailyTime && next.daily.timeUsedMs >= next.dailyTime * 1000) fail("daily time limit reached");
  if (next.enableDailyQuota && next.daily.quotaUsed >= next.dailyQuota) fail("daily quota limit reached");
  if (next.enableDailyLogins && next.daily.logins >= next.dailyLogins) fail("daily login limit reached");
  const allowed = next.multilogin ? next.multilogins : 1;
  if (open.length >= allowed) fail(allowed === 1 ? "account is already logged in" : "too many simultaneous logins");

  // One device, one session: a MAC still logged in under another account is logged out there.
  if (mac) {
    for (const s of [...store.openSessions]) if (s.mac === mac && s.username !== username) closeSession(store, s, now, "replaced");
  }
  Object.assign(a, next);
  a.daily.logins += 1;
  if (a.firstUsed === null) a.firstUsed = now;
  a.lastUsed = now;
  // Accounts generated "not sold" are sold on first use.
  if (!a.sold) recordSale(store, a, ctx.plans.get(a.planId), now);
  const session = {
    id: store.nextSessionId++,
    username,
    ip,
    mac,
    start: now,
    stop: null,
    durationMs: 0,
    download: 0,
    upload: 0,
    settledAt: now,
    endReason: null,
  };
  store.addSession(session);
  store.changed(a);
  store.day(now).sessions += 1;
  return { body: successDocument(), summary: "SUCCESS" };
}
