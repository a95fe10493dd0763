// A saved plan that cannot be applied says why, by its real cause: already applied (nothing to
// do), or what changed; a plan saved before the state file existed applies when nothing changed.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Stale-Pass-61c0d9";
const suite = emulatorSuite(PASSPHRASE);
const checkout = () => suite.checkout();

const run = (dir: string, args: string[], password = "Secret-st-4417") => suite.run(dir, args, { ST_PASSWORD: password });
const write = (dir: string, names: string[]) =>
  writeFileSync(
    join(dir, "hotspot.yaml"),
    [
      "version: 1",
      "ownership:",
      `  prefixes: ["${names[0]!.slice(0, 3)}"]`,
      "pricePlans:",
      '  hour: { description: "1 Hour" }',
      "accounts:",
      ...names.flatMap((n) => [`  - username: ${n}`, "    plan: hour", `    password: "\${env:ST_PASSWORD}"`, "    multilogin: 2"]),
      "",
    ].join("\n"),
  );

describe("a stale saved plan", { timeout: 180_000 }, () => {
  it("saved before the state file existed applies when nothing changed; applied again, it says there is nothing to do", async () => {
    const dir = checkout();
    write(dir, ["st-a", "st-b"]);
    const saved = await run(dir, ["plan", "--out", "first.bin"]);
    expect(saved.code, saved.stdout + saved.stderr).toBe(0);
    expect(existsSync(join(dir, ".hotspot", "state.json"))).toBe(false);
    const applied = await run(dir, ["apply", "first.bin"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Apply complete! Accounts: 2 created, 0 updated, 0 deleted.");

    const again = await run(dir, ["apply", "first.bin"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("The saved plan first.bin was already applied: the server matches the configuration. Nothing to do.");
    expect(again.stdout + again.stderr).not.toMatch(/stale|configuration changed|secret values/);
  });

  it("names the real cause: a secret that changed, or the account whose configuration changed", async () => {
    const dir = checkout();
    write(dir, ["sx-c"]);
    expect((await run(dir, ["plan", "--out", "c.bin"])).code).toBe(0);
    const secret = await run(dir, ["apply", "c.bin"], "Another-st-9921");
    expect(secret.code).toBe(1);
    expect(secret.stderr).toContain("secret values in the configuration differ from the plan: sx-c/password");
    expect(secret.stderr).not.toContain("configuration changed");

    write(dir, ["sx-c", "sx-d"]);
    const config = await run(dir, ["apply", "c.bin"]);
    expect(config.code).toBe(1);
    expect(config.stderr).toContain("the configuration changed since the plan was made: account sx-d");
    expect(config.stderr).not.toContain("secret values");
  });

  it("is refused once the state was written by another run since the plan (its serial moved)", async () => {
    const dir = checkout();
    write(dir, ["sm-a"]);
    expect((await run(dir, ["apply", "--auto-approve"])).code).toBe(0);
    write(dir, ["sm-a", "sm-b"]);
    expect((await run(dir, ["plan", "--out", "m.bin"])).code).toBe(0);
    // Another run writes the state (import records what it imported); the server is as planned.
    const imported = await run(dir, ["import", "--prefix", "sm-", "--out", "imported.yaml"]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const r = await run(dir, ["apply", "m.bin"]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toMatch(/the state \S*state\.json was written since the plan was made \(serial \d+, now \d+\)/);
  });
});
