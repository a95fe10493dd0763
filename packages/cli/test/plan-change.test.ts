// Issue 21 case 10: a plan change re-applies what the plan implies. `account refill --plan "1 Hour"`
// puts that plan's rates on the account; applying the declared plan back must bring the declared
// plan's rates back too (the YAML declares none), shown in the plan as implied by it, and the
// next plan is "No changes". Where the server does not report a plan's rates (a real server's
// getpriceplans lists none), the plan says which fields it leaves alone.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { startHostileProxy } from "./hostile-proxy.js";

const PASSPHRASE = "Plan-Change-0a7f3e";
const suite = emulatorSuite(PASSPHRASE);

const declared = (name: string) =>
  ["version: 1", "pricePlans:", '  week: { description: "1 Week" }', "accounts:", `  - username: ${name}`, "    plan: week", ""].join("\n");

describe("changing an account's plan back after a refill", { timeout: 120_000 }, () => {
  it("re-applies the declared plan's rates, then No changes", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), declared("pc-guest"));
    const created = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(created.code, created.stdout + created.stderr).toBe(0);
    const rates = async () => {
      const xml = await suite.emu.api("viewaccount", { account: "pc-guest" });
      return { download: /<Download>(\d+)<\/Download>/.exec(xml)?.[1], upload: /<Upload>(\d+)<\/Upload>/.exec(xml)?.[1] };
    };
    const weekRates = await rates();

    const refilled = await suite.run(dir, ["account", "refill", "pc-guest", "--plan", "1 Hour"]);
    expect(refilled.code, refilled.stdout + refilled.stderr).toBe(0);
    expect(await rates()).not.toEqual(weekRates);

    const back = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    expect(back.stdout).toMatch(/~ plan\s+= "1 Hour" -> "1 Week"/);
    expect(back.stdout).toMatch(/~ rates\.download\s+= "1Mbit" -> "4Mbit" # implied by plan "1 Week" \(not declared\)/);
    expect(await rates()).toEqual(weekRates);
    const again = await suite.run(dir, ["plan", "--detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes.");
  });

  it("says which fields it leaves alone where the server does not report the plan's rates", async () => {
    // A real server's getpriceplans lists ID, Description, Price, Time, TimeHHMM, UnlimitedTime, Enabled.
    const proxy = await startHostileProxy(suite.emu.url);
    try {
      const dir = suite.checkout();
      writeFileSync(join(dir, "hotspot.yaml"), declared("pc-other"));
      const env = { HOTSPOT_URL: proxy.url };
      proxy.distort = (req) => (req.command === "getpriceplans" ? (body) => body.replace(/<(Quota|UnlimitedQuota|Download|Upload|Expire)>[^<]*<\/\1>/g, "") : undefined);
      expect((await suite.run(dir, ["apply", "--auto-approve"], env)).code).toBe(0);
      expect((await suite.run(dir, ["account", "refill", "pc-other", "--plan", "1 Hour"], env)).code).toBe(0);
      const back = await suite.run(dir, ["plan"], env);
      expect(back.code, back.stdout + back.stderr).toBe(0);
      expect(back.stdout).toContain('~ plan = "1 Hour" -> "1 Week" # rates.download, rates.upload left as they are: not declared, and the server does not report the rates of "1 Week"');
    } finally {
      await proxy.close();
    }
  });

  it("a batch member refilled with another plan gets the batch's plan and its rates back", async () => {
    const dir = suite.checkout();
    writeFileSync(
      join(dir, "hotspot.yaml"),
      ["version: 1", "ownership:", '  prefixes: ["pcb-"]', "pricePlans:", '  week: { description: "1 Week" }', "batches:", "  - prefix: pcb-", "    count: 2", "    plan: week", ""].join("\n"),
    );
    expect((await suite.run(dir, ["apply", "--auto-approve"])).code).toBe(0);
    const rates = async (account: string) => /<Download>(\d+)<\/Download>/.exec(await suite.emu.api("viewaccount", { account }))?.[1];
    const week = await rates("pcb-1");
    expect((await suite.run(dir, ["account", "refill", "pcb-2", "--plan", "1 Hour"])).code).toBe(0);
    expect(await rates("pcb-2")).not.toBe(week);

    const back = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    expect(back.stdout).toMatch(/~ rates\.download\s+= "1Mbit" -> "4Mbit" # 1 member: implied by plan "1 Week" \(not declared\)/);
    expect(await rates("pcb-2")).toBe(week);
    const again = await suite.run(dir, ["plan", "--detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });
});
