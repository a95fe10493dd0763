// The operator commands as a user runs them: the `hotspot` CLI in its own process against a
// separate emulator process. Each spawn costs about a second, so a test batches its assertions
// per spawn and independent spawns run together.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  accountJsonSchema,
  outputJsonSchemaDocument,
  pricePlanJsonSchema,
  sessionJsonSchema,
  statsJsonSchema,
  summaryJsonSchema,
} from "../../src/format/output-schema.js";
import { CLI, type CliResult, type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "../harness.js";

const PASSPHRASE = "pass-Zq8-OPS-secret";
const ALICE_PW = "alice-pw-Xy7-distinctive";

// Spawns are CPU-bound: on a loaded 2-core machine a batch of them takes a while.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

let emu: EmulatorProcess;
let cwd: { dir: string; remove: () => void };

/** Runs the CLI against the emulator from an empty folder (no configuration, no .hotspot). */
function cli(...args: string[]): Promise<CliResult> {
  return hotspot(args, { cwd: cwd.dir, env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, NO_COLOR: "1" } });
}

/** Nothing a command prints may hold a secret. */
function expectNoSecrets(...results: CliResult[]): void {
  for (const r of results) {
    for (const secret of [PASSPHRASE, ALICE_PW]) {
      expect(r.stdout).not.toContain(secret);
      expect(r.stderr).not.toContain(secret);
    }
  }
}

/** util-linux `script` gives the CLI a real terminal (a pty), as when an operator types. */
const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;

/** Runs the CLI on a pseudo-terminal; answers `answer` once `prompt` shows. */
function cliOnTerminal(args: string[], prompt: string, answer: string): Promise<{ code: number; output: string }> {
  const command = [...CLI, ...args].map((a) => `'${a}'`).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      cwd: cwd.dir,
      env: { ...process.env, HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, NO_COLOR: "1", CI: "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    let answered = false;
    const onData = (d: Buffer): void => {
      output += d.toString("utf8");
      if (!answered && output.includes(prompt)) {
        answered = true;
        child.stdin.write(`${answer}\n`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

async function seed(command: string, params: Record<string, string>): Promise<void> {
  const body = await emu.api(command, params);
  if (/ERROR/.test(body)) throw new Error(`${command}: ${body}`);
}

beforeAll(async () => {
  cwd = tempDir();
  emu = await startEmulatorProcess(PASSPHRASE, ["--clock", "2026-11-29 08:00:00"]);
  await seed("generateaccounts", { account: "staff-alice", number: "1", priceplan: "1", type: "0", password: ALICE_PW });
  await seed("updateaccount", { account: "staff-alice", enableexpire: "1", expiredatetime: "202612311800" });
  await seed("generateaccounts", { account: "guest-1", number: "1", priceplan: "1", type: "0", password: "guestpw1" });
  await seed("generateaccounts", { account: "guest-2", number: "1", priceplan: "1", type: "0", password: "guestpw2" });
});

afterAll(async () => {
  await emu?.stop();
  cwd?.remove();
});

describe("hotspot plans", () => {
  it("lists the server's plans as a table and as JSON", async () => {
    const [table, json] = await Promise.all([cli("plans"), cli("plans", "--json")]);
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^ID\s+DESCRIPTION\s+PRICE\s+TIME\s+QUOTA\s+DOWNLOAD\s+UPLOAD/);
    expect(table.stdout).toMatch(/\n\s*1\s+1 Hour\s+2\.00\s+1h\s+unlimited\s+1 Mbit\/s\s+512 kbit\/s/);
    expect(table.stdout).toMatch(/\n\s*2\s+1 Day\s+5\.00\s+1d\s+2 GB/);
    // Strictly what the published schema says: one key per value, named with its unit.
    const plans = z.array(pricePlanJsonSchema).parse(JSON.parse(json.stdout));
    expect(plans.map((p) => p.id)).toEqual([1, 2, 3, 4, 5]);
    expect(plans[1]).toMatchObject({ id: 2, description: "1 Day", timeSeconds: 86_400, quotaBytes: 2 * 1024 ** 3 });
    // Rates in bits per second, as the YAML writes them (1 Mbit/s, 512 kbit/s); unlimited is null.
    expect(plans[0]!.rates).toEqual({ downloadBitsPerSecond: 1024 ** 2, uploadBitsPerSecond: 512 * 1024 });
    expect(plans[0]).toMatchObject({ quotaBytes: null });
    expect(plans[3]).toMatchObject({ timeSeconds: null });
    for (const p of JSON.parse(json.stdout) as Record<string, unknown>[]) expect(Object.values(p)).not.toContain("unlimited");
    expectNoSecrets(table, json);
  });
});

describe("hotspot account view", () => {
  it("shows the account with the password masked, in clear only with --show-password", async () => {
    const [human, shown, list, listJson] = await Promise.all([
      cli("account", "view", "staff-alice"),
      cli("account", "view", "staff-alice", "--show-password", "-o", "json"),
      cli("account", "list"),
      cli("account", "list", "--prefix", "guest-", "--json"),
    ]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^USERNAME\s+PLAN\s+TIME LEFT\s+TIME USED\s+QUOTA\s+EXPIRES\s+ONLINE$/m);
    expect(list.stdout).toMatch(/^guest-1\s+1 Hour\s+1h\s+0s\s+unlimited\s+2026-11-30 08:00\s+no$/m);
    expect(list.stdout).toMatch(/^staff-alice\s+1 Hour\s+1h\s+0s\s+unlimited\s+2026-12-31 18:00\s+no$/m);
    expect(list.stdout).toContain("3 account(s).");
    const listed = z.array(accountJsonSchema).parse(JSON.parse(listJson.stdout));
    expect(listed.map((a) => a.username)).toEqual(["guest-1", "guest-2"]);
    // A masked password is null and named in `sensitive`, as Terraform's JSON does.
    expect(listed.map((a) => [a.password, a.sensitive])).toEqual([
      [null, ["password"]],
      [null, ["password"]],
    ]);
    expect(listed[0]).toMatchObject({ timeLeftSeconds: 3600, timeUsedSeconds: 0, quotaBytes: null });
    expect(listed[0]!.rates).toEqual({ downloadBitsPerSecond: 1024 ** 2, uploadBitsPerSecond: 512 * 1024 });
    // No daily quota: no daily quota left either (absent, not 0).
    expect(listed[0]).not.toHaveProperty("dailyQuotaLeftBytes");
    expectNoSecrets(list, listJson);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Username:\s+staff-alice$/m);
    expect(human.stdout).toMatch(/^Password:\s+\(sensitive\) \(--show-password to reveal\)$/m);
    expect(human.stdout).toMatch(/^Price plan:\s+1 Hour \(id 1\)$/m);
    expect(human.stdout).toMatch(/^Time left:\s+1h$/m);
    expect(human.stdout).toMatch(/^Expires:\s+2026-12-31 18:00:00 \(server time\)$/m);
    expect(human.stdout).toMatch(/^Download rate:\s+1 Mbit\/s$/m);
    expectNoSecrets(human);
    expect(shown.code).toBe(0);
    expect(accountJsonSchema.parse(JSON.parse(shown.stdout)).sensitive).toBeUndefined();
    expect(JSON.parse(shown.stdout)).toMatchObject({
      username: "staff-alice",
      password: ALICE_PW,
      pricePlan: { id: 1, description: "1 Hour" },
      timeLeftSeconds: 3600,
      expires: "2026-12-31T18:00:00",
      rates: { downloadBitsPerSecond: 1024 ** 2, uploadBitsPerSecond: 512 * 1024 },
      loggedIn: false,
    });
  });

  it("says clearly when the account does not exist, and never shows the passphrase", async () => {
    const missing = await cli("account", "view", "nobody", "--json");
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain(`Error: account "nobody" not found on ${emu.url}`);
    expectNoSecrets(missing);
  });

  it("reports a wrong passphrase without printing either passphrase", async () => {
    const wrong = "wrong-pass-Kk3-distinctive";
    const r = await hotspot(["account", "view", "staff-alice"], {
      cwd: cwd.dir,
      env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: wrong, NO_COLOR: "1" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid passphrase/);
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expectNoSecrets(r);
  });
});

describe("hotspot account refill", () => {
  it("adds a plan named by description or id, and refuses to create a missing account unasked", async () => {
    const [human, missing] = await Promise.all([
      cli("account", "refill", "guest-1", "--plan", "1 day"),
      cli("account", "refill", "ghost", "--plan", "1"),
    ]);
    expect(human.code).toBe(0);
    expect(human.stderr).toContain('Refilled guest-1 with "1 Day" (id 2).');
    // 1h from generation plus the 1 Day plan's 24h.
    expect(human.stdout).toMatch(/^Time left:\s+1d1h$/m);
    expect(human.stdout).toMatch(/^Price plan:\s+1 Day \(id 2\)$/m);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('account "ghost" not found');
    expect(await emu.api("viewaccount", { account: "ghost" })).toMatch(/ERROR/);

    const json = await cli("account", "refill", "guest-1", "--plan", "1", "--json");
    expect(json.code).toBe(0);
    expect(accountJsonSchema.parse(JSON.parse(json.stdout))).toMatchObject({
      username: "guest-1",
      timeLeftSeconds: 90_000 + 3600,
      password: null,
      sensitive: ["password"],
    });
    expectNoSecrets(human, missing, json);
  });
});

describe("hotspot account login / logout, log, summary, stats", () => {
  it("logs in and out, and the session shows in the log, the summary and the statistics", async () => {
    const login = await cli("account", "login", "staff-alice", "--ip", "10.1.2.3", "--mac", "AA:BB:CC:DD:EE:01");
    expect(login.code).toBe(0);
    expect(login.stdout).toBe("Logged in staff-alice (ip 10.1.2.3, mac AA:BB:CC:DD:EE:01).\n");
    await emu.advanceClock(1800);
    const logout = await cli("account", "logout", "staff-alice", "--json");
    expect(logout.code).toBe(0);
    expect(JSON.parse(logout.stdout)).toEqual({ ok: true, action: "logout", account: "staff-alice" });

    const [log, logJson, summary, summaryJson, stats, statsJson] = await Promise.all([
      cli("log", "staff-alice", "--from", "2026-11-29", "--to", "2026-11-29"),
      cli("log", "staff-alice", "--json"),
      cli("summary", "staff-alice"),
      cli("summary", "staff-alice", "--json"),
      cli("stats", "--from", "2026-11-27", "--to", "2026-11-29", "--chart"),
      cli("stats", "--from", "2026-11-27", "--to", "2026-11-29", "--json"),
    ]);
    expect(log.code).toBe(0);
    expect(log.stdout).toMatch(/^START\s+STOP\s+DURATION\s+IP\s+MAC\s+DOWNLOAD\s+UPLOAD$/m);
    expect(log.stdout).toMatch(/^2026-11-29 08:00:00\s+2026-11-29 08:30:00\s+30m\s+10\.1\.2\.3\s+AA:BB:CC:DD:EE:01/m);
    expect(log.stdout).toContain("1 session(s).");
    expect(z.array(sessionJsonSchema).parse(JSON.parse(logJson.stdout))).toEqual([
      expect.objectContaining({ username: "staff-alice", start: "2026-11-29T08:00:00", stop: "2026-11-29T08:30:00", durationSeconds: 1800 }),
    ]);
    expect(summary.stdout).toMatch(/^Sessions:\s+1$/m);
    expect(summary.stdout).toMatch(/^Time used:\s+30m$/m);
    expect(summaryJsonSchema.parse(JSON.parse(summaryJson.stdout))).toMatchObject({ username: "staff-alice", sessions: 1, timeUsedSeconds: 1800 });

    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain("Statistics 2026-11-27 to 2026-11-29 (server time)");
    expect(stats.stdout).toContain("Time used per day");
    // Two empty days, then a full bar for the day with the session.
    expect(stats.stdout).toMatch(/^2026-11-27 │\s+0s$/m);
    expect(stats.stdout).toMatch(/^2026-11-29 │█{40} 30m$/m);
    expect(stats.stdout).toMatch(/^DATE\s+SESSIONS\s+TIME USED\s+DOWNLOAD\s+UPLOAD\s+CREATED\s+SALES$/m);
    expect(stats.stdout).toMatch(/^2026-11-29\s+1\s+30m\s/m);
    expect(stats.stdout).toMatch(/^TOTAL\s+1\s+30m\s/m);
    const doc = statsJsonSchema.parse(JSON.parse(statsJson.stdout));
    expect(doc.totals.timeUsedSeconds).toBe(1800);
    expect(doc.from).toBe("2026-11-27");
    expect(doc.days.map((d) => d.date)).toEqual(["2026-11-27", "2026-11-28", "2026-11-29"]);
    expect(doc.totals.sessions).toBe(1);

    expectNoSecrets(login, logout, log, logJson, summary, summaryJson, stats, statsJson);
  });

  it("draws no chart when not on a terminal unless asked", async () => {
    const plain = await cli("stats", "--from", "2026-11-29", "--to", "2026-11-29");
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain("│");
    expect(plain.stdout).toMatch(/^2026-11-29\s+1\s+30m\s/m);
  });
});

describe("hotspot account delete", () => {
  it("refuses without --yes when not on a terminal, deletes with it", async () => {
    const refused = await cli("account", "delete", "guest-2");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refusing to delete "guest-2" without confirmation: not a terminal, pass --yes');
    expect(await emu.api("viewaccount", { account: "guest-2" })).toContain("<Username>guest-2</Username>");

    const deleted = await cli("account", "delete", "guest-2", "--yes", "--json");
    expect(deleted.code).toBe(0);
    expect(JSON.parse(deleted.stdout)).toEqual({ ok: true, action: "delete", account: "guest-2" });
    expect(await emu.api("viewaccount", { account: "guest-2" })).toMatch(/ERROR/);
    const human = await cli("account", "delete", "guest-1", "-y");
    expect(human.stdout).toBe("Deleted guest-1.\n");
    expectNoSecrets(refused, deleted, human);
  });

  it.skipIf(!HAS_SCRIPT)("asks on a terminal and deletes only when the name is typed back", async () => {
    await seed("generateaccounts", { account: "temp-1", number: "1", priceplan: "1", type: "0", password: "t" });
    const prompt = "Type the account name to confirm: ";
    const no = await cliOnTerminal(["account", "delete", "temp-1"], prompt, "yes");
    expect(no.output).toContain('Delete account "temp-1"? Its time and quota are lost.');
    expect(no.output).toContain("Not deleted.");
    expect(no.code).toBe(1);
    expect(await emu.api("viewaccount", { account: "temp-1" })).toContain("<Username>temp-1</Username>");
    const yes = await cliOnTerminal(["account", "delete", "temp-1"], prompt, "temp-1");
    expect(yes.output).toContain("Deleted temp-1.");
    expect(yes.code).toBe(0);
    expect(await emu.api("viewaccount", { account: "temp-1" })).toMatch(/ERROR/);
  });
});

describe("the -o json schema", () => {
  it("the committed schema/output.schema.json is the one the zod contract generates", () => {
    const committed = readFileSync(new URL("../../schema/output.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(`${JSON.stringify(outputJsonSchemaDocument(), null, 2)}\n`);
  });
});
