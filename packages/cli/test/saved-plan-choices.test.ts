// A saved plan records the overrides it was made with (--force, --allow-takeover): `apply FILE`
// applies it as reviewed instead of refusing for the very threshold the plan was forced past.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";

const PASSPHRASE = "Choices-Pass-8d21f4";
let emu: EmulatorProcess;
const dirs: Array<{ dir: string; remove: () => void }> = [];
const checkout = () => {
  const t = tempDir();
  dirs.push(t);
  return t.dir;
};

const run = (dir: string, args: string[]) => hotspot(args, { cwd: dir, env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE } });
const write = (dir: string, body: string) => {
  const prefix = body.includes("big-") ? "big-" : "take-";
  writeFileSync(join(dir, "hotspot.yaml"), `version: 1\nownership:\n  prefixes: ["${prefix}"]\npricePlans:\n  hour: { description: "1 Hour" }\n${body}`);
};
const members = async () => ((await emu.api("getaccountlist", {})).match(/<Username>big-/g) ?? []).length;
const exists = async (name: string) => !(await emu.api("viewaccount", { account: name })).includes("does not exist");

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  for (const d of dirs) d.remove();
});

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
