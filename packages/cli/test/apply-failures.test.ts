// When writes fail: apply carries on with the independent changes, ends with a report of what was
// done and what failed, exits 1; the next run converges.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";

const PASSPHRASE = "Fail-Pass-4b7e21";
let emu: EmulatorProcess;
let work: { dir: string; remove: () => void };

function writeConfig(accounts: { name: string; expires: string }[]): void {
  const lines = ["version: 1", "ownership:", '  prefixes: ["ops-"]', "pricePlans:", '  hour: { description: "1 Hour" }', "accounts:"];
  for (const a of accounts) lines.push(`  - username: ${a.name}`, "    plan: hour", `    expires: ${a.expires}`);
  writeFileSync(join(work.dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

const run = (args: string[]) =>
  hotspot(args, { cwd: work.dir, env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE } });

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  work = tempDir();
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  work?.remove();
});

describe("apply with failing writes", { timeout: 180_000 }, () => {
  it("reports what was done and what failed, exits 1, and a re-run converges", async () => {
    writeConfig([
      { name: "ops-a", expires: "2099-01-31T18:00" },
      { name: "ops-b", expires: "2099-01-31T18:00" },
    ]);
    expect((await run(["apply", "--auto-approve"])).code).toBe(0);

    // One update that will work, one create that cannot: every generateaccounts answers HTTP 500.
    writeConfig([
      { name: "ops-a", expires: "2099-02-28T18:00" },
      { name: "ops-b", expires: "2099-01-31T18:00" },
      { name: "ops-c", expires: "2099-01-31T18:00" },
    ]);
    await emu.setFaults({ seed: 1, commands: { generateaccounts: { http500: 1 } } });
    const failed = await run(["apply", "--auto-approve"]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("Plan: 1 to create, 1 to update, 0 to delete.");
    expect(failed.stdout).toMatch(/Apply incomplete: 1 change done, 1 failed\. Accounts: 0 created, 1 updated, 0 deleted\./);
    expect(failed.stdout).toMatch(/✗ account "ops-c": .+/);
    expect(failed.stdout).toContain("Run apply again to retry: it converges.");
    expect(failed.stderr).toMatch(/account "ops-a": updated/); // plain progress lines off a terminal
    expect(failed.stderr).not.toContain(PASSPHRASE);
    expect(failed.stdout).not.toContain(PASSPHRASE);

    await emu.setFaults(null);
    const rerun = await run(["apply", "--auto-approve"]);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain("Plan: 1 to create, 0 to update, 0 to delete.");
    expect(rerun.stdout).toContain("Apply complete! Accounts: 1 created, 0 updated, 0 deleted.");
    const created = (await emu.log(0)).filter((e) => e.command === "generateaccounts" && e.params.account === "ops-c" && e.committed);
    expect(created).toHaveLength(1); // no duplicate
  });
});
