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
