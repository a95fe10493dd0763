// Issue 21 case 7: dates mean what people mean. A date alone is the end of that day (its last
// minute on the server's clock: expiredatetime has minutes), and plans show that instant. Creating
// an account or batch, or moving one, to an absolute expiry already past is a plan error, which
// --force overrides like the other plan errors.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Expiry-Dates-7c2e19";
const suite = emulatorSuite(PASSPHRASE);

// Each test owns the names of its own accounts only (one emulator for the file).
const config = (body: string[], owned?: string) =>
  ["version: 1", ...(owned ? ["ownership:", `  prefixes: [${owned}]`] : []), "pricePlans:", '  hour: { description: "1 Hour" }', ...body, ""].join("\n");

describe("absolute expiries", { timeout: 120_000 }, () => {
  it("a date alone is the end of that day, on the server and in the plan", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), config(["accounts:", "  - username: exp-staff", "    plan: hour", "    expires: 2099-12-31"]));
    const plan = await suite.run(dir, ["plan"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain('+ expires = "2099-12-31T23:59"');
    const applied = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(await suite.emu.api("viewaccount", { account: "exp-staff" })).toContain("<Expire>2099-12-31 23:59:00</Expire>");
    const again = await suite.run(dir, ["plan", "--detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes.");
  });

  it("an account an earlier version set to the day's start is moved to its end, saying why", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), config(["accounts:", "  - username: exp-upgraded", "    plan: hour", "    expires: 2099-12-31"]));
    expect((await suite.run(dir, ["apply", "--auto-approve"])).code).toBe(0);
    // What `expiredate` (sent for a date alone before) made of it: 00:00 that day.
    await suite.emu.api("updateaccount", { account: "exp-upgraded", enableexpire: "1", expiredate: "20991231" });
    const plan = await suite.run(dir, ["plan"]);
    expect(plan.stdout).toContain('~ expires = "2099-12-31T00:00" -> "2099-12-31T23:59" # a date alone means until the end of that day (23:59), not its start');
  });

  it("creating an account already expired is a plan error naming it; --force creates it", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), config(["accounts:", "  - username: exp-old", "    plan: hour", "    expires: 2025-01-01"]));
    const refused = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toMatch(/hotspot\.yaml:7:14: account "exp-old" would be created already expired: expires 2025-01-01T23:59/);
    expect(await suite.emu.api("viewaccount", { account: "exp-old" })).toMatch(/does not exist/);
    const json = await suite.run(dir, ["plan", "--json"]);
    expect(JSON.parse(json.stdout).diagnostics).toContainEqual(expect.objectContaining({ code: "expired-on-arrival", severity: "error", forceable: true }));

    const forced = await suite.run(dir, ["apply", "--auto-approve", "--force"]);
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(await suite.emu.api("viewaccount", { account: "exp-old" })).toContain("<Expire>2025-01-01 23:59:00</Expire>");
  });

  it("moving an account, or a batch's members, to a past expiry is refused", async () => {
    const dir = suite.checkout();
    const file = join(dir, "hotspot.yaml");
    const body = (expires: string) => ["accounts:", "  - username: exp-mover", "    plan: hour", `    expires: ${expires}`, "batches:", "  - prefix: exp-v", "    count: 3", "    plan: hour", `    expires: ${expires}`];
    writeFileSync(file, config(body("2099-06-30T12:00"), "exp-v"));
    const first = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    writeFileSync(file, config(body("2026-01-31T12:00"), "exp-v"));
    const refused = await suite.run(dir, ["plan"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('account "exp-mover" would be moved to an expiry already expired: expires 2026-01-31T12:00');
    expect(refused.stdout + refused.stderr).toContain('batch "exp-v" would be moved to an expiry already expired');
  });

  it("a batch created already expired is refused", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), config(["batches:", "  - prefix: exp-w", "    count: 2", "    plan: hour", "    expires: 2026-01-01"], "exp-w"));
    const refused = await suite.run(dir, ["plan"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('batch "exp-w" would be created already expired: expires 2026-01-01T23:59');
  });
});
