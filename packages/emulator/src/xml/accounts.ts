// Account documents in the element order captured from real servers
// (HotSpot's API documentation, "Account responses").
import type { AccountRecord } from "../state/types.js";
import { formatDateTime } from "../server-time.js";
import { GENERATE_ACCOUNTS_DTD } from "./dtd.js";
import { document, el, wrap } from "./writer.js";

const flag = (b: boolean): string => (b ? "True" : "False");
const dateOrEmpty = (ms: number | null): string => (ms === null ? "" : formatDateTime(ms));
// Whole seconds: used time rounds down, time left rounds up, so the two still add up.
const usedSeconds = (ms: number): number => Math.floor(ms / 1000);
const leftSeconds = (ms: number): number => Math.ceil(ms / 1000);

/** Live facts viewaccount reports beyond the stored record. */
export interface AccountLiveView {
  loggedIn: boolean;
  dailyQuotaLeft: number;
}

function head(a: AccountRecord): string {
  return (
    el("Username", a.username) +
    el("Password", a.password) +
    el("TimeUsed", usedSeconds(a.timeUsedMs)) +
    el("TimeLeft", leftSeconds(a.timeLeftMs)) +
    el("UnlimitedTime", flag(a.unlimitedTime)) +
    el("Quota", a.quota) +
    el("UnlimitedQuota", flag(a.unlimitedQuota)) +
    el("GroupPlanID", a.planId) +
    el("AccessFromTo", flag(a.accessFromTo)) +
    el("AccessID", a.accessId)
  );
}

function tail(a: AccountRecord): string {
  return (
    el("Expire", dateOrEmpty(a.expire)) +
    el("ExpireIn", a.expireIn) +
    el("ExpireAfter", a.expireAfter) +
    el("EnableDailyTime", flag(a.enableDailyTime)) +
    el("DailyTime", a.dailyTime) +
    el("EnableDailyQuota", flag(a.enableDailyQuota)) +
    el("DailyQuota", a.dailyQuota) +
    el("EnableDailyLogins", flag(a.enableDailyLogins)) +
    el("DailyLogins", a.dailyLogins) +
    el("Download", a.download) +
    el("Upload", a.upload) +
    el("GenerateID", a.generateId)
  );
}

/** The shape of generateaccounts (no EnableExpire, no live fields). */
export function generatedAccountXml(a: AccountRecord): string {
  return wrap("Account", head(a) + tail(a));
}

/** The shape of viewaccount: EnableExpire before Expire, live fields at the end. */
export function viewedAccountXml(a: AccountRecord, live: AccountLiveView): string {
  return wrap(
    "Account",
    head(a) +
      el("EnableExpire", flag(a.enableExpire)) +
      tail(a) +
      el("Loggedin", live.loggedIn ? 1 : 0) +
      el("DailyQuotaLeft", live.dailyQuotaLeft) +
      el("FirstUsed", dateOrEmpty(a.firstUsed)) +
      el("LastUsed", dateOrEmpty(a.lastUsed)),
  );
}

/** generateaccounts answer: the inline DTD, then the accounts. */
export function generatedAccountsDocument(accounts: readonly AccountRecord[]): string {
  return document(wrap("Accounts", accounts.map(generatedAccountXml).join("")), GENERATE_ACCOUNTS_DTD);
}

export function accountsDocument(accountXml: readonly string[]): string {
  return document(wrap("Accounts", accountXml.join("")));
}

export function usernameOnlyXml(a: AccountRecord): string {
  return wrap("Account", el("Username", a.username));
}
