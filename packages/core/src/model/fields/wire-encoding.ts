// How each account field travels on the wire: the generateaccounts and updateaccount parameters
// that carry it, and its encoders from model units to the wire client's typed parameters.
//
// Wire values use the wire client's units: seconds, bytes, bytes per second, booleans (sent as
// 0/1), wall-clock Dates (expiredate → YYYYMMDD, expiredatetime → YYYYMMDDHHMM), money as a number
// (sent as 0.00), and the account type as the server's number. Parameter names are the server's.

import { DocumentType, type GenerateAccountsParams, type UpdateAccountParams } from "../../wire/params.js";
import { AccountType } from "../../wire/types.js";
import { Secret } from "../secret.js";
import type { AccountTypeName, CardTypeName, DocTypeName } from "../types.js";
import { type Expiry, UNLIMITED } from "../units.js";
import type { AccountFieldName } from "./definitions.js";

/** What encoding needs beyond the model: the resolved price plan id and the server's clock. */
export interface WireContext {
  /** The numeric id the account's `plan` reference resolved to (the sync engine resolves it). */
  planId?: number;
  /** Now, as a server wall-clock Date: resolves relative expiry at creation. */
  now: Date;
}

export interface FieldWire {
  /** generateaccounts parameters that carry it (empty: only updateaccount can set it). */
  generate: readonly string[];
  /** updateaccount parameters that carry it. */
  update: readonly string[];
  /** Typed generateaccounts params, or undefined when this value cannot go there. */
  toGenerate?: (value: never, ctx: WireContext) => GenerateAccountsParams | undefined;
  /** Typed updateaccount params. */
  toUpdate?: (value: never, ctx: WireContext) => UpdateAccountParams;
}

const TYPE_NUMBERS: Record<AccountTypeName, AccountType> = {
  prepaid: AccountType.Prepaid,
  postpaid: AccountType.Postpaid,
  ticket: AccountType.Ticket,
};
const DOC_TYPE_NUMBERS: Record<DocTypeName, DocumentType> = {
  idCard: DocumentType.IdCard,
  passport: DocumentType.Passport,
  driversLicense: DocumentType.DriversLicence,
};
const CARD_TYPE_NUMBERS: Record<CardTypeName, number> = { visa: 1, mastercard: 2, discover: 3, amex: 4 };

const reveal = (v: Secret | string): string => (v instanceof Secret ? v.reveal() : v);

function pricePlanIdOf(ctx: WireContext): number {
  if (ctx.planId === undefined) throw new Error("the account's plan reference is not resolved to an id");
  return ctx.planId;
}

/** `in N` from `now`, rounded up to the minute (expiredatetime has minutes). */
function resolveRelativeExpiry(seconds: number, now: Date): Date {
  const at = new Date(now.getTime() + seconds * 1000);
  if (at.getUTCSeconds() !== 0 || at.getUTCMilliseconds() !== 0) {
    at.setUTCSeconds(60, 0);
  }
  return at;
}

function updateExpiry(e: Expiry, ctx: WireContext): UpdateAccountParams {
  switch (e.kind) {
    case "never":
      return { enableExpire: false };
    case "date":
    case "dateTime":
      return { enableExpire: true, expireDateTime: e.at };
    case "relative":
      return { enableExpire: true, expireDateTime: resolveRelativeExpiry(e.seconds, ctx.now) };
  }
}

/** A parameter both commands take under the same name, with the same encoder. */
function both(param: string, encode: (v: never, ctx: WireContext) => GenerateAccountsParams & UpdateAccountParams): FieldWire {
  return { generate: [param], update: [param], toGenerate: encode, toUpdate: encode };
}

/** A number-or-unlimited value with a separate unlimited flag (timeleft/unltime, quota/unlquota). */
function withUnlimited(param: "timeLeft" | "quota", flag: "unlimitedTime" | "unlimitedQuota"): FieldWire {
  const encode = (v: number | typeof UNLIMITED) => (v === UNLIMITED ? { [flag]: true } : { [param]: v, [flag]: false });
  const params = [param.toLowerCase(), flag === "unlimitedTime" ? "unltime" : "unlquota"];
  return { generate: params, update: params, toGenerate: encode, toUpdate: encode };
}

/** A daily limit: enable flag + amount; `unlimited` turns the limit off. */
function dailyLimit(enable: "enableDailyTime" | "enableDailyQuota", param: "dailyTime" | "dailyQuota"): FieldWire {
  return {
    generate: [],
    update: [enable.toLowerCase(), param.toLowerCase()],
    toUpdate: (v: number | typeof UNLIMITED): UpdateAccountParams => (v === UNLIMITED ? { [enable]: false } : { [enable]: true, [param]: v }),
  };
}

const rate = (param: "download" | "upload"): FieldWire => both(param, (v: number | typeof UNLIMITED) => ({ [param]: v === UNLIMITED ? 0 : v }));

const flag = (key: "sell" | "autoLogin" | "inactivity"): FieldWire => both(key.toLowerCase(), (v: boolean) => ({ [key]: v }));

type TextKey = { [K in keyof UpdateAccountParams]-?: UpdateAccountParams[K] extends string | undefined ? K : never }[keyof UpdateAccountParams];

/** A text of updateaccount only: its wire name is the typed key in lower case. */
const text = (key: TextKey): FieldWire => ({
  generate: [],
  update: [key.toLowerCase()],
  toUpdate: (v: Secret | string) => ({ [key]: reveal(v) }),
});

/** updateaccount only, one typed parameter. */
const updateOnly = (update: string[], toUpdate: (v: never) => UpdateAccountParams): FieldWire => ({ generate: [], update, toUpdate });

export const FIELD_WIRE: Record<AccountFieldName, FieldWire> = {
  username: { generate: ["account"], update: ["account"] },
  password: both("password", (v: Secret) => ({ password: v.reveal() })),
  plan: both("priceplan", (_v: string, ctx) => ({ pricePlanId: pricePlanIdOf(ctx) })),
  type: both("type", (v: AccountTypeName) => ({ type: TYPE_NUMBERS[v] })),
  timeLeft: withUnlimited("timeLeft", "unlimitedTime"),
  timeUsed: updateOnly(["timeused"], (v: number) => ({ timeUsed: v })),
  quota: withUnlimited("quota", "unlimitedQuota"),
  "rates.download": rate("download"),
  "rates.upload": rate("upload"),
  expires: {
    generate: ["expire"],
    update: ["enableexpire", "expiredate", "expiredatetime"],
    // generateaccounts only knows "days from now": used for whole-day relative expiry only.
    toGenerate: (e: Expiry) =>
      e.kind === "relative" && e.seconds % 86_400 === 0 ? { expireDays: e.seconds / 86_400 } : undefined,
    toUpdate: updateExpiry,
  },
  dailyTime: dailyLimit("enableDailyTime", "dailyTime"),
  dailyQuota: dailyLimit("enableDailyQuota", "dailyQuota"),
  multilogin: updateOnly(["multilogin", "multilogins"], (v: number) => ({ multiLogin: v > 1, multiLogins: v })),
  sell: flag("sell"),
  autologin: flag("autoLogin"),
  inactivity: flag("inactivity"),
  money: updateOnly(["money"], (v: number) => ({ money: v })),
  "printed.color": updateOnly(["printedcolor"], (v: number) => ({ printedColor: v })),
  "printed.bw": updateOnly(["printedbw"], (v: number) => ({ printedBw: v })),
  "customer.firstName": text("firstName"),
  "customer.lastName": text("lastName"),
  "customer.address": text("address"),
  "customer.city": text("city"),
  "customer.postalCode": text("postalCode"),
  "customer.state": text("state"),
  "customer.sex": updateOnly(["sex"], (v: "M" | "F") => ({ sex: v })),
  "customer.phone": text("phone"),
  "customer.mobile": text("mobile"),
  "customer.email": text("email"),
  "customer.email2": text("email2"),
  "customer.docId": text("docId"),
  "customer.docType": updateOnly(["doctype"], (v: DocTypeName) => ({ docType: DOC_TYPE_NUMBERS[v] })),
  "customer.companyName": text("companyName"),
  "customer.businessName": text("businessName"),
  "card.name": text("ccName"),
  "card.type": updateOnly(["cctype"], (v: CardTypeName | number) => ({ ccType: typeof v === "number" ? v : CARD_TYPE_NUMBERS[v] })),
  "card.number": text("ccNumber"),
  "card.password": text("ccPassword"),
  "card.expMonth": text("ccExpMonth"),
  "card.expYear": text("ccExpYear"),
  "card.cvv2": text("ccCvv2"),
};
