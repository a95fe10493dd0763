// Each of the 12 commands over HTTP: a success and a failure, read with a plain XML parser through
// the paths public clients use.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { description, one, select, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

const ACCOUNT_ORDER = [
  "Username",
  "Password",
  "TimeUsed",
  "TimeLeft",
  "UnlimitedTime",
  "Quota",
  "UnlimitedQuota",
  "GroupPlanID",
  "AccessFromTo",
  "AccessID",
  "Expire",
  "ExpireIn",
  "ExpireAfter",
  "EnableDailyTime",
  "DailyTime",
  "EnableDailyQuota",
  "DailyQuota",
  "EnableDailyLogins",
  "DailyLogins",
  "Download",
  "Upload",
  "GenerateID",
];

/** Child element names of the first <Account>, in document order. */
function elementOrder(xml: string): string[] {
  const account = /<Account>(.*?)<\/Account>/s.exec(xml)?.[1] ?? "";
  return [...account.matchAll(/<(\w+)>/g)].map((m) => m[1] as string);
}

describe("generateaccounts", () => {
  it("creates an account from a plan, in the captured element order, after the inline DTD", async () => {
    const r = await t.call("generateaccounts", { account: "alice", number: 1, priceplan: 1, password: "pw1" });
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE Accounts \[\n\t<!ELEMENT Accounts/);
    expect(select(r.doc, "Accounts/Account/Username")).toEqual(["alice"]);
    expect(one(r.doc, "Accounts/Account/Password")).toBe("pw1");
    expect(one(r.doc, "Accounts/Account/TimeLeft")).toBe("3600");
    expect(one(r.doc, "Accounts/Account/GroupPlanID")).toBe("1");
    expect(one(r.doc, "Accounts/Account/Expire")).toBe("2026-11-30 08:00:00");
    expect(one(r.doc, "Accounts/Account/UnlimitedQuota")).toBe("True");
    expect(elementOrder(r.text)).toEqual(ACCOUNT_ORDER);
  });

  it("fails for an unknown price plan and creates nothing", async () => {
    const r = await t.call("generateaccounts", { account: "bob", priceplan: 99 });
    expect(description(r.doc)).toBe("ERROR: price plan does not exist");
    expect(t.emu.state.accounts()).toEqual([]);
  });
});

describe("updateaccount", () => {
  it("changes readable fields and stores write-only ones", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    const r = await t.call("updateaccount", {
      account: "alice",
      password: "new-pw",
      timeleft: 7200,
      expiredatetime: "202612311830",
      multilogin: 1,
      multilogins: 3,
      money: "12.50",
      moneyinc: "0.25",
      type: 1,
      sell: 1,
      autologin: 1,
      inactivity: 1,
      printedcolor: 4,
      printedbw: 9,
      firstname: "Alice",
      email: "alice@example.com",
      ccnumber: "4111111111111111",
    });
    expect(description(r.doc)).toBe("SUCCESS");
    const v = await t.call("viewaccount", { account: "alice" });
    expect(one(v.doc, "Accounts/Account/Password")).toBe("new-pw");
    expect(one(v.doc, "Accounts/Account/TimeLeft")).toBe("7200");
    expect(one(v.doc, "Accounts/Account/Expire")).toBe("2026-12-31 18:30:00");
    expect(one(v.doc, "Accounts/Account/EnableExpire")).toBe("True");
    const a = t.emu.state.account("alice");
    expect(a).toMatchObject({
      multilogin: true,
      multilogins: 3,
      moneyCents: 1275,
      type: 1,
      sold: true,
      autologin: true,
      inactivity: true,
      printedColor: 4,
      printedBw: 9,
      customer: { firstname: "Alice", email: "alice@example.com" },
      card: { ccnumber: "4111111111111111" },
    });
  });

  it("fails for an unknown account, and for a bad value without changing anything", async () => {
    expect(description((await t.call("updateaccount", { account: "ghost", timeleft: 1 })).doc)).toBe(
      "ERROR: account does not exist",
    );
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    const r = await t.call("updateaccount", { account: "alice", timeleft: 5, expiredate: "20261332" });
    expect(description(r.doc)).toBe("ERROR: invalid parameter expiredate");
    expect(t.emu.state.account("alice")?.timeLeftMs).toBe(3_600_000);
  });
});

describe("refillaccount", () => {
  it("adds the plan's time, overwrites rates and expiry, and generates a missing account", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    t.emu.clock.advance(3_600_000);
    const r = await t.call("refillaccount", { account: "alice", priceplan: 3 });
    expect(one(r.doc, "Accounts/Account/TimeLeft")).toBe(String(3600 + 604_800));
    expect(one(r.doc, "Accounts/Account/Download")).toBe("524288");
    expect(one(r.doc, "Accounts/Account/GroupPlanID")).toBe("3");
    expect(one(r.doc, "Accounts/Account/Expire")).toBe("2026-12-06 09:00:00");
    const created = await t.call("refillaccount", { account: "newbie", groupplan: 2 });
    expect(one(created.doc, "Accounts/Account/Username")).toBe("newbie");
    expect(one(created.doc, "Accounts/Account/TimeLeft")).toBe("86400");
  });

  it("makes time unlimited with an unlimited plan", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    const r = await t.call("refillaccount", { account: "alice", priceplan: 4 });
    expect(one(r.doc, "Accounts/Account/UnlimitedTime")).toBe("True");
  });

  it("fails without a plan or with an unknown one", async () => {
    expect(description((await t.call("refillaccount", { account: "alice" })).doc)).toBe("ERROR: missing parameter priceplan");
    expect(description((await t.call("refillaccount", { account: "alice", priceplan: 42 })).doc)).toBe(
      "ERROR: price plan does not exist",
    );
    expect(t.emu.state.accounts()).toEqual([]);
  });
});

describe("viewaccount", () => {
  it("adds EnableExpire before Expire and the live fields at the end", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    const r = await t.call("viewaccount", { account: "alice" });
    const order = elementOrder(r.text);
    expect(order.slice(0, 10)).toEqual(ACCOUNT_ORDER.slice(0, 10));
    expect(order[10]).toBe("EnableExpire");
    expect(order.slice(11, 23)).toEqual(ACCOUNT_ORDER.slice(10));
    expect(order.slice(23)).toEqual(["Loggedin", "DailyQuotaLeft", "FirstUsed", "LastUsed"]);
    expect(one(r.doc, "Accounts/Account/Loggedin")).toBe("0");
    expect(one(r.doc, "Accounts/Account/FirstUsed")).toBe("");
  });

  it("fails for an unknown account and for a missing name", async () => {
    expect(description((await t.call("viewaccount", { account: "ghost" })).doc)).toBe("ERROR: account does not exist");
    expect(description((await t.call("viewaccount")).doc)).toBe("ERROR: missing parameter account");
  });
});

describe("deleteaccount", () => {
  it("deletes an account", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    expect(description((await t.call("deleteaccount", { account: "alice" })).doc)).toBe("SUCCESS");
    expect(select((await t.call("getaccountlist")).doc, "Accounts/Account/Username")).toEqual([]);
  });

  it("fails for an unknown account", async () => {
    expect(description((await t.call("deleteaccount", { account: "ghost" })).doc)).toBe("ERROR: account does not exist");
  });
});

describe("getpriceplans", () => {
  it("lists the default plans 1-3 and more", async () => {
    const r = await t.call("getpriceplans");
    expect(select(r.doc, "PricePlans/PricePlan/ID").slice(0, 3)).toEqual(["1", "2", "3"]);
    expect(select(r.doc, "PricePlans/PricePlan/Description").slice(0, 3)).toEqual(["1 Hour", "1 Day", "1 Week"]);
    expect(select(r.doc, "PricePlans/PricePlan/Time").slice(0, 3)).toEqual(["3600", "86400", "604800"]);
    expect(select(r.doc, "PricePlans/PricePlan/TimeHHMM")[0]).toBe("01:00");
  });

  it("fails with a wrong passphrase", async () => {
    const r = await t.call("getpriceplans", { pass: "nope" });
    expect(description(r.doc)).toBe("ERROR: invalid passphrase");
    expect(select(r.doc, "PricePlans/PricePlan/ID")).toEqual([]);
  });
});

describe("getstatistics", () => {
  it("reports sessions, time, creations and sales per day", async () => {
    await t.call("generateaccounts", { account: "a", number: 3, priceplan: 1, sell: 1 });
    await t.call("loginaccount", { account: "a1", ip: "10.0.0.1" });
    t.emu.clock.advance(600_000);
    const r = await t.call("getstatistics", { from: "20261128", to: "20261129" });
    expect(select(r.doc, "Statistics/Day/Date")).toEqual(["2026-11-28", "2026-11-29"]);
    expect(select(r.doc, "Statistics/Day/Sessions")).toEqual(["0", "1"]);
    expect(select(r.doc, "Statistics/Day/TimeUsed")).toEqual(["0", "600"]);
    expect(select(r.doc, "Statistics/Day/AccountsCreated")).toEqual(["0", "3"]);
    expect(select(r.doc, "Statistics/Day/Sales")).toEqual(["0", "6"]);
  });

  it("fails for a bad date or a reversed range", async () => {
    expect(description((await t.call("getstatistics", { from: "2026-11-01" })).doc)).toBe("ERROR: invalid parameter from");
    expect(description((await t.call("getstatistics", { from: "20261130", to: "20261101" })).doc)).toMatch(
      /^ERROR: invalid parameter from/,
    );
  });
});

describe("getaccountlog", () => {
  it("lists sessions with ip, mac, start, stop and duration", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    await t.call("loginaccount", { account: "alice", ip: "10.0.0.7", mac: "aa:bb:cc:dd:ee:01" });
    t.emu.clock.advance(90_000);
    await t.call("logoutaccount", { account: "alice" });
    const r = await t.call("getaccountlog", { account: "alice", from: "20261129", to: "20261129" });
    expect(select(r.doc, "Sessions/Session/IP")).toEqual(["10.0.0.7"]);
    expect(select(r.doc, "Sessions/Session/MAC")).toEqual(["AA:BB:CC:DD:EE:01"]);
    expect(select(r.doc, "Sessions/Session/Start")).toEqual(["2026-11-29 08:00:00"]);
    expect(select(r.doc, "Sessions/Session/Stop")).toEqual(["2026-11-29 08:01:30"]);
    expect(select(r.doc, "Sessions/Session/Duration")).toEqual(["90"]);
    const before = await t.call("getaccountlog", { account: "alice", to: "20261128" });
    expect(select(before.doc, "Sessions/Session/IP")).toEqual([]);
  });

  it("fails for an unknown account", async () => {
    expect(description((await t.call("getaccountlog", { account: "ghost" })).doc)).toBe("ERROR: account does not exist");
  });
});

describe("getaccountlist", () => {
  it("returns Username only by default, in creation order", async () => {
    await t.call("generateaccounts", { account: "NEW", number: 3, priceplan: 1, startnumber: 21 });
    const r = await t.call("getaccountlist");
    expect(select(r.doc, "Accounts/Account/Username")).toEqual(["NEW21", "NEW22", "NEW23"]);
    expect(select(r.doc, "Accounts/Account/TimeLeft")).toEqual([]);
  });

  it("returns full records with listFields 'full'", async () => {
    const full = await startTestServer({ listFields: "full" });
    try {
      await full.call("generateaccounts", { account: "alice", priceplan: 2 });
      const r = await full.call("getaccountlist");
      expect(select(r.doc, "Accounts/Account/TimeLeft")).toEqual(["86400"]);
      expect(select(r.doc, "Accounts/Account/Loggedin")).toEqual(["0"]);
    } finally {
      await full.emu.stop();
    }
  });

  it("fails without the passphrase", async () => {
    const r = await t.get("/getaccountlist");
    expect(description(r.doc)).toBe("ERROR: invalid passphrase");
  });
});

describe("loginaccount", () => {
  it("logs an account in (Loggedin 1, FirstUsed set)", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    expect(description((await t.call("loginaccount", { account: "alice", ip: "10.0.0.2" })).doc)).toBe("SUCCESS");
    const v = await t.call("viewaccount", { account: "alice" });
    expect(one(v.doc, "Accounts/Account/Loggedin")).toBe("1");
    expect(one(v.doc, "Accounts/Account/FirstUsed")).toBe("2026-11-29 08:00:00");
  });

  it("refuses unknown, expired, exhausted and already-logged-in accounts", async () => {
    expect(description((await t.call("loginaccount", { account: "ghost" })).doc)).toBe("ERROR: account does not exist");
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    await t.call("loginaccount", { account: "alice", mac: "00:11:22:33:44:55" });
    expect(description((await t.call("loginaccount", { account: "alice", mac: "00:11:22:33:44:66" })).doc)).toBe(
      "ERROR: account is already logged in",
    );
    await t.call("generateaccounts", { account: "empty", timeleft: 0 });
    expect(description((await t.call("loginaccount", { account: "empty" })).doc)).toBe("ERROR: no time left");
    await t.call("generateaccounts", { account: "old", priceplan: 1 });
    await t.call("updateaccount", { account: "old", expiredate: "20261128" });
    expect(description((await t.call("loginaccount", { account: "old" })).doc)).toBe("ERROR: account has expired");
    expect(description((await t.call("loginaccount", { account: "alice", ip: "300.1.1.1" })).doc)).toBe(
      "ERROR: invalid parameter ip",
    );
  });

  it("allows as many devices as multilogins when multilogin is on", async () => {
    await t.call("generateaccounts", { account: "fam", priceplan: 1 });
    await t.call("updateaccount", { account: "fam", multilogin: 1, multilogins: 2 });
    expect(description((await t.call("loginaccount", { account: "fam", mac: "00:00:00:00:00:01" })).doc)).toBe("SUCCESS");
    expect(description((await t.call("loginaccount", { account: "fam", mac: "00:00:00:00:00:02" })).doc)).toBe("SUCCESS");
    expect(description((await t.call("loginaccount", { account: "fam", mac: "00:00:00:00:00:03" })).doc)).toBe(
      "ERROR: too many simultaneous logins",
    );
    // The same device again is not a new login.
    expect(description((await t.call("loginaccount", { account: "fam", mac: "00:00:00:00:00:02" })).doc)).toBe("SUCCESS");
    expect(t.emu.state.openSessions()).toHaveLength(2);
  });
});

describe("logoutaccount", () => {
  it("logs out by account, by ip or by mac", async () => {
    await t.call("generateaccounts", { account: "u", number: 3, priceplan: 1 });
    await t.call("loginaccount", { account: "u1", ip: "10.0.0.1" });
    await t.call("loginaccount", { account: "u2", mac: "aa:aa:aa:aa:aa:02" });
    await t.call("loginaccount", { account: "u3", ip: "10.0.0.3" });
    expect(description((await t.call("logoutaccount", { ip: "10.0.0.1" })).doc)).toBe("SUCCESS");
    expect(description((await t.call("logoutaccount", { mac: "AA-AA-AA-AA-AA-02" })).doc)).toBe("SUCCESS");
    expect(description((await t.call("logoutaccount", { account: "u3" })).doc)).toBe("SUCCESS");
    const list = await Promise.all(["u1", "u2", "u3"].map((a) => t.call("viewaccount", { account: a })));
    expect(list.map((r) => one(r.doc, "Accounts/Account/Loggedin"))).toEqual(["0", "0", "0"]);
  });

  it("fails when nothing matches or nothing identifies the session", async () => {
    expect(description((await t.call("logoutaccount")).doc)).toBe("ERROR: missing parameter account, ip or mac");
    expect(description((await t.call("logoutaccount", { account: "ghost" })).doc)).toBe("ERROR: account does not exist");
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    expect(description((await t.call("logoutaccount", { account: "alice" })).doc)).toBe("ERROR: account is not logged in");
  });
});

describe("getaccountsummary", () => {
  it("sums sessions, time and traffic", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    await t.call("loginaccount", { account: "alice" });
    t.emu.clock.advance(60_000);
    t.emu.addTraffic("alice", 5000, 1000);
    await t.call("logoutaccount", { account: "alice" });
    await t.call("loginaccount", { account: "alice" });
    t.emu.clock.advance(30_000);
    const r = await t.call("getaccountsummary", { account: "alice" });
    expect(one(r.doc, "Summary/Username")).toBe("alice");
    expect(one(r.doc, "Summary/Sessions")).toBe("2");
    expect(one(r.doc, "Summary/TimeUsed")).toBe("90");
    expect(one(r.doc, "Summary/Download")).toBe("5000");
    expect(one(r.doc, "Summary/Upload")).toBe("1000");
    expect(one(r.doc, "Summary/FirstUsed")).toBe("2026-11-29 08:00:00");
    expect(one(r.doc, "Summary/LastUsed")).toBe("2026-11-29 08:01:30");
  });

  it("fails for an unknown account and a bad date", async () => {
    expect(description((await t.call("getaccountsummary", { account: "ghost" })).doc)).toBe("ERROR: account does not exist");
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    expect(description((await t.call("getaccountsummary", { account: "alice", to: "yesterday" })).doc)).toBe(
      "ERROR: invalid parameter to",
    );
  });
});
