// The admin API under /_emulator/, used by tests that run the emulator as a separate process.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emulatorAdmin, type RequestLogEntry, type StateSnapshot } from "../src/index.js";
import { one, PASS, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

type AdminJson = Partial<StateSnapshot> & { entries?: RequestLogEntry[]; now?: string; error?: string };

const admin = async (method: string, path: string, body?: string): Promise<{ status: number; json: AdminJson }> => {
  const sep = path.includes("?") ? "&" : "?";
  const res = await fetch(`${t.emu.url}/_emulator/${path}${sep}pass=${encodeURIComponent(PASS)}`, {
    method,
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status, json: (await res.json()) as AdminJson };
};

describe("admin API", () => {
  it("needs the passphrase (except health)", async () => {
    expect((await fetch(`${t.emu.url}/_emulator/health`)).status).toBe(200);
    for (const path of ["log", "state", "clock", "faults"]) {
      const res = await fetch(`${t.emu.url}/_emulator/${path}?pass=wrong`);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: "invalid passphrase" });
    }
    const viaHeader = await fetch(`${t.emu.url}/_emulator/log`, { headers: { "x-emulator-pass": PASS } });
    expect(viaHeader.status).toBe(200);
  });

  it("reads and clears the request log", async () => {
    await t.call("generateaccounts", { account: "a", number: 2, priceplan: 1 });
    await t.call("viewaccount", { account: "ghost" });
    const { json } = await admin("GET", "log");
    const entries = json.entries ?? [];
    expect(entries.map((e) => [e.command, e.outcome, e.result])).toEqual([
      ["generateaccounts", "success", "2 accounts"],
      ["viewaccount", "error", "ERROR: account does not exist"],
    ]);
    expect(entries[0]?.params).toEqual({ pass: "***", account: "a", number: "2", priceplan: "1" });
    expect(entries[0]?.committed).toBe(true);
    const since = await admin("GET", `log?since=${entries[0]?.seq}`);
    expect(since.json.entries).toHaveLength(1);
    await admin("POST", "log/clear");
    expect((await admin("GET", "log")).json.entries).toEqual([]);
  });

  it("moves the clock, and logged-in accounts consume time", async () => {
    await t.call("generateaccounts", { account: "a", priceplan: 1 });
    await t.call("loginaccount", { account: "a" });
    const adv = await admin("POST", "clock?advance=600");
    expect(adv.json.now).toBe("2026-11-29 08:10:00");
    expect(one((await t.call("viewaccount", { account: "a" })).doc, "Accounts/Account/TimeLeft")).toBe("3000");
    const set = await admin("POST", `clock?set=${encodeURIComponent("2026-11-29 08:20:00")}`);
    expect(set.json.now).toBe("2026-11-29 08:20:00");
    expect(one((await t.call("viewaccount", { account: "a" })).doc, "Accounts/Account/TimeLeft")).toBe("2400");
    expect((await admin("POST", "clock?set=yesterday")).status).toBe(400);
    expect((await admin("POST", "clock")).status).toBe(400);
  });

  it("returns the full state, write-only fields included", async () => {
    await t.call("generateaccounts", { account: "a", priceplan: 1 });
    await t.call("updateaccount", { account: "a", autologin: 1, email: "a@example.com", money: "3.00" });
    const { json } = await admin("GET", "state");
    expect(json.version).toBe(1);
    expect(json.accounts?.[0]).toMatchObject({ username: "a", autologin: true, moneyCents: 300, customer: { email: "a@example.com" } });
  });

  it("injects traffic and resets everything", async () => {
    await t.call("generateaccounts", { account: "a", priceplan: 2 });
    await t.call("loginaccount", { account: "a" });
    expect((await admin("POST", "traffic?account=a&download=1048576&upload=1024")).status).toBe(200);
    expect(one((await t.call("viewaccount", { account: "a" })).doc, "Accounts/Account/Quota")).toBe(String(2 * 1024 ** 3 - 1048576 - 1024));
    expect((await admin("POST", "traffic?account=ghost&download=1")).status).toBe(409);
    await admin("POST", "reset");
    expect(t.emu.state.accounts()).toEqual([]);
  });

  it("answers unknown admin routes with 404", async () => {
    expect((await admin("GET", "nope")).status).toBe(404);
  });

  it("is wrapped by emulatorAdmin for tests that run the emulator in another process", async () => {
    const remote = emulatorAdmin(`${t.emu.url}/`, PASS);
    await t.call("generateaccounts", { account: "a", priceplan: 1 });
    await t.call("loginaccount", { account: "a" });
    expect(await remote.now()).toBe("2026-11-29 08:00:00");
    expect(await remote.advance(60)).toBe("2026-11-29 08:01:00");
    expect(await remote.setClock(new Date("2026-11-29T08:02:00Z"))).toBe("2026-11-29 08:02:00");
    await remote.addTraffic("a", 10, 20);
    expect((await remote.state()).accounts[0]).toMatchObject({ timeUsedMs: 120_000, trafficDownload: 10, trafficUpload: 20 });
    expect((await remote.requestLog()).map((e) => e.command)).toEqual(["generateaccounts", "loginaccount"]);
    await remote.clearLog();
    expect(await remote.requestLog()).toEqual([]);
    await remote.setFaults({ seed: 1, http500: 1 });
    expect((await t.call("getpriceplans")).status).toBe(500);
    await remote.setFaults(undefined);
    expect((await t.call("getpriceplans")).status).toBe(200);
    await remote.reset();
    expect((await remote.state()).accounts).toEqual([]);
    await expect(emulatorAdmin(t.emu.url, "wrong").state()).rejects.toThrow(/HTTP 403: invalid passphrase/);
  });
});
