// The core wire client against the emulator over real HTTP: every one of the 12 commands succeeds
// and fails as a user of the client sees it, faults included. (Lives here, not in core: core must
// not depend on the emulator, which depends on core.)
import {
  AccountType,
  HotSpotClient,
  HotSpotError,
  isAmbiguous,
  isNotFound,
  wallClock,
} from "@hotspot-iac/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/index.js";

const PASS = "s3cr3t-PASS-xyz";
const START = wallClock(2026, 11, 29, 8, 0, 0);
const HOUR = 3_600_000;

let emu: Emulator;
let client: HotSpotClient;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, passphrase: PASS, clock: START });
  client = new HotSpotClient({ url: emu.url, passphrase: PASS, retryDelayMs: 1 });
});
afterAll(async () => {
  await client.close();
  await emu.stop();
});
beforeEach(async () => {
  emu.setFaults(undefined);
  await emu.reset();
  emu.clock.set(START);
  emu.clearLog();
});

async function failure(p: Promise<unknown>): Promise<HotSpotError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HotSpotError);
  const e = err as HotSpotError;
  // whatever went wrong, the passphrase stays out of it
  for (const surface of [e.message, e.stack ?? "", e.url, JSON.stringify(e)]) expect(surface).not.toContain(PASS);
  return e;
}

const refused = async (p: Promise<unknown>, description: RegExp): Promise<HotSpotError> => {
  const e = await failure(p);
  expect(e.kind).toBe("server");
  expect(e.description).toMatch(description);
  return e;
};

describe("client ↔ emulator, each command", () => {
  it("generateaccounts: numbered accounts from a prefix; a name taken is refused", async () => {
    const made = await client.generateAccounts({
      account: "NEW",
      count: 3,
      startNumber: 21,
      pricePlanId: 1,
      type: AccountType.Prepaid,
      passwordLength: 6,
    });
    expect(made.map((a) => a.username)).toEqual(["NEW21", "NEW22", "NEW23"]);
    for (const a of made) {
      expect(a.password).toMatch(/^.{6}$/);
      expect(a.pricePlanId).toBe(1);
      expect(a.timeLeft).toBe(3600);
    }
    const ticket = await client.generateAccounts({ account: "AFD75023-", type: AccountType.Ticket, length: 15, pricePlanId: 2 });
    expect(ticket[0]?.username).toMatch(/^AFD75023-.{6}$/);
    expect(ticket[0]?.password).toBe("");

    await refused(client.generateAccounts({ account: "NEW22" }), /already exists/);
    await refused(client.generateAccounts({ account: "X", count: 100_000_000 }), /number/);
    expect(emu.state.accounts()).toHaveLength(4);
  });

  it("updateaccount: readable and write-only fields arrive; an unknown account is not found", async () => {
    await client.generateAccounts({ account: "Zoë Łódź & co", pricePlanId: 1 });
    await client.updateAccount("Zoë Łódź & co", {
      timeLeft: 7200,
      unlimitedQuota: true,
      enableExpire: true,
      expireDateTime: wallClock(2026, 12, 31, 23, 30),
      enableDailyTime: true,
      dailyTime: 1800,
      download: 262144,
      type: AccountType.Postpaid,
      sell: true,
      multiLogin: true,
      multiLogins: 2,
      money: 12.5,
      firstName: "Zoë",
      email: "z@example.org",
    });
    const a = await client.viewAccount("Zoë Łódź & co");
    expect(a).toMatchObject({
      username: "Zoë Łódź & co",
      timeLeft: 7200,
      unlimitedQuota: true,
      enableExpire: true,
      expire: wallClock(2026, 12, 31, 23, 30, 0),
      enableDailyTime: true,
      dailyTime: 1800,
      download: 262144,
    });
    const stored = emu.state.account("Zoë Łódź & co");
    expect(stored).toMatchObject({ type: 1, multilogin: true, multilogins: 2, moneyCents: 1250 });
    expect(stored?.customer).toMatchObject({ firstname: "Zoë", email: "z@example.org" });

    const e = await refused(client.updateAccount("ghost", { timeLeft: 1 }), /does not exist/);
    expect(isNotFound(e)).toBe(true);
    expect(e.mayHaveCommitted).toBe(false);
  });

  it("refillaccount: adds the plan's time; creates a missing account; an unknown plan is refused", async () => {
    await client.generateAccounts({ account: "alice", pricePlanId: 1 });
    const refilled = await client.refillAccount("alice", 1);
    expect(refilled.username).toBe("alice");
    expect(refilled.timeLeft).toBe(7200);
    const created = await client.refillAccount("newbie", 2);
    expect(created.username).toBe("newbie");
    expect((await client.viewAccount("newbie")).pricePlanId).toBe(2);
    await refused(client.refillAccount("alice", 999), /price plan/);
  });

  it("viewaccount: the full record; a missing account is not found", async () => {
    await client.generateAccounts({ account: "00123", pricePlanId: 1 });
    const a = await client.viewAccount("00123");
    expect(a.username).toBe("00123");
    expect(a.loggedIn).toBe(false);
    expect(a.enableExpire).toBeTypeOf("boolean");
    expect(isNotFound(await failure(client.viewAccount("123")))).toBe(true);
  });

  it("deleteaccount: gone afterwards; deleting again is not found", async () => {
    await client.generateAccounts({ account: "a b+c#d%e=f", pricePlanId: 1 });
    await client.deleteAccount("a b+c#d%e=f");
    expect(emu.state.account("a b+c#d%e=f")).toBeUndefined();
    expect(isNotFound(await failure(client.viewAccount("a b+c#d%e=f")))).toBe(true);
    expect(isNotFound(await failure(client.deleteAccount("a b+c#d%e=f")))).toBe(true);
  });

  it("getpriceplans: the default plans; a wrong passphrase is refused", async () => {
    const plans = await client.getPricePlans();
    expect(plans.slice(0, 3).map((p) => [p.id, p.description])).toEqual([
      [1, "1 Hour"],
      [2, "1 Day"],
      [3, "1 Week"],
    ]);
    expect(plans[0]).toMatchObject({ time: 3600, enabled: true });
    const wrong = new HotSpotClient({ url: emu.url, passphrase: "not-it" });
    try {
      await refused(wrong.getPricePlans(), /passphrase/);
    } finally {
      await wrong.close();
    }
  });

  it("loginaccount, logoutaccount, getaccountlog, getaccountsummary, getstatistics: a session's life", async () => {
    await client.generateAccounts({ account: "bob", pricePlanId: 1 });
    await client.loginAccount({ account: "bob", ip: "10.0.0.5", mac: "AA:BB:CC:DD:EE:01" });
    expect((await client.viewAccount("bob")).loggedIn).toBe(true);
    // a second device while multilogin is off
    await refused(client.loginAccount({ account: "bob", ip: "10.0.0.6", mac: "AA:BB:CC:DD:EE:02" }), /logged in/);

    emu.clock.advance(HOUR / 4);
    await client.logoutAccount({ mac: "AA:BB:CC:DD:EE:01" });
    const after = await client.viewAccount("bob");
    expect(after.loggedIn).toBe(false);
    expect(after.timeUsed).toBe(900);
    expect(after.timeLeft).toBe(2700);
    await refused(client.logoutAccount({ account: "bob" }), /not logged in/);

    const log = await client.getAccountLog("bob");
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      username: "bob",
      ip: "10.0.0.5",
      mac: "AA:BB:CC:DD:EE:01",
      start: START,
      stop: wallClock(2026, 11, 29, 8, 15, 0),
      duration: 900,
    });
    expect(await client.getAccountLog("bob", { from: wallClock(2026, 11, 30) })).toEqual([]);

    const summary = await client.getAccountSummary("bob");
    expect(summary).toMatchObject({ username: "bob", sessions: 1, timeUsed: 900, firstUsed: START });

    const days = await client.getStatistics(wallClock(2026, 11, 29), wallClock(2026, 11, 30));
    expect(days.map((d) => d.date)).toEqual(["2026-11-29", "2026-11-30"]);
    expect(days[0]).toMatchObject({ sessions: 1, timeUsed: 900, accountsCreated: 1 });
    expect(days[1]).toMatchObject({ sessions: 0, accountsCreated: 0 });
  });

  it("loginaccount, logoutaccount, getaccountlog, getaccountsummary, getstatistics: refusals", async () => {
    expect(isNotFound(await failure(client.loginAccount({ account: "ghost", ip: "10.0.0.9" })))).toBe(true);
    expect(isNotFound(await failure(client.logoutAccount({ account: "ghost" })))).toBe(true);
    expect(isNotFound(await failure(client.getAccountLog("ghost")))).toBe(true);
    expect(isNotFound(await failure(client.getAccountSummary("ghost")))).toBe(true);
    await refused(client.getStatistics(wallClock(2026, 12, 2), wallClock(2026, 12, 1)), /after/);
    await client.generateAccounts({ account: "spent", pricePlanId: 1 });
    await client.updateAccount("spent", { timeLeft: 0 });
    await refused(client.loginAccount({ account: "spent", ip: "10.0.0.7" }), /no time left/);
  });

  it("getaccountlist: usernames of every account, awkward names intact", async () => {
    const names = ["plain", "Zoë Łódź", "a&b=c", "x+y", "#hash", "100%", " spaced "];
    for (const name of names) await client.generateAccounts({ account: name, pricePlanId: 1 });
    const list = await client.getAccountList();
    expect(list.map((a) => a.username).sort()).toEqual([...names].sort());
    await emu.reset();
    expect(await client.getAccountList()).toEqual([]);
  });

  it("a wrong passphrase is refused by every command and changes nothing", async () => {
    await client.generateAccounts({ account: "keep", pricePlanId: 1 });
    const before = JSON.stringify(emu.state.snapshot().accounts);
    const wrong = new HotSpotClient({ url: emu.url, passphrase: `${PASS}-wrong`, retries: 0 });
    const day = wallClock(2026, 11, 29);
    try {
      const calls: Array<() => Promise<unknown>> = [
        () => wrong.generateAccounts({ account: "intruder" }),
        () => wrong.updateAccount("keep", { timeLeft: 1 }),
        () => wrong.refillAccount("keep", 1),
        () => wrong.viewAccount("keep"),
        () => wrong.deleteAccount("keep"),
        () => wrong.getPricePlans(),
        () => wrong.getStatistics(day, day),
        () => wrong.getAccountLog("keep"),
        () => wrong.getAccountList(),
        () => wrong.loginAccount({ account: "keep", ip: "10.0.0.8" }),
        () => wrong.logoutAccount({ account: "keep" }),
        () => wrong.getAccountSummary("keep"),
      ];
      for (const call of calls) {
        const e = await refused(call(), /invalid passphrase/);
        expect(isNotFound(e)).toBe(false);
        expect(e.url).toContain("pass=REDACTED");
      }
    } finally {
      await wrong.close();
    }
    expect(JSON.stringify(emu.state.snapshot().accounts)).toBe(before);
  });
});

describe("client ↔ emulator, injected faults", () => {
  it("reads survive HTTP 500 and truncated XML by retrying", async () => {
    await client.generateAccounts({ account: "r", pricePlanId: 1 });
    const patient = new HotSpotClient({ url: emu.url, passphrase: PASS, retries: 6, retryDelayMs: 1 });
    emu.setFaults({ seed: 7, reads: { http500: 0.15, truncated: 0.15 } });
    try {
      for (let i = 0; i < 20; i++) expect((await patient.viewAccount("r")).username).toBe("r");
    } finally {
      await patient.close();
    }
    const faults = emu.requestLog().map((e) => e.fault);
    expect(faults).toContain("http500");
    expect(faults).toContain("truncated");
    expect(emu.requestLog().length).toBeGreaterThan(20);
  });

  it("a write whose answer is lost after commit is reported ambiguous, sent once, and did happen", async () => {
    emu.setFaults({ writes: { commitThenFail: 1 } });
    const e = await failure(client.generateAccounts({ account: "maybe", pricePlanId: 1 }));
    expect(["dropped", "http"]).toContain(e.kind);
    expect(isAmbiguous(e)).toBe(true);
    expect(emu.requestLog().filter((r) => r.command === "generateaccounts")).toHaveLength(1);
    emu.setFaults(undefined);
    expect((await client.viewAccount("maybe")).username).toBe("maybe");
  });

  it("a dropped write is not retried", async () => {
    emu.setFaults({ writes: { drop: 1 } });
    const e = await failure(client.deleteAccount("whatever"));
    expect(e.kind).toBe("dropped");
    expect(e.mayHaveCommitted).toBe(true);
    expect(emu.requestLog().filter((r) => r.command === "deleteaccount")).toHaveLength(1);
  });

  it("malformed XML on a write is a parse error, ambiguous", async () => {
    emu.setFaults({ writes: { malformed: 1 } });
    const e = await failure(client.generateAccounts({ account: "m", pricePlanId: 1 }));
    expect(e.kind).toBe("parse");
    expect(e.mayHaveCommitted).toBe(true);
  });
});
