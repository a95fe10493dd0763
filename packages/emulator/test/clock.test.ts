// Time passes through the injectable clock: logged-in accounts consume TimeLeft, grow TimeUsed,
// and are logged out when time, validity, daily time or quota run out.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { description, one, select, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

const view = async (account: string): Promise<Record<string, string | undefined>> => {
  const r = await t.call("viewaccount", { account });
  const f = (n: string): string | undefined => one(r.doc, `Accounts/Account/${n}`);
  return {
    timeLeft: f("TimeLeft"),
    timeUsed: f("TimeUsed"),
    loggedIn: f("Loggedin"),
    firstUsed: f("FirstUsed"),
    lastUsed: f("LastUsed"),
    quota: f("Quota"),
  };
};

describe("clock", () => {
  it("a logged-in account consumes TimeLeft and grows TimeUsed; a logged-out one does not", async () => {
    await t.call("generateaccounts", { account: "a", number: 2, priceplan: 1 });
    await t.call("loginaccount", { account: "a1", ip: "10.0.0.1" });
    t.emu.clock.advance(25 * 60_000);
    expect(await view("a1")).toMatchObject({ timeLeft: "2100", timeUsed: "1500", loggedIn: "1" });
    expect(await view("a2")).toMatchObject({ timeLeft: "3600", timeUsed: "0", loggedIn: "0", firstUsed: "" });
    await t.call("logoutaccount", { account: "a1" });
    t.emu.clock.advance(60 * 60_000);
    expect(await view("a1")).toMatchObject({
      timeLeft: "2100",
      timeUsed: "1500",
      loggedIn: "0",
      firstUsed: "2026-11-29 08:00:00",
      lastUsed: "2026-11-29 08:25:00",
    });
  });

  it("logs the account out when its time runs out, at that exact moment", async () => {
    await t.call("generateaccounts", { account: "short", timeleft: 90 });
    await t.call("loginaccount", { account: "short" });
    t.emu.clock.advance(10 * 60_000);
    expect(await view("short")).toMatchObject({ timeLeft: "0", timeUsed: "90", loggedIn: "0", lastUsed: "2026-11-29 08:01:30" });
    const log = await t.call("getaccountlog", { account: "short" });
    expect(select(log.doc, "Sessions/Session/Stop")).toEqual(["2026-11-29 08:01:30"]);
    expect(description((await t.call("loginaccount", { account: "short" })).doc)).toBe("ERROR: no time left");
    expect(t.emu.state.sessions("short")[0]?.endReason).toBe("time-exhausted");
  });

  it("an unlimited account keeps its time and still counts TimeUsed", async () => {
    await t.call("generateaccounts", { account: "vip", priceplan: 4 });
    await t.call("loginaccount", { account: "vip" });
    t.emu.clock.advance(5 * 3_600_000);
    expect(await view("vip")).toMatchObject({ timeUsed: "18000", loggedIn: "1" });
  });

  it("ends a session at expiry and refuses new logins after it", async () => {
    await t.call("generateaccounts", { account: "day", priceplan: 4, expire: 1 });
    await t.call("loginaccount", { account: "day" });
    t.emu.clock.advance(30 * 3_600_000);
    expect(await view("day")).toMatchObject({ timeUsed: "86400", loggedIn: "0", lastUsed: "2026-11-30 08:00:00" });
    expect(description((await t.call("loginaccount", { account: "day" })).doc)).toBe("ERROR: account has expired");
  });

  it("applies the daily time limit and resets it the next day", async () => {
    await t.call("generateaccounts", { account: "d", priceplan: 5 });
    await t.call("loginaccount", { account: "d" });
    t.emu.clock.advance(3 * 3_600_000);
    expect(await view("d")).toMatchObject({ timeUsed: "7200", loggedIn: "0" });
    expect(description((await t.call("loginaccount", { account: "d" })).doc)).toBe("ERROR: daily time limit reached");
    t.emu.clock.set(new Date("2026-11-30T07:00:00Z"));
    expect(description((await t.call("loginaccount", { account: "d" })).doc)).toBe("SUCCESS");
  });

  it("splits a session across midnight in the daily statistics", async () => {
    t.emu.clock.set(new Date("2026-11-29T23:30:00Z"));
    await t.call("generateaccounts", { account: "night", priceplan: 4 });
    await t.call("loginaccount", { account: "night" });
    t.emu.clock.advance(3_600_000);
    const r = await t.call("getstatistics", { from: "20261129", to: "20261130" });
    expect(select(r.doc, "Statistics/Day/TimeUsed")).toEqual(["1800", "1800"]);
    expect(select(r.doc, "Statistics/Day/Sessions")).toEqual(["1", "0"]);
  });

  it("counts traffic against the quota and logs out when it is used up", async () => {
    await t.call("generateaccounts", { account: "q", priceplan: 1, quota: 1000, unlquota: 0 });
    await t.call("loginaccount", { account: "q" });
    t.emu.addTraffic("q", 400, 100);
    expect(await view("q")).toMatchObject({ quota: "500", loggedIn: "1" });
    t.emu.addTraffic("q", 600, 0);
    expect(await view("q")).toMatchObject({ quota: "0", loggedIn: "0" });
    expect(description((await t.call("loginaccount", { account: "q" })).doc)).toBe("ERROR: no quota left");
  });

  it("a clock set backwards consumes nothing, and consumption resumes from there", async () => {
    await t.call("generateaccounts", { account: "b", priceplan: 1 });
    await t.call("loginaccount", { account: "b" });
    t.emu.clock.advance(600_000);
    t.emu.clock.advance(-3_600_000);
    expect(await view("b")).toMatchObject({ timeLeft: "3000", timeUsed: "600" });
    t.emu.clock.advance(60_000);
    expect(await view("b")).toMatchObject({ timeLeft: "2940", timeUsed: "660" });
  });

  it("sells a not-sold account on first use", async () => {
    await t.call("generateaccounts", { account: "s", priceplan: 3, sell: 0 });
    expect(t.emu.state.account("s")?.sold).toBe(false);
    await t.call("loginaccount", { account: "s" });
    expect(t.emu.state.account("s")?.sold).toBe(true);
    const r = await t.call("getstatistics", { from: "20261129", to: "20261129" });
    expect(select(r.doc, "Statistics/Day/Sales")).toEqual(["20"]);
  });
});
