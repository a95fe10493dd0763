// The read path's request budget: getpriceplans + getaccountlist once, at most one
// viewaccount per owned account, none where the list carries the fields. And the apply lock.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock, LockHeldError, lockPath } from "../../src/lock/lock.js";
import { count, type Harness, OWNERSHIP, startHarness } from "./harness.js";

const body = `${OWNERSHIP}accounts:
${Array.from({ length: 15 }, (_, i) => `  - username: staff-${i + 1}\n    plan: day\n    expires: 2026-12-31\n`).join("")}batches:
  - prefix: CONF-
    count: 25
    plan: hour
`;

describe("read budget", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  for (const listFields of ["username", "full"] as const) {
    it(`plans with getaccountlist + ${listFields === "full" ? "no" : "one"} viewaccount per owned account (list: ${listFields})`, async () => {
      h = await startHarness({ listFields });
      const config = await h.config(body);
      await h.converge(config);
      await h.client.generateAccounts({ account: "not-ours", count: 30 });
      const since = h.seq();
      const planned = await h.plan(config);
      expect(planned.plan.summary.update + planned.plan.summary.create + planned.plan.summary.delete).toBe(0);
      const log = h.log(since);
      expect(count(log, "getpriceplans")).toBe(1);
      expect(count(log, "getaccountlist")).toBe(1);
      expect(count(log, "viewaccount")).toBe(listFields === "full" ? 0 : 40);
      expect(log.some((e) => e.command === "viewaccount" && String(e.params.account).startsWith("not-ours"))).toBe(false);
      expect(log).toHaveLength(2 + (listFields === "full" ? 0 : 40));
    });
  }
});

describe("apply lock", () => {
  it("one holder per server; a lock left by a dead process is taken over", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotspot-lock-"));
    try {
      const statePath = join(dir, ".hotspot", "state.json");
      const a = await acquireLock({ statePath, serverUrl: "http://10.0.0.1:82" });
      await expect(acquireLock({ statePath, serverUrl: "http://10.0.0.1:82/" })).rejects.toBeInstanceOf(LockHeldError);
      // Another spelling of the server, with another state file in the same folder: the server's lock.
      const beside = join(dir, ".hotspot", "other-state.json");
      await expect(acquireLock({ statePath: beside, serverUrl: "HTTP://10.0.0.1" })).rejects.toBeInstanceOf(LockHeldError);
      // Another server with the same state file: the state file's lock.
      await expect(acquireLock({ statePath, serverUrl: "http://10.0.0.2:82" })).rejects.toBeInstanceOf(LockHeldError);
      const other = await acquireLock({ statePath: beside, serverUrl: "http://10.0.0.2:82" }); // another server and file: independent
      await a.release();
      const b = await acquireLock({ statePath, serverUrl: "http://10.0.0.1:82" });
      await b.release();
      await other.release();

      // A stale lock: written by a pid that does not run on this host.
      const { hostname } = await import("node:os");
      const path = lockPath(statePath, "http://10.0.0.1:82");
      await writeFile(path, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), server: "x", since: "then" }));
      const c = await acquireLock({ statePath, serverUrl: "http://10.0.0.1:82" });
      await c.release();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("an empty lock file holds no holder (ours are linked into place whole): taken over at once, with a warning", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hotspot-lock-"));
    try {
      const statePath = join(dir, ".hotspot", "state.json");
      const first = await acquireLock({ statePath, serverUrl: "http://10.0.0.1:82" });
      await first.release(); // leaves the folder in place
      const path = lockPath(statePath, "http://10.0.0.1:82");
      await writeFile(path, "");
      const warnings: string[] = [];
      const taken = await acquireLock({ statePath, serverUrl: "http://10.0.0.1:82", onWarning: (m) => warnings.push(m) });
      expect(warnings).toEqual([`The lock ${path} holds no record of its holder: taken over.`]);
      // Never half-written: a second apply sees the holder at once.
      await expect(acquireLock({ statePath, serverUrl: "http://10.0.0.1:82" })).rejects.toThrow(/pid \d+ on /);
      await taken.release();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
