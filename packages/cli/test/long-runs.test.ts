// Long runs say what they are doing, through the CLI against a server that hangs (a proxy holds
// requests until the test lets them go, so nothing depends on the machine's speed): progress lines
// every 10 s without a terminal, retries as they happen, --timeout bounding a whole run (and the
// next apply converging), and a terminal's bar counting accounts.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, cleanEnv, emulatorSuite, hotspot } from "./harness.js";
import { gate, startHostileProxy } from "./hostile-proxy.js";

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
    `  - { prefix: ${prefix}v-, count: ${count}, plan: hour, expires: 2099-01-31T18:00 }`,
  ];
  writeFileSync(join(dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

describe("long runs", { timeout: 240_000 }, () => {
  it("without a terminal: a progress line every 10 s per running change, and retries as they happen", async () => {
    const dir = suite.checkout();
    config(dir, "lr1-", 40, "120s");
    // Every member's updateaccount is held until the heartbeat has spoken: the batch is running
    // for as long as the line takes to come, on any machine.
    const proxy = await startHostileProxy(suite.emu.url);
    const release = gate();
    const heard = gate();
    proxy.distort = (req) => (req.command === "updateaccount" ? { hold: release.promise } : undefined);
    try {
      const applying = hotspot(["apply", "--auto-approve"], {
        cwd: dir,
        env: { HOTSPOT_URL: proxy.url, HOTSPOT_PASSPHRASE: PASSPHRASE },
        onStderr: (soFar) => (/Still creating/.test(soFar) ? heard.open() : undefined),
      });
      await Promise.race([heard.promise, applying]);
      release.open();
      const applied = await applying;
      expect(applied.code, applied.stderr).toBe(0);
      // Counted in accounts, each once: none of the 40 done yet (all held), never out of 80.
      expect(applied.stderr).toMatch(/^batch "lr1-v-": Still creating… 0\/40 accounts \[10s elapsed\]$/m);
    } finally {
      release.open();
    }
    // Reads are retried (writes never are): the first viewaccount of lr1-a gets no answer within the
    // 3 s request timeout (the proxy holds it until the test ends), the second is answered; the
    // retry is said when it happens. Held, not delayed: no answer of a busy machine is that late.
    config(dir, "lr1-", 40, "3s");
    const never = gate();
    let late = 1;
    proxy.distort = (req) => (req.command === "viewaccount" && req.params.get("account") === "lr1-a" && late-- > 0 ? { hold: never.promise } : undefined);
    try {
      const planned = await suite.run(dir, ["plan"], { HOTSPOT_URL: proxy.url });
      expect(planned.code, planned.stderr).toBe(0);
      expect(planned.stderr).toBe("viewaccount lr1-a: no answer in 3s, retry 2 of 3\n");
      expect(planned.stdout).toContain("No changes.");
      // Late every time: each retry said, then the error counts the attempts.
      late = 3;
      const failed = await suite.run(dir, ["plan"], { HOTSPOT_URL: proxy.url });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain("viewaccount lr1-a: no answer in 3s, retry 3 of 3\n");
      expect(failed.stderr).toContain("viewaccount: no answer in time (after 3000 ms), 3 attempts [GET ");
    } finally {
      never.open();
      await proxy.settled();
      await proxy.close();
    }
  });

  it("--timeout bounds the whole run: a hanging server stops it with exit 1, and the next apply converges", async () => {
    const dir = suite.checkout();
    // 20 members and an account: past safety's 10 owned accounts, so the owed member updates the
    // next apply sends (all of them) would trip the 30% update threshold if safety counted them.
    config(dir, "lr2-", 20, "120s");
    // updateaccount gets no answer (held by the proxy, far inside the 120 s request timeout): only
    // --timeout can end this run. The held updates reach the server afterwards, as a late server's do.
    const proxy = await startHostileProxy(suite.emu.url);
    const never = gate();
    proxy.distort = (req) => (req.command === "updateaccount" ? { hold: never.promise } : undefined);
    // Every run goes through the proxy: its address is the server this state file knows.
    const via = { HOTSPOT_URL: proxy.url };
    try {
      const stopped = await suite.run(dir, ["apply", "--auto-approve", "--timeout", "10s"], via);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toContain(
        "Error: the run did not finish within --timeout 10s and was stopped: changes not started were left alone and what was done is recorded in the state file; run apply again to converge",
      );
      never.open();
      await proxy.settled();
      const again = await suite.run(dir, ["apply", "--auto-approve"], via);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      const settled = await suite.run(dir, ["plan", "--detailed-exitcode"], via);
      expect(settled.code, settled.stdout + settled.stderr).toBe(0);
      expect(settled.stdout).toContain("No changes.");
    } finally {
      never.open();
      await proxy.close();
    }

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
    // The batch's line when it ends carries its final count, however often the bar was drawn.
    expect(r.stdout).toContain('batch "lr3-v-": created, 50/50 accounts');
    // Whatever frames the bar drew in between count the same 50.
    const counts = [...r.stdout.matchAll(/(\d+)\/(\d+) accounts/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [done, total] of counts) {
      expect(total).toBe(50);
      expect(done).toBeLessThanOrEqual(50);
    }
  });
});
