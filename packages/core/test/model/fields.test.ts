import { describe, expect, it } from "vitest";
import {
  ACCOUNT_FIELDS,
  batchGenerateParams,
  createParams,
  diffEnforced,
  parseExpiry,
  Secret,
  updateParams,
  writeOnlyFields,
} from "../../src/model/index.js";
import type { DesiredAccount } from "../../src/model/index.js";
import { wallClock } from "../../src/wire/wall-clock.js";
import type { Account } from "../../src/wire/types.js";

const now = wallClock(2026, 11, 29, 10, 0, 0);

const alice: DesiredAccount = {
  username: "staff-alice",
  password: Secret.of("s3cret-alice"),
  plan: "day",
  type: "prepaid",
  timeLeft: 30 * 86400,
  quota: "unlimited",
  rates: { download: 131072, upload: 65536 },
  expires: parseExpiry("2026-12-31T18:00")!,
  dailyTime: 7200,
  multilogin: 2,
  customer: { firstName: "Alice", email: "alice@example.org" },
};

describe("field catalogue", () => {
  it("classifies every field once, with unique names and snake_case attributes", () => {
    const names = ACCOUNT_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(ACCOUNT_FIELDS.find((f) => f.name === "customer.firstName")?.snake).toBe("customer_first_name");
    expect(ACCOUNT_FIELDS.find((f) => f.name === "timeLeft")?.snake).toBe("time_left");
    const fieldsOfClass = (cls: string) => ACCOUNT_FIELDS.filter((f) => f.class === cls);
    expect(fieldsOfClass("identity").map((f) => f.name)).toEqual(["username"]);
    expect(fieldsOfClass("initial").map((f) => f.name)).toEqual(["timeLeft", "timeUsed", "quota"]);
    expect(fieldsOfClass("enforced").map((f) => f.name)).toEqual([
      "password",
      "plan",
      "rates.download",
      "rates.upload",
      "expires",
      "dailyTime",
      "dailyQuota",
    ]);
    for (const f of fieldsOfClass("writeOnly")) expect(f.view).toEqual([]);
    for (const f of fieldsOfClass("enforced")) expect(f.view.length).toBeGreaterThan(0);
    expect(ACCOUNT_FIELDS.filter((f) => f.sensitive).map((f) => f.name)).toEqual([
      "password",
      "card.name",
      "card.type",
      "card.number",
      "card.password",
      "card.expMonth",
      "card.expYear",
      "card.cvv2",
    ]);
  });

  it("splits a create into generateaccounts and updateaccount", () => {
    const { generate, update } = createParams(alice, { planId: 4, now });
    expect(generate).toEqual({
      account: "staff-alice",
      count: 1,
      password: "s3cret-alice",
      pricePlanId: 4,
      type: 0,
      timeLeft: 2592000,
      unlimitedTime: false,
      unlimitedQuota: true,
      download: 131072,
      upload: 65536,
    });
    expect(update).toEqual({
      enableExpire: true,
      expireDateTime: wallClock(2026, 12, 31, 18, 0),
      enableDailyTime: true,
      dailyTime: 7200,
      multiLogin: true,
      multiLogins: 2,
      firstName: "Alice",
      email: "alice@example.org",
    });
  });

  it("sends whole-day relative expiry with generateaccounts and resolves others at creation", () => {
    const days = createParams({ username: "a", expires: parseExpiry("in 30d")! }, { now });
    expect(days.generate.expireDays).toBe(30);
    expect(days.update).toBeUndefined();
    const hours = createParams({ username: "a", expires: parseExpiry("in 90m")! }, { now });
    expect(hours.update).toEqual({ enableExpire: true, expireDateTime: wallClock(2026, 11, 29, 11, 30) });
  });

  it("diffs enforced fields only; initial fields drift freely unless opted in", () => {
    const live: Account = {
      username: "staff-alice",
      password: "s3cret-alice",
      pricePlanId: 4,
      timeLeft: 100,
      unlimitedTime: false,
      unlimitedQuota: true,
      download: 131072,
      upload: 0,
      enableExpire: true,
      expire: wallClock(2026, 12, 31, 18, 0, 0),
      enableDailyTime: true,
      dailyTime: 7200,
    };
    expect(diffEnforced(alice, live, { planId: 4 }).map((d) => [d.field.name, d.desired, d.live])).toEqual([
      ["rates.upload", 65536, "unlimited"],
    ]);
    const optedIn = { ...alice, enforce: ["timeLeft" as const] };
    expect(diffEnforced(optedIn, live, { planId: 4 }).map((d) => d.field.name)).toEqual(["timeLeft", "rates.upload"]);
    expect(updateParams(alice, ["rates.upload"], { now })).toEqual({ upload: 65536 });
  });

  it("treats relative expiry as initial and a date-only expiry by day", () => {
    const never: Account = { username: "a", enableExpire: false };
    expect(diffEnforced({ username: "a", expires: parseExpiry("in 30d")! }, never)).toEqual([]);
    const dayOnly: DesiredAccount = { username: "a", expires: parseExpiry("2026-12-31")! };
    const live: Account = { username: "a", enableExpire: true, expire: wallClock(2026, 12, 31, 23, 59, 59) };
    expect(diffEnforced(dayOnly, live)).toEqual([]);
    expect(diffEnforced(dayOnly, { ...live, enableExpire: false }).map((d) => d.live)).toEqual(["never"]);
  });

  it("lists the write-only values an account declares, a ticket's password among them", () => {
    const withCard: DesiredAccount = { ...alice, card: { number: Secret.of("4111111111111111") } };
    expect(writeOnlyFields(withCard).map((f) => f.name)).toEqual(["type", "multilogin", "customer.firstName", "customer.email", "card.number"]);
    const ticket: DesiredAccount = { username: "t", type: "ticket", password: Secret.of("x") };
    expect(writeOnlyFields(ticket).map((f) => f.name)).toEqual(["password", "type"]);
  });

  it("grows a batch with one generateaccounts; absolute expiry goes to member updates", () => {
    const batch = {
      prefix: "CONF-",
      count: 300,
      plan: "day",
      type: "ticket" as const,
      length: 10,
      expires: parseExpiry("2026-12-05T23:00")!,
    };
    const { generate, memberUpdateFields } = batchGenerateParams(batch, { planId: 2, now, number: 50, startNumber: 301 });
    expect(generate).toEqual({ account: "CONF-", count: 50, startNumber: 301, length: 10, pricePlanId: 2, type: 2 });
    expect(memberUpdateFields).toEqual(["expires"]);
    const one = batchGenerateParams({ ...batch, type: "prepaid" }, { planId: 2, now, number: 1, startNumber: 7 });
    expect(one.generate.account).toBe("CONF-7");
  });
});
