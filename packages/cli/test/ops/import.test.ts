// `hotspot import` as a user runs it against a separate emulator process: stable output, sorted,
// no clear password, loads back with the model's loader, and plans to no changes against the
// same server (the adoption path: import → plan → `No changes.`).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "@hotspot-iac/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CliResult, type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "../harness.js";

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const PASSPHRASE = "pass-Import-Qv5-secret";
// Distinctive passwords: none of them may appear in the output.
const PASSWORDS: Record<string, string> = {
  "staff-alice": "alice-Secret-Pw-81x",
  "staff-bob": "bob-Secret-Pw-92y",
  "room-2": "room2-Secret-Pw-1a",
  "room-10": "room10-Secret-Pw-2b",
  "guest.eve": "eve-Secret-Pw-3c",
};
/** The variables the imported file refers to, as a user would export them. */
const PASSWORD_ENV: Record<string, string> = {
  HOTSPOT_PW_STAFF_ALICE: PASSWORDS["staff-alice"]!,
  HOTSPOT_PW_STAFF_BOB: PASSWORDS["staff-bob"]!,
  HOTSPOT_PW_ROOM_2: PASSWORDS["room-2"]!,
  HOTSPOT_PW_ROOM_10: PASSWORDS["room-10"]!,
  HOTSPOT_PW_GUEST_EVE: PASSWORDS["guest.eve"]!,
};

let emu: EmulatorProcess;
let work: { dir: string; remove: () => void };

function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return hotspot(args, {
    cwd: work.dir,
    env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, NO_COLOR: "1", ...env },
  });
}

async function api(command: string, params: Record<string, string>): Promise<void> {
  const body = await emu.api(command, params);
  if (/ERROR/.test(body)) throw new Error(`${command}: ${body}`);
}

function expectNoSecrets(text: string): void {
  expect(text).not.toContain(PASSPHRASE);
  for (const pw of Object.values(PASSWORDS)) expect(text).not.toContain(pw);
}

beforeAll(async () => {
  work = tempDir();
  emu = await startEmulatorProcess(PASSPHRASE, ["--clock", "2026-11-29 08:00:00"]);
  // Created out of order, so sorting is the import's doing.
  for (const name of ["staff-bob", "room-10", "guest.eve", "room-2", "staff-alice"]) {
    await api("generateaccounts", { account: name, number: "1", priceplan: "2", type: "0", password: PASSWORDS[name]! });
  }
  await api("updateaccount", { account: "staff-alice", enableexpire: "1", expiredatetime: "202612311800", dailytime: "7200", enabledailytime: "1" });
  await api("updateaccount", { account: "staff-bob", priceplan: "1", download: "131072", upload: "65536", quota: "5368709120", unlquota: "0" });
  await api("generateaccounts", { account: "CONF-", number: "3", priceplan: "1", type: "2", length: "10" });
  // Use moves the counters: time used and time left are imported as they are now.
  await api("loginaccount", { account: "room-2" });
  await emu.advanceClock(600);
  await api("logoutaccount", { account: "room-2" });
});

afterAll(async () => {
  await emu?.stop();
  work?.remove();
});

describe("hotspot import", () => {
  it("writes the server as stable, sorted YAML with password references, and plans to no changes", async () => {
    const [toFile, toStdout, staffOnly] = await Promise.all([
      cli(["import", "--out", "all.yaml"]),
      cli(["import"]),
      cli(["import", "--prefix", "staff-", "--batch", "CONF-", "--out", "staff.yaml"]),
    ]);
    for (const r of [toFile, toStdout, staffOnly]) {
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.code).toBe(0);
      expectNoSecrets(r.stdout + r.stderr);
    }
    const all = readFileSync(join(work.dir, "all.yaml"), "utf8");
    // The three imports shared one state file and took turns under its lock: every name is recorded.
    const state = JSON.parse(readFileSync(join(work.dir, ".hotspot", "state.json"), "utf8"));
    const imported = Object.values(state.servers as Record<string, { imported?: string[] }>).flatMap((s) => s.imported ?? []);
    expect(imported).toHaveLength(8);
    // Same server, same bytes.
    expect(toStdout.stdout).toBe(all);
    expectNoSecrets(all);
    expect(toFile.stderr).toContain("Imported 8 account(s) and 2 price plan reference(s) to all.yaml; recorded them in ");
    expect(toFile.stderr).toContain("Set 5 password variable(s) before plan/apply: HOTSPOT_PW_GUEST_EVE, ...");

    // The header says what cannot be imported.
    expect(all).toMatch(/^# Imported by `hotspot import` from http:\/\/127\.0\.0\.1:\d+ \(every account\)\.$/m);
    expect(all).toContain("# unknown: type, multilogin, sell, autologin, inactivity, money, printed, customer, card.");

    // Natural username order; tickets (empty password) come back as tickets without a password.
    const names = [...all.matchAll(/^ {2}- username: (.+)$/gm)].map((m) => m[1]);
    expect(names.slice(0, 3).every((n) => n?.startsWith("CONF-"))).toBe(true);
    expect(names.slice(3)).toEqual(["guest.eve", "room-2", "room-10", "staff-alice", "staff-bob"]);
    expect(all).toContain(`password: \${env:HOTSPOT_PW_STAFF_ALICE}`);
    expect(all).toContain(`password: \${env:HOTSPOT_PW_GUEST_EVE}`);
    expect(all.match(/password: /g)).toHaveLength(5);
    expect(all.match(/^ {4}type: ticket$/gm)).toHaveLength(3);

    // Human units, the plan by description, shared values in defaults, the rest per account.
    expect(all).toContain("pricePlans:\n  1-day: { description: 1 Day }\n  1-hour: { description: 1 Hour }\n");
    // 7 of 8 accounts have no daily time limit: said once, in defaults; staff-alice keeps her own.
    expect(all).toMatch(/^defaults:\n(?: {2}.*\n)*? {2}dailyTime: unlimited\n/m);
    expect(all).toMatch(/- username: room-2\n {4}password: \$\{env:HOTSPOT_PW_ROOM_2\}\n(?: {4}.*\n)*? {4}timeLeft: 23h50m\n {4}timeUsed: 10m\n/);
    expect(all).toMatch(/- username: staff-alice\n(?: {4}.*\n)*? {4}expires: 2026-12-31T18:00\n {4}dailyTime: 2h\n/);
    expect(all).toMatch(/- username: staff-bob\n {4}password: .*\n {4}plan: 1-hour\n(?: {4}.*\n)*? {4}quota: 5GB\n/);
    expect(all).toContain("ownership:\n  prefixes: []\n");

    // --prefix staff- with --batch CONF-: the staff one by one, the vouchers as one batch.
    const staff = readFileSync(join(work.dir, "staff.yaml"), "utf8");
    expect([...staff.matchAll(/^ {2}- username: (.+)$/gm)].map((m) => m[1])).toEqual(["staff-alice", "staff-bob"]);
    expect(staff).toContain("ownership:\n  prefixes: [ CONF-, staff- ]\n");
    expect(staff).toContain("(accounts under staff-)");
    expect(staff).toMatch(
      /^batches:\n {2}- prefix: CONF-\n {4}count: 3\n {4}type: ticket\n {4}length: 10\n {4}plan: 1-hour\n {4}timeLeft: 1h\n {4}quota: unlimited\n {4}rates: \{ download: 1Mbit, upload: 512kbit \}\n {4}expires: 2026-11-30T08:00\n/m,
    );
    expect(staffOnly.stderr).toContain("Imported 5 account(s) (1 batch(es) among them) and 2 price plan reference(s) to staff.yaml; recorded them in ");

    // Loads back with the model's own loader, references resolved from the environment.
    const config = await loadConfig(join(work.dir, "all.yaml"), { env: { ...PASSWORD_ENV } });
    const site = config.sites[0]!;
    expect(site.accounts.map((a) => a.username)).toEqual(names);
    expect(site.accounts.find((a) => a.username === "staff-alice")?.password?.reveal()).toBe(PASSWORDS["staff-alice"]);
    expect(site.pricePlans["1-day"]).toMatchObject({ description: "1 Day" });
    // Defaults and per-account values together give each account what the server has.
    expect(site.accounts.find((a) => a.username === "staff-bob")).toMatchObject({
      plan: "1-hour",
      quota: 5 * 1024 ** 3,
      rates: { download: 131072, upload: 65536 },
      dailyTime: "unlimited",
    });
    expect(site.accounts.find((a) => a.username === "guest.eve")).toMatchObject({
      plan: "1-day",
      timeLeft: 86_400,
      quota: 2 * 1024 ** 3,
      rates: { download: 262144, upload: 131072 },
    });

    // And plans to nothing against the same server.
    const [planAll, planStaff] = await Promise.all([
      cli(["plan", "-f", "all.yaml", "--detailed-exitcode"], PASSWORD_ENV),
      cli(["plan", "-f", "staff.yaml", "--detailed-exitcode"], PASSWORD_ENV),
    ]);
    for (const p of [planAll, planStaff]) {
      expect(p.stdout).toContain("No changes.");
      expect(p.code).toBe(0);
      expectNoSecrets(p.stdout + p.stderr);
    }
  });

  it("needs only a server: unset env references elsewhere in a found configuration do not stop import or account view", async () => {
    const dir = tempDir();
    try {
      writeFileSync(
        join(dir.dir, "hotspot.yaml"),
        [
          "version: 1",
          `server: { url: "${emu.url}", passphrase: "\${env:IMPORT_SITE_PASS}" }`,
          "accounts:",
          `  - { username: other-a, password: "\${env:OTHER_A_PASSWORD}" }`,
          "",
        ].join("\n"),
      );
      const run = (args: string[], env: Record<string, string | undefined>) =>
        hotspot(args, { cwd: dir.dir, env: { HOTSPOT_URL: undefined, HOTSPOT_PASSPHRASE: undefined, NO_COLOR: "1", ...env } });
      const [imported, viewed] = await Promise.all([
        run(["import", "--prefix", "room-", "--out", "rooms.yaml"], { IMPORT_SITE_PASS: PASSPHRASE }),
        run(["account", "view", "room-2"], { IMPORT_SITE_PASS: PASSPHRASE }),
      ]);
      expect(imported.code, imported.stderr).toBe(0);
      expect(readFileSync(join(dir.dir, "rooms.yaml"), "utf8")).toContain("username: room-2");
      expect(viewed.code, viewed.stderr).toBe(0);
      expect(viewed.stdout).toMatch(/^Username: +room-2$/m);
      // The server's own reference is still needed, and said so.
      const noPass = await run(["account", "view", "room-2"], {});
      expect(noPass.code).toBe(1);
      expect(noPass.stderr).toContain("server.passphrase: environment variable IMPORT_SITE_PASS is not set");
    } finally {
      dir.remove();
    }
  });
});
