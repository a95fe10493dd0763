// Login details: parameters applied at login, daily limits, postpaid accounts, methods.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { description, one, PASS, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

describe("loginaccount details", () => {
  it("applies time, quota and rate parameters as part of the login", async () => {
    await t.call("generateaccounts", { account: "a", timeleft: 0 });
    const r = await t.call("loginaccount", { account: "a", time: 120, quota: 5000, unlquota: 0, download: 1000, expire: 2 });
    expect(description(r.doc)).toBe("SUCCESS");
    const v = await t.call("viewaccount", { account: "a" });
    expect(one(v.doc, "Accounts/Account/TimeLeft")).toBe("120");
    expect(one(v.doc, "Accounts/Account/Quota")).toBe("5000");
    expect(one(v.doc, "Accounts/Account/Download")).toBe("1000");
    expect(one(v.doc, "Accounts/Account/Expire")).toBe("2026-12-01 08:00:00");
  });

  it("a refused login changes nothing, not even the parameters it carried", async () => {
    await t.call("generateaccounts", { account: "a", timeleft: 0 });
    expect(description((await t.call("loginaccount", { account: "a", download: 5, expire: 0 })).doc)).toBe("ERROR: no time left");
    expect(t.emu.state.account("a")).toMatchObject({ download: 0, firstUsed: null });
  });

  it("enforces daily logins from the plan and resets them at midnight", async () => {
    const daily = await startTestServer({ plans: [{ id: 1, description: "Two a day", time: 36_000, dailyLogins: 2 }] });
    try {
      await daily.call("generateaccounts", { account: "b", priceplan: 1 });
      for (const mac of ["00:00:00:00:00:01", "00:00:00:00:00:02"]) {
        expect(description((await daily.call("loginaccount", { account: "b", mac })).doc)).toBe("SUCCESS");
        await daily.call("logoutaccount", { account: "b" });
      }
      expect(description((await daily.call("loginaccount", { account: "b" })).doc)).toBe("ERROR: daily login limit reached");
      daily.emu.clock.set(new Date("2026-11-30T00:00:01Z"));
      expect(description((await daily.call("loginaccount", { account: "b" })).doc)).toBe("SUCCESS");
    } finally {
      await daily.emu.stop();
    }
  });

  it("a device logging in under another account leaves the first one", async () => {
    await t.call("generateaccounts", { account: "u", number: 2, priceplan: 1 });
    await t.call("loginaccount", { account: "u1", mac: "00:00:00:00:00:09" });
    await t.call("loginaccount", { account: "u2", mac: "00-00-00-00-00-09" });
    expect(t.emu.state.openSessions().map((s) => s.username)).toEqual(["u2"]);
    expect(t.emu.state.sessions("u1")[0]?.endReason).toBe("replaced");
  });

  it("postpaid accounts count usage up without running out", async () => {
    await t.call("generateaccounts", { account: "post", type: 1, timeleft: 0, quota: 0, unlquota: 0 });
    expect(description((await t.call("loginaccount", { account: "post" })).doc)).toBe("SUCCESS");
    t.emu.clock.advance(2 * 3_600_000);
    t.emu.addTraffic("post", 10_000, 0);
    const v = await t.call("viewaccount", { account: "post" });
    expect(one(v.doc, "Accounts/Account/TimeUsed")).toBe("7200");
    expect(one(v.doc, "Accounts/Account/Loggedin")).toBe("1");
  });

  it("daily time and quota left can be set by updateaccount and show in DailyQuotaLeft", async () => {
    await t.call("generateaccounts", { account: "a", priceplan: 1 });
    await t.call("updateaccount", {
      account: "a",
      enabledailyquota: 1,
      dailyquota: 1000,
      dailyquotaleft: 400,
      enabledailytime: 1,
      dailytime: 600,
      dailytimeleft: 60,
    });
    const v = await t.call("viewaccount", { account: "a" });
    expect(one(v.doc, "Accounts/Account/DailyQuotaLeft")).toBe("400");
    expect(one(v.doc, "Accounts/Account/EnableDailyTime")).toBe("True");
    await t.call("loginaccount", { account: "a" });
    t.emu.clock.advance(5 * 60_000);
    expect(t.emu.state.openSessions()).toEqual([]);
    expect(t.emu.state.sessions("a")[0]).toMatchObject({ durationMs: 60_000, endReason: "daily-time" });
  });

  it("money takes moneyinc and moneydec, and may go negative", async () => {
    await t.call("generateaccounts", { account: "m", priceplan: 1 });
    await t.call("updateaccount", { account: "m", money: "1.00", moneydec: "2.50" });
    expect(t.emu.state.account("m")?.moneyCents).toBe(-150);
    expect(description((await t.call("updateaccount", { account: "m", money: "1,5" })).doc)).toBe("ERROR: invalid parameter money");
  });
});

describe("methods", () => {
  it("refuses anything but GET without touching state", async () => {
    for (const method of ["POST", "HEAD", "PUT", "DELETE"]) {
      const res = await fetch(`${t.emu.url}/generateaccounts?pass=${encodeURIComponent(PASS)}&account=${method}`, { method });
      expect(res.status).toBe(200);
      if (method !== "HEAD") expect(await res.text()).toContain("ERROR: unsupported method");
    }
    expect(t.emu.state.accounts()).toEqual([]);
  });
});
