// A saved plan records the overrides it was made with (--force, --allow-takeover): `apply FILE`
// applies it as reviewed instead of refusing for the very threshold the plan was forced past.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Choices-Pass-8d21f4";
const suite = emulatorSuite(PASSPHRASE);
const checkout = () => suite.checkout();

const run = (dir: string, args: string[]) => suite.run(dir, args);
const write = (dir: string, body: string) => {
  const prefix = body.includes("big-") ? "big-" : "take-";
  writeFileSync(join(dir, "hotspot.yaml"), `version: 1\nownership:\n  prefixes: ["${prefix}"]\npricePlans:\n  hour: { description: "1 Hour" }\n${body}`);
};
const members = async () => ((await suite.emu.api("getaccountlist", {})).match(/<Username>big-/g) ?? []).length;
const exists = async (name: string) => !(await suite.emu.api("viewaccount", { account: name })).includes("does not exist");

describe("a saved plan keeps its overrides", { timeout: 180_000 }, () => {
  it("plan --force --out FILE, then apply FILE: applied as reviewed", async () => {
    const dir = checkout();
    write(dir, "batches:\n  - prefix: big-\n    count: 20\n    plan: hour\n");
    expect((await run(dir, ["apply", "--auto-approve"])).code).toBe(0);
    write(dir, "batches:\n  - prefix: big-\n    count: 5\n    plan: hour\n");

    const refused = await run(dir, ["plan", "--out", "big.bin"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/deletes 15 of 20 owned accounts/);

    const forced = await run(dir, ["plan", "--force", "--out", "big.bin"]);
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(forced.stderr).toContain("hotspot apply big.bin");
    const applied = await run(dir, ["apply", "big.bin"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stderr).toContain("The plan was made with --force: applied as reviewed");
    expect(applied.stdout).toContain("Apply complete! Accounts: 0 created, 0 updated, 15 deleted.");
    expect(await members()).toBe(5);
  });

  it("plan --allow-takeover --out FILE, then apply FILE: the takeover reviewed is applied", async () => {
    const a = checkout();
    const b = checkout();
    write(a, "accounts:\n  - username: take-a1\n    plan: hour\n");
    expect((await run(a, ["apply", "--auto-approve"])).code).toBe(0);
    write(b, "accounts:\n  - username: take-b1\n    plan: hour\n");

    expect((await run(b, ["plan", "--out", "take.bin"])).code).toBe(1);
    const allowed = await run(b, ["plan", "--allow-takeover", "--out", "take.bin"]);
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0);
    const applied = await run(b, ["apply", "take.bin"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stderr).toContain("The plan was made with --allow-takeover");
    expect(await exists("take-a1")).toBe(false);
    expect(await exists("take-b1")).toBe(true);
  });
});
