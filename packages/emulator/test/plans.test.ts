// Price plans from a JSON or YAML file, and how generate/refill use them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { description, one, select, startTestServer } from "./helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hotspot-plans-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("plans file", () => {
  it("loads plans from YAML and serves them", async () => {
    const file = join(dir, "plans.yaml");
    writeFileSync(
      file,
      [
        "plans:",
        "  - { id: 7, description: 'Café 30 min', price: 1.5, time: 1800, download: 65536, upload: 32768, expireDays: 1 }",
        "  - { id: 8, description: Conference, time: 0, unlimitedTime: true, quota: 5368709120, dailyLogins: 3 }",
        "  - { id: 9, description: Retired, time: 60, enabled: false }",
      ].join("\n"),
    );
    const t = await startTestServer({ plans: file });
    try {
      const r = await t.call("getpriceplans");
      expect(select(r.doc, "PricePlans/PricePlan/ID")).toEqual(["7", "8", "9"]);
      expect(select(r.doc, "PricePlans/PricePlan/Description")).toEqual(["Café 30 min", "Conference", "Retired"]);
      expect(select(r.doc, "PricePlans/PricePlan/Price")).toEqual(["1.50", "0", "0"]);
      expect(select(r.doc, "PricePlans/PricePlan/TimeHHMM")).toEqual(["00:30", "00:00", "00:01"]);
      expect(select(r.doc, "PricePlans/PricePlan/Enabled")).toEqual(["True", "True", "False"]);
      expect(select(r.doc, "PricePlans/PricePlan/UnlimitedQuota")).toEqual(["True", "False", "True"]);
      const g = await t.call("generateaccounts", { account: "conf", priceplan: 8 });
      expect(one(g.doc, "Accounts/Account/Quota")).toBe("5368709120");
      expect(one(g.doc, "Accounts/Account/EnableDailyLogins")).toBe("True");
      expect(one(g.doc, "Accounts/Account/DailyLogins")).toBe("3");
      expect(description((await t.call("generateaccounts", { account: "r", priceplan: 9 })).doc)).toBe(
        "ERROR: price plan is disabled",
      );
      expect(description((await t.call("refillaccount", { account: "conf", priceplan: 9 })).doc)).toBe(
        "ERROR: price plan is disabled",
      );
      expect(description((await t.call("generateaccounts", { account: "d", priceplan: 1 })).doc)).toBe(
        "ERROR: price plan does not exist",
      );
    } finally {
      await t.emu.stop();
    }
  });

  it("loads a JSON array of plans", async () => {
    const file = join(dir, "plans.json");
    writeFileSync(file, JSON.stringify([{ id: 1, description: "Only", time: 600, price: 1 }]));
    const t = await startTestServer({ plans: file });
    try {
      expect(select((await t.call("getpriceplans")).doc, "PricePlans/PricePlan/Time")).toEqual(["600"]);
    } finally {
      await t.emu.stop();
    }
  });

  it("refuses a bad plans file, naming the file and the field", async () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "- { id: 1, description: X, time: -5 }\n");
    await expect(startTestServer({ plans: file })).rejects.toThrow(/bad\.yaml: invalid price plans at 0\.time/);
    writeFileSync(file, "- { id: 1, description: A }\n- { id: 1, description: B }\n");
    await expect(startTestServer({ plans: file })).rejects.toThrow(/price plan id 1 is defined twice/);
  });
});
