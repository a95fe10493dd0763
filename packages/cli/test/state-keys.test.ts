// Keys that cannot be guessed offline (issue 22). A state file holds a public keyCheck of the key
// its hashes are made with; the key comes from the passphrase (or HOTSPOT_STATE_KEY) and the
// file's salt. It used to be one sha256 (~180,000 guesses a second per core); it is stretched with
// scrypt now, so whoever holds the file can test fewer than 50 passphrases a second per core.
//
// fixtures/state-v1-sha256.json is a state file in the old form (no `kdf`, no `serial`, hashes keyed
// with sha256(salt‖passphrase)), made with the previous hash.ts for staff-alice (sell: true,
// autologin: true), passphrase Pass-old-state-Kx2; its server key is filled in with the
// emulator's. It is read (no write-only field resent, no warning) and rewritten in the new form.
import { createHash, createHmac } from "node:crypto";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { keyCheckOf, KDF_PARAMS } from "@hotspot-iac/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmulatorProcess, hotspot, REPO_ROOT, startEmulatorProcess, tempDir } from "./harness.js";

const PASSPHRASE = "Pass-old-state-Kx2";
const YAML = [
  "version: 1",
  "ownership:",
  '  prefixes: ["staff-"]',
  "pricePlans:",
  "  hour: { id: 1 }",
  "accounts:",
  "  - username: staff-alice",
  "    plan: hour",
  "    sell: true",
  "    autologin: true",
  "",
].join("\n");

let emu: EmulatorProcess;
let work: { dir: string; remove: () => void };
const run = (args: string[]) => hotspot(args, { cwd: work.dir, env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE } });
const statePath = () => join(work.dir, ".hotspot", "state.json");
const stateOf = () => JSON.parse(readFileSync(statePath(), "utf8"));

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  work = tempDir();
  writeFileSync(join(work.dir, "hotspot.yaml"), YAML);
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  work?.remove();
});

describe("state keys", { timeout: 120_000 }, () => {
  it("an old state file (sha256 keys) is read without resending anything and rewritten in the new form, 0600", async () => {
    const created = await run(["apply", "--auto-approve"]);
    expect(created.code, created.stderr).toBe(0);
    const server = Object.keys(stateOf().servers)[0]!;
    const fixture = readFileSync(join(REPO_ROOT, "packages/cli/test/fixtures/state-v1-sha256.json"), "utf8").replaceAll("http://localhost:PORT", server);
    writeFileSync(statePath(), fixture, { mode: 0o644 });
    const old = JSON.parse(fixture);

    const plan = await run(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes.");
    expect(plan.stdout + plan.stderr).not.toMatch(/write-only|another key/);

    const apply = await run(["apply", "--auto-approve"]);
    expect(apply.code, apply.stderr).toBe(0);
    const now = stateOf();
    const section = now.servers[server];
    expect(section.kdf).toBe("scrypt");
    expect(now.salt).toBe(old.salt);
    expect(section.keyCheck).not.toBe(old.servers[server].keyCheck);
    expect(section.keyCheck).toBe(keyCheckOf(now.salt, PASSPHRASE));
    expect(Object.keys(section.accounts["staff-alice"].writeOnly).sort()).toEqual(["autologin", "sell"]);
    expect(section.accounts["staff-alice"].writeOnly.sell).not.toBe(old.servers[server].accounts["staff-alice"].writeOnly.sell);
    expect(statSync(statePath()).mode & 0o777).toBe(0o600);

    // The new hashes are the ones compared from now on: still nothing to do.
    const again = await run(["plan", "--detailed-exitcode"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout + again.stderr).not.toMatch(/write-only/);
  });

  it("offline guesses against keyCheck: under 50 a second per core", async () => {
    const state = stateOf();
    const section = Object.values(state.servers as Record<string, { keyCheck: string }>)[0]!;
    // The old fast derivation no longer reproduces the file's keyCheck...
    const fastKey = createHash("sha256").update("hotspot-iac/hash/v1\0").update(state.salt).update("\0").update(PASSPHRASE).digest();
    expect(createHmac("sha256", fastKey).update("key-check").digest("hex").slice(0, 16)).not.toBe(section.keyCheck);
    // ...what does is keyCheckOf: the work an offline guesser does per guess.
    expect(keyCheckOf(state.salt, PASSPHRASE)).toBe(section.keyCheck);
    // Its cost, as CPU time of this process per guess, the least of a few guesses: load on the box
    // can only make one slower, never faster, so this lower bound cannot fail because CI is busy.
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 4; i++) {
      const before = process.cpuUsage();
      keyCheckOf(state.salt, `guess-${i}`);
      const used = process.cpuUsage(before);
      least = Math.min(least, (used.user + used.system) / 1000);
    }
    const perSecond = 1000 / least;
    expect(perSecond, `${least.toFixed(1)} ms of CPU per guess`).toBeLessThan(50);
    // And by construction, whatever the machine: scrypt's memory-hard work is 128·N·r bytes per guess.
    expect(128 * KDF_PARAMS.N * KDF_PARAMS.r * KDF_PARAMS.p).toBeGreaterThanOrEqual(32 * 1024 * 1024);
  });
});
