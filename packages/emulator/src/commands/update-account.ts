// updateaccount: every parameter of the API's command reference is validated first, then all are applied at once
// (a bad value changes nothing). Fields viewaccount does not return (type, sell, autologin,
// inactivity, multilogin, money, printed pages, software, customer and card data) are stored all
// the same: tests read them through the state API.
import { ACCOUNT_LIMITS, CUSTOMER_TEXT_LIMIT, SECRET_TEXT_LIMIT } from "@hotspot-iac/core";
import { recordSale } from "../state/accounts.js";
import { CARD_FIELDS, CUSTOMER_FIELDS } from "../state/types.js";
import { rollDaily } from "../state/usage.js";
import { successDocument } from "../xml/results.js";
import type { CommandContext, CommandResult } from "./context.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";
import { planIdParam, requirePlan } from "./plan-param.js";

const NUMERIC_CUSTOMER_FIELDS = new Set(["doctype", "cctype"]);

export function updateAccount(ctx: CommandContext): CommandResult {
  const { params: p, store, now } = ctx;
  const username = p.account();
  const a = store.accounts.get(username) ?? fail(ACCOUNT_DOES_NOT_EXIST);

  // 1. Validate everything.
  const password = p.text("password", ACCOUNT_LIMITS.password.maxLength);
  const planId = planIdParam(ctx);
  const plan = planId ? requirePlan(ctx, planId) : undefined;
  const type = p.int("type", { max: 2 });
  const printedColor = p.int("printedcolor");
  const printedBw = p.int("printedbw");
  const software = p.text("software", 64);
  const money = p.money("money");
  const moneyInc = p.money("moneyinc");
  const moneyDec = p.money("moneydec");
  const timeLeft = p.int("timeleft");
  const timeUsed = p.int("timeused");
  const unlTime = p.flag("unltime");
  const unlQuota = p.flag("unlquota");
  const quota = p.int("quota", { bytes: true });
  const download = p.int("download");
  const upload = p.int("upload");
  const autologin = p.flag("autologin");
  const inactivity = p.flag("inactivity");
  const sell = p.flag("sell");
  const enableExpire = p.flag("enableexpire");
  const expireDate = p.date("expiredate");
  const expireDateTime = p.dateTime("expiredatetime");
  const multilogins = p.int("multilogins", ACCOUNT_LIMITS.multilogin);
  const multilogin = p.flag("multilogin");
  const enableDailyTime = p.flag("enabledailytime");
  const dailyTime = p.int("dailytime", ACCOUNT_LIMITS.dailyTime);
  const dailyTimeLeft = p.int("dailytimeleft", ACCOUNT_LIMITS.dailyTime);
  const enableDailyQuota = p.flag("enabledailyquota");
  const dailyQuota = p.int("dailyquota", { bytes: true });
  const dailyQuotaLeft = p.int("dailyquotaleft", { bytes: true });
  const customer: [string, string][] = [];
  for (const f of [...CUSTOMER_FIELDS, ...CARD_FIELDS]) {
    const v = p.text(f, (CARD_FIELDS as readonly string[]).includes(f) ? SECRET_TEXT_LIMIT.maxLength : CUSTOMER_TEXT_LIMIT.maxLength);
    if (v === undefined) continue;
    if (NUMERIC_CUSTOMER_FIELDS.has(f) && v !== "" && !/^\d{1,3}$/.test(v)) fail(`invalid parameter ${f}`);
    if (f === "sex" && v !== "" && !/^[MF]$/i.test(v)) fail("invalid parameter sex");
    customer.push([f, v]);
  }

  // 2. Apply.
  if (password !== undefined) a.password = password;
  if (planId !== undefined) a.planId = planId;
  if (type !== undefined) a.type = type;
  if (printedColor !== undefined) a.printedColor = printedColor;
  if (printedBw !== undefined) a.printedBw = printedBw;
  if (software !== undefined) a.software = software;
  if (money !== undefined) a.moneyCents = money;
  if (moneyInc !== undefined) a.moneyCents += moneyInc;
  if (moneyDec !== undefined) a.moneyCents -= moneyDec;
  if (timeLeft !== undefined) a.timeLeftMs = timeLeft * 1000;
  if (timeUsed !== undefined) a.timeUsedMs = timeUsed * 1000;
  if (unlTime !== undefined) a.unlimitedTime = unlTime;
  if (unlQuota !== undefined) a.unlimitedQuota = unlQuota;
  if (quota !== undefined) a.quota = quota;
  if (download !== undefined) a.download = download;
  if (upload !== undefined) a.upload = upload;
  if (autologin !== undefined) a.autologin = autologin;
  if (inactivity !== undefined) a.inactivity = inactivity;
  if (sell === true && !a.sold) recordSale(store, a, plan ?? ctx.plans.get(a.planId), now);
  if (sell === false) {
    a.sold = false;
    a.soldAt = null;
  }
  // An explicit date sets the expiry (and enables it unless enableexpire=0 says otherwise);
  // ExpireIn/ExpireAfter drop to 0 as for the captured account whose expiry was set by date.
  const expire = expireDateTime ?? expireDate;
  if (expire !== undefined) {
    a.expire = expire;
    a.enableExpire = true;
    a.expireIn = 0;
    a.expireAfter = 0;
  }
  if (enableExpire !== undefined) a.enableExpire = enableExpire;
  if (multilogins !== undefined) a.multilogins = multilogins;
  if (multilogin !== undefined) a.multilogin = multilogin;
  rollDaily(a, now);
  if (enableDailyTime !== undefined) a.enableDailyTime = enableDailyTime;
  if (dailyTime !== undefined) a.dailyTime = dailyTime;
  if (dailyTimeLeft !== undefined) a.daily.timeUsedMs = Math.max(0, a.dailyTime - dailyTimeLeft) * 1000;
  if (enableDailyQuota !== undefined) a.enableDailyQuota = enableDailyQuota;
  if (dailyQuota !== undefined) a.dailyQuota = dailyQuota;
  if (dailyQuotaLeft !== undefined) a.daily.quotaUsed = Math.max(0, a.dailyQuota - dailyQuotaLeft);
  for (const [f, v] of customer) {
    if ((CARD_FIELDS as readonly string[]).includes(f)) a.card[f as (typeof CARD_FIELDS)[number]] = v;
    else a.customer[f as (typeof CUSTOMER_FIELDS)[number]] = v;
  }
  store.changed(a);
  return { body: successDocument(), summary: "SUCCESS" };
}
