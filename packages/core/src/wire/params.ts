// Typed parameters of each command → wire parameters (names and formats of the API's command reference).
// Units here: seconds, bytes, Date (wall-clock, see wall-clock.ts), booleans, AccountType.
// Values are checked before anything is sent; a bad value throws RangeError naming the field.
// The price plan goes out as `priceplan`: every public client sends that, servers accept both.

import type { AccountType } from "./types.js";
import { formatCount, formatFlag, formatMoney } from "./values.js";
import { formatWireDate, formatWireDateTime } from "./wall-clock.js";

/** A command's parameters as they go on the wire, in order: name and formatted value. */
export type WireParams = ReadonlyArray<readonly [name: string, value: string]>;

/** generateaccounts */
export interface GenerateAccountsParams {
  /** The username when count is 1, the prefix when it is larger. */
  account?: string;
  /** `number`: how many accounts. Default 1. */
  count?: number;
  /** `priceplan` (documented as groupplan). */
  pricePlanId?: number;
  type?: AccountType;
  autoLogin?: boolean;
  inactivity?: boolean;
  /** true: sold now (counted in sales); false: sold on first use. */
  sell?: boolean;
  /** `expire`: days from now. */
  expireDays?: number;
  timeLeft?: number; // seconds
  unlimitedTime?: boolean;
  quota?: number; // bytes
  unlimitedQuota?: boolean;
  download?: number; // bytes per second
  upload?: number; // bytes per second
  print?: boolean;
  preview?: boolean;
  /** Ticket length (type Ticket). */
  length?: number;
  passwordLength?: number;
  /** A fixed password for the account(s). A secret. */
  password?: string;
  /** First counter value for numbered accounts (prefix + counter). */
  startNumber?: number;
}

export enum DocumentType {
  IdCard = 0,
  Passport = 1,
  DriversLicence = 2,
}

/** updateaccount (the account itself is the first argument of updateAccount). */
export interface UpdateAccountParams {
  password?: string;
  pricePlanId?: number;
  type?: AccountType;
  printedColor?: number;
  printedBw?: number;
  /** e.g. "1|" for IC, "2|" for HotSpot. */
  software?: string;
  money?: number;
  moneyInc?: number;
  moneyDec?: number;
  timeLeft?: number; // seconds
  timeUsed?: number; // seconds
  unlimitedTime?: boolean;
  unlimitedQuota?: boolean;
  quota?: number; // bytes
  download?: number; // bytes per second
  upload?: number; // bytes per second
  autoLogin?: boolean;
  inactivity?: boolean;
  sell?: boolean;
  enableExpire?: boolean;
  /** `expiredate`, day precision. */
  expireDate?: Date;
  /** `expiredatetime`, minute precision. */
  expireDateTime?: Date;
  /** `multilogins`: number of simultaneous logins. */
  multiLogins?: number;
  /** `multilogin`: several devices at once. */
  multiLogin?: boolean;
  enableDailyTime?: boolean;
  dailyTime?: number; // seconds
  dailyTimeLeft?: number; // seconds
  enableDailyQuota?: boolean;
  dailyQuota?: number; // bytes
  dailyQuotaLeft?: number; // bytes
  firstName?: string;
  lastName?: string;
  address?: string;
  city?: string;
  postalCode?: string;
  state?: string;
  sex?: "M" | "F";
  phone?: string;
  mobile?: string;
  email?: string;
  email2?: string;
  docId?: string;
  docType?: DocumentType;
  companyName?: string;
  businessName?: string;
  ccName?: string;
  /** 1 VISA, 2 MASTER, 3 DIS, 4 AMEX, ... */
  ccType?: number;
  ccNumber?: string;
  ccPassword?: string;
  ccExpMonth?: string;
  ccExpYear?: string;
  ccCvv2?: string;
}

/** A day range for getaccountlog / getaccountsummary; both ends optional, inclusive. */
export interface DateRange {
  from?: Date;
  to?: Date;
}

/** loginaccount */
export interface LoginAccountParams {
  account: string;
  ip?: string;
  mac?: string;
  time?: number; // seconds
  unlimitedTime?: boolean;
  quota?: number; // bytes
  unlimitedQuota?: boolean;
  download?: number; // bytes per second
  upload?: number; // bytes per second
  inactivity?: boolean;
  expireDays?: number;
}

/** logoutaccount: any one (or more) of account, ip, mac. */
export interface LogoutAccountParams {
  account?: string;
  ip?: string;
  mac?: string;
}

type Kind = "text" | "count" | "flag" | "money" | "date" | "datetime" | "enum";

/** [typed field, wire name, kind], in the order of the API's command reference. */
type Mapping<T> = ReadonlyArray<readonly [keyof T & string, string, Kind]>;

const GENERATE: Mapping<GenerateAccountsParams> = [
  ["account", "account", "text"],
  ["count", "number", "count"],
  ["pricePlanId", "priceplan", "count"],
  ["type", "type", "enum"],
  ["autoLogin", "autologin", "flag"],
  ["inactivity", "inactivity", "flag"],
  ["sell", "sell", "flag"],
  ["expireDays", "expire", "count"],
  ["timeLeft", "timeleft", "count"],
  ["unlimitedTime", "unltime", "flag"],
  ["quota", "quota", "count"],
  ["unlimitedQuota", "unlquota", "flag"],
  ["download", "download", "count"],
  ["upload", "upload", "count"],
  ["print", "print", "flag"],
  ["preview", "preview", "flag"],
  ["length", "length", "count"],
  ["passwordLength", "passlength", "count"],
  ["password", "password", "text"],
  ["startNumber", "startnumber", "count"],
];

const UPDATE: Mapping<UpdateAccountParams> = [
  ["password", "password", "text"],
  ["pricePlanId", "priceplan", "count"],
  ["type", "type", "enum"],
  ["printedColor", "printedcolor", "count"],
  ["printedBw", "printedbw", "count"],
  ["software", "software", "text"],
  ["money", "money", "money"],
  ["moneyInc", "moneyinc", "money"],
  ["moneyDec", "moneydec", "money"],
  ["timeLeft", "timeleft", "count"],
  ["timeUsed", "timeused", "count"],
  ["unlimitedTime", "unltime", "flag"],
  ["unlimitedQuota", "unlquota", "flag"],
  ["quota", "quota", "count"],
  ["download", "download", "count"],
  ["upload", "upload", "count"],
  ["autoLogin", "autologin", "flag"],
  ["inactivity", "inactivity", "flag"],
  ["sell", "sell", "flag"],
  ["enableExpire", "enableexpire", "flag"],
  ["expireDate", "expiredate", "date"],
  ["expireDateTime", "expiredatetime", "datetime"],
  ["multiLogins", "multilogins", "count"],
  ["multiLogin", "multilogin", "flag"],
  ["enableDailyTime", "enabledailytime", "flag"],
  ["dailyTime", "dailytime", "count"],
  ["dailyTimeLeft", "dailytimeleft", "count"],
  ["enableDailyQuota", "enabledailyquota", "flag"],
  ["dailyQuota", "dailyquota", "count"],
  ["dailyQuotaLeft", "dailyquotaleft", "count"],
  ["firstName", "firstname", "text"],
  ["lastName", "lastname", "text"],
  ["address", "address", "text"],
  ["city", "city", "text"],
  ["postalCode", "postalcode", "text"],
  ["state", "state", "text"],
  ["sex", "sex", "text"],
  ["phone", "phone", "text"],
  ["mobile", "mobile", "text"],
  ["email", "email", "text"],
  ["email2", "email2", "text"],
  ["docId", "docid", "text"],
  ["docType", "doctype", "enum"],
  ["companyName", "companyname", "text"],
  ["businessName", "businessname", "text"],
  ["ccName", "ccname", "text"],
  ["ccType", "cctype", "count"],
  ["ccNumber", "ccnumber", "text"],
  ["ccPassword", "ccpassword", "text"],
  ["ccExpMonth", "ccexpmonth", "text"],
  ["ccExpYear", "ccexpyear", "text"],
  ["ccCvv2", "cccvv2", "text"],
];

const LOGIN: Mapping<LoginAccountParams> = [
  ["account", "account", "text"],
  ["ip", "ip", "text"],
  ["mac", "mac", "text"],
  ["time", "time", "count"],
  ["unlimitedTime", "unltime", "flag"],
  ["quota", "quota", "count"],
  ["unlimitedQuota", "unlquota", "flag"],
  ["download", "download", "count"],
  ["upload", "upload", "count"],
  ["inactivity", "inactivity", "flag"],
  ["expireDays", "expire", "count"],
];

const LOGOUT: Mapping<LogoutAccountParams> = [
  ["account", "account", "text"],
  ["ip", "ip", "text"],
  ["mac", "mac", "text"],
];

const RANGE: Mapping<DateRange> = [
  ["from", "from", "date"],
  ["to", "to", "date"],
];

/** A command parameter as its wire text (checked against its kind). */
function paramText(value: unknown, kind: Kind, field: string): string {
  switch (kind) {
    case "text":
      if (typeof value !== "string") throw new RangeError(`${field} must be text`);
      return value;
    case "count":
    case "enum":
      if (typeof value !== "number") throw new RangeError(`${field} must be a number`);
      return formatCount(value, field);
    case "flag":
      if (typeof value !== "boolean") throw new RangeError(`${field} must be true or false`);
      return formatFlag(value);
    case "money":
      if (typeof value !== "number") throw new RangeError(`${field} must be a number`);
      return formatMoney(value, field);
    case "date":
      if (!(value instanceof Date)) throw new RangeError(`${field} must be a Date`);
      return formatWireDate(value, field);
    case "datetime":
      if (!(value instanceof Date)) throw new RangeError(`${field} must be a Date`);
      return formatWireDateTime(value, field);
  }
}

function encode<T extends object>(params: T, mapping: Mapping<T>): [string, string][] {
  const out: [string, string][] = [];
  for (const [field, wire, kind] of mapping) {
    const value = params[field];
    if (value === undefined) continue;
    out.push([wire, paramText(value, kind, field)]);
  }
  return out;
}

function requireName(value: unknown, field: string): string {
  if (typeof value !== "string" || value === "") throw new RangeError(`${field} must be a non-empty name`);
  return value;
}

export function generateAccountsQuery(params: GenerateAccountsParams): WireParams {
  const count = params.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`count must be a whole number ≥ 1, got ${count}`);
  return encode({ ...params, count }, GENERATE);
}

export function updateAccountQuery(username: string, params: UpdateAccountParams): WireParams {
  if (params.sex !== undefined && params.sex !== "M" && params.sex !== "F") {
    throw new RangeError(`sex must be "M" or "F", got ${JSON.stringify(params.sex)}`);
  }
  return [["account", requireName(username, "account")], ...encode(params, UPDATE)];
}

export function refillAccountQuery(username: string, pricePlanId: number): WireParams {
  return [
    ["account", requireName(username, "account")],
    ["priceplan", formatCount(pricePlanId, "pricePlanId")],
  ];
}

/** viewaccount, deleteaccount: just the account. */
export function accountQuery(username: string): WireParams {
  return [["account", requireName(username, "account")]];
}

export function statisticsQuery(from: Date, to: Date): WireParams {
  return encode({ from, to }, RANGE);
}

/** getaccountlog, getaccountsummary: the account and an optional day range. */
export function accountRangeQuery(username: string, range: DateRange = {}): WireParams {
  return [["account", requireName(username, "account")], ...encode(range, RANGE)];
}

export function loginAccountQuery(params: LoginAccountParams): WireParams {
  requireName(params.account, "account");
  return encode(params, LOGIN);
}

export function logoutAccountQuery(params: LogoutAccountParams): WireParams {
  const out = encode(params, LOGOUT);
  if (!out.some(([, v]) => v !== "")) throw new RangeError("logoutAccount needs an account, an ip or a mac");
  return out;
}
