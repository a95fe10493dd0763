// The emulator's data, as kept in memory and written to the state file. Times are epoch
// milliseconds of server wall-clock time (UTC fields = server local fields); money in cents.

export const STATE_VERSION = 1;

/** Customer fields updateaccount accepts (stored, never returned by viewaccount). */
export const CUSTOMER_FIELDS = [
  "firstname",
  "lastname",
  "address",
  "city",
  "postalcode",
  "state",
  "sex",
  "phone",
  "mobile",
  "email",
  "email2",
  "docid",
  "doctype",
  "companyname",
  "businessname",
] as const;

/** Card fields updateaccount accepts: secrets, redacted from every log. */
export const CARD_FIELDS = ["ccname", "cctype", "ccnumber", "ccpassword", "ccexpmonth", "ccexpyear", "cccvv2"] as const;

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
export type CardField = (typeof CARD_FIELDS)[number];

/** Usage counted against the daily limits; reset when the server day changes. */
export interface DailyUsage {
  day: string; // YYYY-MM-DD
  timeUsedMs: number;
  quotaUsed: number; // bytes
  logins: number;
}

export interface AccountRecord {
  username: string;
  /** A secret. Empty for tickets. */
  password: string;
  /** 0 prepaid, 1 postpaid, 2 ticket. */
  type: number;
  planId: number;
  timeUsedMs: number;
  timeLeftMs: number;
  unlimitedTime: boolean;
  /** Bytes of quota left. */
  quota: number;
  unlimitedQuota: boolean;
  accessFromTo: boolean;
  accessId: number;
  enableExpire: boolean;
  expire: number | null;
  expireIn: number;
  expireAfter: number;
  enableDailyTime: boolean;
  dailyTime: number; // seconds
  enableDailyQuota: boolean;
  dailyQuota: number; // bytes
  enableDailyLogins: boolean;
  dailyLogins: number;
  daily: DailyUsage;
  /** Rate limits, bytes per second. */
  download: number;
  upload: number;
  generateId: number;
  createdAt: number;
  firstUsed: number | null;
  lastUsed: number | null;
  // Write-only fields: accepted and stored, not returned by viewaccount.
  sold: boolean;
  soldAt: number | null;
  autologin: boolean;
  inactivity: boolean;
  multilogin: boolean;
  multilogins: number;
  moneyCents: number;
  printedColor: number;
  printedBw: number;
  software: string;
  customer: Partial<Record<CustomerField, string>>;
  card: Partial<Record<CardField, string>>;
  /** Bytes transferred over all sessions. */
  trafficDownload: number;
  trafficUpload: number;
}

export type SessionEndReason =
  | "logout"
  | "time-exhausted"
  | "quota-exhausted"
  | "expired"
  | "daily-time"
  | "daily-quota"
  | "deleted"
  /** The device logged in under another account. */
  | "replaced";

export interface SessionRecord {
  id: number;
  username: string;
  ip: string;
  mac: string;
  start: number;
  stop: number | null;
  durationMs: number;
  /** Bytes transferred in this session. */
  download: number;
  upload: number;
  /** Consumption has been accounted up to this time (lazy accounting, see usage.ts). */
  settledAt: number;
  endReason: SessionEndReason | null;
}

export interface DayStats {
  sessions: number;
  timeUsedMs: number;
  download: number;
  upload: number;
  accountsCreated: number;
  salesCents: number;
}

/** One generateaccounts call (GenerateID). */
export interface GenerationRecord {
  id: number;
  at: number;
  count: number;
  planId: number;
  type: number;
  print: boolean;
  preview: boolean;
}

/** The state file's content (also GET /_emulator/state). */
export interface StateSnapshot {
  version: typeof STATE_VERSION;
  savedAt: string;
  /** Change counter of the state saved here; journal entries up to it are already included. */
  revision?: number;
  nextGenerateId: number;
  nextSessionId: number;
  /** Offset of a system clock moved by tests, kept so a restarted emulator keeps its time. */
  clockOffsetMs?: number;
  accounts: AccountRecord[];
  sessions: SessionRecord[];
  generations: GenerationRecord[];
  statistics: Record<string, DayStats>;
}
