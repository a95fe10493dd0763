// import's conversion (live state → document → YAML) on hand-made server states: the decisions the
// CLI test does not reach (owned prefixes, unknown and ambiguous plans, options).
import { type Account, loadConfig, type PricePlan, wallClock } from "@hotspot-iac/core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ImportOptions, renderImportYaml, toImportedDocument } from "../../src/import/index.js";

const plans: PricePlan[] = [
  { id: 1, description: "1 Hour" },
  { id: 2, description: "Promo" },
  { id: 3, description: "Promo" },
];

function account(username: string, extra: Partial<Account> = {}): Account {
  return {
    username,
    password: `${username}-pw`,
    timeUsed: 0,
    timeLeft: 3600,
    unlimitedTime: false,
    quota: 0,
    unlimitedQuota: true,
    pricePlanId: 1,
    enableExpire: false,
    expire: wallClock(2026, 11, 30, 12, 0, 41),
    enableDailyTime: false,
    dailyTime: 0,
    enableDailyQuota: false,
    dailyQuota: 0,
    download: 131072,
    upload: 65536,
    ...extra,
  };
}

const base: ImportOptions = { prefixes: [], ownedPrefixes: [], passwords: "env", factorDefaults: true };

describe("import conversion", () => {
  it("always imports the accounts under an owned prefix, so apply never deletes one", () => {
    const live = { pricePlans: plans, accounts: [account("staff-a"), account("CONF-1"), account("other")] };
    const doc = toImportedDocument(live, { ...base, prefixes: ["staff-"], ownedPrefixes: ["staff-", "CONF-"] });
    expect((doc.document.accounts as { username: string }[]).map((a) => a.username)).toEqual(["CONF-1", "staff-a"]);
    expect(doc.document.ownership).toEqual({ prefixes: ["CONF-", "staff-"] });
  });

  it("references ambiguous plans by id, leaves out unknown plans with a warning", () => {
    const live = {
      pricePlans: plans,
      accounts: [account("a", { pricePlanId: 2 }), account("b", { pricePlanId: 9 }), account("c", { pricePlanId: 0 })],
    };
    const doc = toImportedDocument(live, { ...base, factorDefaults: false });
    expect(doc.document.pricePlans).toEqual({ "plan-2": { id: 2 } });
    expect(doc.warnings).toEqual(["b: price plan 9 is not among the server's plans; its plan is left out"]);
    const [a, b, c] = doc.document.accounts as Record<string, unknown>[];
    expect(a?.plan).toBe("plan-2");
    expect(b).not.toHaveProperty("plan");
    expect(c).not.toHaveProperty("plan");
  });

  it("writes exact human units that the model reads back to the same values", async () => {
    const live = {
      pricePlans: plans,
      accounts: [
        account("x", {
          timeLeft: 9_015,
          timeUsed: 61,
          quota: 1_500_000,
          unlimitedQuota: false,
          download: 100_000,
          upload: 0,
          enableExpire: true,
          enableDailyTime: true,
          dailyTime: 5_400,
          enableDailyQuota: true,
          dailyQuota: 512 * 1024 ** 2,
        }),
        account("y", { password: "" }),
      ],
    };
    const doc = toImportedDocument(live, { ...base, passwords: "omit" });
    const text = renderImportYaml(doc, { source: "http://h:82", prefixes: [] });
    expect(text).not.toContain("-pw");
    expect(text).toContain("  - username: x\n    timeLeft: 2h30m15s\n    timeUsed: 1m1s\n    quota: 1500000B\n");
    expect(text).toContain("rates: { download: 800000bit, upload: unlimited }");
    // Expiry is written to the minute (the server's expiredatetime precision), in server time.
    expect(text).toContain("expires: 2026-11-30T12:00\n    dailyTime: 1h30m\n    dailyQuota: 512MB\n");
    expect(text).toContain("  - username: y\n    type: ticket\n");

    const dir = mkdtempSync(join(tmpdir(), "hotspot-import-"));
    try {
      writeFileSync(join(dir, "i.yaml"), text);
      const config = await loadConfig(join(dir, "i.yaml"), { env: {} });
      expect(config.sites[0]!.accounts[0]).toMatchObject({
        username: "x",
        timeLeft: 9_015,
        timeUsed: 61,
        quota: 1_500_000,
        rates: { download: 100_000, upload: "unlimited" },
        dailyTime: 5_400,
        dailyQuota: 512 * 1024 ** 2,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same bytes whatever order the server lists accounts and plans in", () => {
    const accounts = [account("b2"), account("a", { pricePlanId: 2 }), account("b10"), account("c", { timeLeft: 60 })];
    const one = toImportedDocument({ pricePlans: plans, accounts }, base);
    const two = toImportedDocument({ pricePlans: [...plans].reverse(), accounts: [...accounts].reverse() }, base);
    const info = { source: "http://h:82", prefixes: [] };
    expect(renderImportYaml(two, info)).toBe(renderImportYaml(one, info));
  });
});

describe("import --batch", () => {
  const ticket = (name: string, extra: Partial<Account> = {}) =>
    account(name, { password: "", enableExpire: true, expire: wallClock(2026, 12, 1, 9, 30), ...extra });

  it("folds a voucher group into one batch with what every member has", () => {
    const live = {
      pricePlans: plans,
      accounts: [ticket("V-AAA1"), ticket("V-BBB2", { timeLeft: 1800 }), ticket("V-CCC3"), account("staff")],
    };
    const doc = toImportedDocument(live, { ...base, batchPrefixes: ["V-"] });
    expect(doc.errors).toEqual([]);
    expect(doc.batchCount).toBe(1);
    expect(doc.document.batches).toEqual([
      {
        prefix: "V-",
        count: 3,
        type: "ticket",
        length: 6,
        plan: "1-hour",
        timeLeft: "1h",
        quota: "unlimited",
        rates: { download: "1Mbit", upload: "512kbit" },
        expires: "2026-12-01T09:30",
      },
    ]);
    expect((doc.document.accounts as { username: string }[]).map((a) => a.username)).toEqual(["staff"]);
    expect(doc.document.ownership).toEqual({ prefixes: ["V-"] });
    // staff's expiry differs from the batch's: it stays on the account, not in defaults.
    expect(doc.document.defaults).toBeUndefined();
  });

  it("numbers members from startNumber and keeps defaults the batch would inherit out", () => {
    const live = {
      pricePlans: plans,
      accounts: [
        account("room-101", { pricePlanId: 0 }),
        account("room-102", { pricePlanId: 0 }),
        account("a", { pricePlanId: 2 }),
        account("b", { pricePlanId: 2 }),
        account("c", { pricePlanId: 2 }),
      ],
    };
    const doc = toImportedDocument(live, { ...base, batchPrefixes: ["room-"] });
    expect(doc.document.batches).toEqual([expect.objectContaining({ prefix: "room-", count: 2, startNumber: 101 })]);
    expect(doc.document.batches).toEqual([expect.not.objectContaining({ plan: expect.anything() })]);
    // a, b and c share plan-2, but a default plan would give the batch one: it stays per account.
    expect(doc.document.defaults).not.toHaveProperty("plan");
    expect((doc.document.accounts as Record<string, unknown>[]).map((x) => x.plan)).toEqual(["plan-2", "plan-2", "plan-2"]);
  });

  it("refuses batches that would not describe their members", () => {
    const live = {
      pricePlans: plans,
      accounts: [ticket("V-1"), ticket("V-2", { download: 0 }), ticket("V-3"), ticket("W-1"), account("W-2"), ticket("VV-1")],
    };
    const doc = toImportedDocument(live, { ...base, batchPrefixes: ["V-", "W-", "X-", "V"] });
    expect(doc.errors).toEqual([
      "--batch V and --batch V- overlap: a member would belong to both",
      "--batch V: members differ in rates.download (1Mbit: V-1, V-3, VV-1; unlimited: V-2); import them as accounts, or align them first",
      "--batch V-: members differ in rates.download (1Mbit: V-1, V-3; unlimited: V-2); import them as accounts, or align them first",
      "--batch W-: 1 of 2 members are tickets, the others are not: a batch has one type",
      "--batch W-: members differ in expires (2026-12-01T09:30: W-1; never: W-2); import them as accounts, or align them first",
      "--batch X-: no account on the server starts with X-",
    ]);
  });
});

describe("import of awkward usernames", () => {
  it("quotes what YAML would misread, so every name loads back as written", async () => {
    const names = ["123", "007", "true", "null", "a:b", "#x", "-y", "ümlaut", "1e3", "~", "it's", "[z]"];
    const live = { pricePlans: plans, accounts: names.map((n) => account(n)) };
    const doc = toImportedDocument(live, { ...base, passwords: "omit" });
    const text = renderImportYaml(doc, { source: "http://h:82", prefixes: [] });
    const dir = mkdtempSync(join(tmpdir(), "hotspot-import-"));
    try {
      writeFileSync(join(dir, "i.yaml"), text);
      const config = await loadConfig(join(dir, "i.yaml"), { env: {} });
      expect(config.sites[0]!.accounts.map((a) => a.username).sort()).toEqual([...names].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves out names the model cannot declare, and refuses when an owned prefix would delete them", () => {
    const live = { pricePlans: plans, accounts: [account("ok"), account("guest x"), account("staff a")] };
    const loose = toImportedDocument(live, { ...base, ownedPrefixes: [] });
    expect((loose.document.accounts as { username: string }[]).map((a) => a.username)).toEqual(["ok"]);
    expect(loose.warnings).toEqual([
      '"guest x" left out: it cannot be declared (a username has 1 to 64 characters, no spaces or control characters); it stays unmanaged',
      '"staff a" left out: it cannot be declared (a username has 1 to 64 characters, no spaces or control characters); it stays unmanaged',
    ]);
    expect(loose.errors).toEqual([]);
    const owned = toImportedDocument(live, { ...base, ownedPrefixes: ["staff"] });
    expect(owned.errors).toEqual([
      '"staff a" cannot be declared (a username has 1 to 64 characters, no spaces or control characters) but is under the owned prefix staff: apply would delete it; own a narrower prefix or rename the account',
    ]);
  });
});
