// Long runs say what they are doing, through the CLI against a slow or hanging emulator (its fault
// injection): progress lines every 10 s without a terminal, retries as they happen, --timeout
// bounding a whole run (and the next apply converging), and a terminal's bar counting accounts.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, cleanEnv, emulatorSuite } from "./harness.js";
import { startHostileProxy } from "./hostile-proxy.js";

const PASSPHRASE = "Long-Runs-Pass-5e21";
const suite = emulatorSuite(PASSPHRASE);

/** One account and one batch whose members each need an updateaccount (an absolute expiry). */
function config(dir: string, prefix: string, count: number, timeout = "30s"): void {
  const lines = [
    "version: 1",
    `server: { timeout: ${timeout} }`,
    "ownership:",
    `  prefixes: ["${prefix}"]`,
    "pricePlans:",
    '  hour: { description: "1 Hour" }',
    "accounts:",
    `  - { username: ${prefix}a, plan: hour }`,
    "batches:",
    `  - { prefix: ${prefix}v-, count: ${count}, plan: hour, expires: 2027-01-31T18:00 }`,
  ];
  writeFileSync(join(dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

const slow = (command: string, ms: number) => suite.emu.setFaults({ commands: { [command]: { latency: 1 } }, latencyMs: ms });

describe("long runs", { timeout: 240_000 }, () => {
  it("without a terminal: a progress line every 10 s per running change, and retries as they happen", async () => {
    const dir = suite.checkout();
    config(dir, "lr1-", 40);
    // Each updateaccount takes 1.2 s; 40 of them four at a time take about 12 s.
    await slow("updateaccount", 1_200);
    try {
      const applied = await suite.run(dir, ["apply", "--auto-approve"]);
      expect(applied.code, applied.stderr).toBe(0);
      // Counted in accounts, each once: some of the 40 done, never out of 80.
      expect(applied.stderr).toMatch(/^batch "lr1-v-": Still creating… \d+\/40 accounts \[10s elapsed\]$/m);
    } finally {
      await suite.emu.setFaults(null);
    }
    // Reads are retried (writes never are): the first viewaccount of lr1-a answers after the 1 s
    // request timeout, the second on time; the retry is said when it happens.
    config(dir, "lr1-", 40, "1s");
    const proxy = await startHostileProxy(suite.emu.url);
    let late = 1;
    proxy.distort = (req) => (req.command === "viewaccount" && req.params.get("account") === "lr1-a" && late-- > 0 ? { delayMs: 1_500 } : undefined);
    // The proxy's URL is another server to the state file: the batch's members are proven for the
    // emulator's URL only, so they are adopted here (--allow-takeover) rather than refused.
    try {
      const planned = await suite.run(dir, ["plan", "--allow-takeover"], { HOTSPOT_URL: proxy.url });
      expect(planned.code, planned.stderr).toBe(0);
      expect(planned.stderr).toBe("viewaccount lr1-a: no answer in 1s, retry 2 of 3\n");
      expect(planned.stdout).toContain("No changes.");
      // Late every time: each retry said, then the error counts the attempts.
      late = 3;
      const failed = await suite.run(dir, ["plan", "--allow-takeover"], { HOTSPOT_URL: proxy.url });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain("viewaccount lr1-a: no answer in 1s, retry 3 of 3\n");
      expect(failed.stderr).toContain("viewaccount: no answer in time (after 1000 ms), 3 attempts [GET ");
    } finally {
      await proxy.close();
    }
  });

  it("--timeout bounds the whole run: a hanging server stops it with exit 1, and the next apply converges", async () => {
    const dir = suite.checkout();
    // 20 members and an account: past safety's 10 owned accounts, so the owed member updates the
    // next apply sends (all of them) would trip the 30% update threshold if safety counted them.
    config(dir, "lr2-", 20, "10s");
    // updateaccount hangs (12 s > the 10 s request timeout): without --timeout each would take 10 s.
    await slow("updateaccount", 12_000);
    const started = Date.now();
    let stopped: Awaited<ReturnType<typeof suite.run>>;
    try {
      stopped = await suite.run(dir, ["apply", "--auto-approve", "--timeout", "4s"]);
    } finally {
      await suite.emu.setFaults(null);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain(
      "Error: the run did not finish within --timeout 4s and was stopped: changes not started were left alone and what was done is recorded in the state file; run apply again to converge",
    );
    const again = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const settled = await suite.run(dir, ["plan", "--detailed-exitcode"]);
    expect(settled.code, settled.stdout + settled.stderr).toBe(0);
    expect(settled.stdout).toContain("No changes.");

    const bad = await suite.run(dir, ["plan", "--timeout", "soon"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error: option '--timeout <duration>' argument 'soon' is invalid. expected a duration such as 90s, 5m or 1h30m");
  });

  it("on a terminal, a batch's progress counts its accounts once (50, not 100 steps)", () => {
    const dir = suite.checkout();
    config(dir, "lr3-", 50);
    // `script` gives the CLI a pseudo-terminal, as a user's shell would.
    const command = [...CLI, "apply", "--auto-approve"].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("script", ["-qefc", command, "/dev/null"], {
      cwd: dir,
      env: cleanEnv({ HOTSPOT_URL: suite.emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, TERM: "xterm", NO_COLOR: "1" }),
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).toContain("Apply complete! Accounts: 51 created");
    const counts = [...r.stdout.matchAll(/(\d+)\/(\d+) accounts/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(counts.length, r.stdout).toBeGreaterThan(0);
    for (const [done, total] of counts) {
      expect(total).toBe(50);
      expect(done).toBeLessThanOrEqual(50);
    }
  });
});
