// The state file: in memory by default, JSON on request; what a write command acknowledged is on
// disk; a restart reloads it; kill -9 in the middle of a write storm leaves a parseable file that
// holds every acknowledged write.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readStateFile } from "../src/index.js";
import { spawnWithUrl } from "./child-process.js";
import { description, PASS, parseXml, select, startTestServer } from "./helpers.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hotspot-emulator-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("state file", () => {
  it("holds an acknowledged write before the answer arrives, and a restart reloads everything", async () => {
    const stateFile = join(dir, "state.json");
    const a = await startTestServer({ stateFile });
    await a.call("generateaccounts", { account: "NEW", number: 2, startnumber: 21, priceplan: 1 });
    await a.call("updateaccount", { account: "NEW21", ccnumber: "4111", firstname: "Ann" });
    await a.call("loginaccount", { account: "NEW21", ip: "10.1.1.1" });
    // Durable already, without stop(): read the file as another process would.
    const onDisk = readStateFile(stateFile);
    expect(onDisk?.accounts.map((x) => x.username)).toEqual(["NEW21", "NEW22"]);
    expect(onDisk?.accounts[0]?.card).toEqual({ ccnumber: "4111" });
    a.emu.clock.advance(600_000);
    await a.emu.stop();

    const b = await startTestServer({ stateFile, clock: new Date("2026-11-29T08:10:00Z") });
    try {
      const list = await b.call("getaccountlist");
      expect(select(list.doc, "Accounts/Account/Username")).toEqual(["NEW21", "NEW22"]);
      const v = await b.call("viewaccount", { account: "NEW21" });
      expect(select(v.doc, "Accounts/Account/Loggedin")).toEqual(["1"]);
      expect(select(v.doc, "Accounts/Account/TimeLeft")).toEqual(["3000"]);
      expect(b.emu.state.account("NEW21")?.customer).toEqual({ firstname: "Ann" });
      // Counters continue: the next batch gets a new GenerateID.
      const g = await b.call("generateaccounts", { account: "NEW", number: 1, priceplan: 1, startnumber: 30 });
      expect(select(g.doc, "Accounts/Account/GenerateID")).toEqual(["2"]);
    } finally {
      await b.emu.stop();
    }
  });

  it("what is on disk (snapshot + journal) equals the live state after every kind of change", async () => {
    const stateFile = join(dir, "state.json");
    const t = await startTestServer({ stateFile });
    try {
      await t.call("generateaccounts", { account: "g", number: 5, priceplan: 2, sell: 1 });
      await t.call("generateaccounts", { account: "T-", number: 3, type: 2, length: 8, priceplan: 1 });
      await t.call("updateaccount", { account: "g1", firstname: "Zoë", ccnumber: "4111", money: "2.50", multilogin: 1, multilogins: 2 });
      await t.call("loginaccount", { account: "g1", mac: "00:00:00:00:00:01" });
      await t.call("loginaccount", { account: "g1", mac: "00:00:00:00:00:02" });
      await t.call("loginaccount", { account: "g2", ip: "10.0.0.2" });
      t.emu.clock.advance(3_600_000);
      t.emu.addTraffic("g1", 123_456, 7_890);
      await t.call("logoutaccount", { ip: "10.0.0.2" });
      await t.call("refillaccount", { account: "g3", priceplan: 4 });
      await t.call("refillaccount", { account: "fresh", priceplan: 1 });
      await t.call("deleteaccount", { account: "g4" });
      await t.call("deleteaccount", { account: "g1" });
      t.emu.clock.advance(86_400_000);
      await t.call("getaccountlist");
      t.emu.state.snapshot(); // settles the open sessions...
      await t.emu.flush(); // ...and saves them
      const live = t.emu.state.snapshot();
      const disk = readStateFile(stateFile);
      expect(readFileSync(`${stateFile}.journal`, "utf8").length).toBeGreaterThan(0);
      expect({ ...disk, savedAt: "" }).toEqual({ ...live, savedAt: "" });
    } finally {
      await t.emu.stop();
    }
    // After a clean stop the snapshot alone holds everything.
    expect(readFileSync(`${stateFile}.journal`, "utf8")).toBe("");
    expect(JSON.parse(readFileSync(stateFile, "utf8")).accounts).toHaveLength(7);
  });

  it("ignores a torn last journal line (an append cut by a crash) and refuses a corrupt middle", async () => {
    const stateFile = join(dir, "state.json");
    const t = await startTestServer({ stateFile });
    await t.call("generateaccounts", { account: "kept", priceplan: 1 });
    const journal = readFileSync(`${stateFile}.journal`, "utf8");
    // Simulate kill -9: no stop(); a half-written line at the end.
    appendFileSync(`${stateFile}.journal`, '{"rev":99,"accounts":{"ghost":');
    expect(readStateFile(stateFile)?.accounts.map((a) => a.username)).toEqual(["kept"]);
    writeFileSync(`${stateFile}.journal`, `{"rev":1,"acc\n${journal}`);
    expect(() => readStateFile(stateFile)).toThrow(/state\.json\.journal: line 1 is corrupt/);
    await t.emu.stop();
  });

  it("keeps the offset of a system clock moved by tests across a restart", async () => {
    const stateFile = join(dir, "state.json");
    const a = await startTestServer({ stateFile, clock: undefined });
    a.emu.clock.advance(3 * 86_400_000);
    const moved = a.emu.clock.now().getTime();
    await a.emu.stop();
    const b = await startTestServer({ stateFile, clock: undefined });
    const drift = b.emu.clock.now().getTime() - moved;
    await b.emu.stop();
    expect(drift).toBeGreaterThanOrEqual(0);
    // Less than an hour: the 3 days were kept once, not added again (a restart's own time is no bound).
    expect(drift).toBeLessThan(3_600_000);
  });

  it("stays in memory without a state file", async () => {
    const before = readdirSync(process.cwd()).sort();
    const a = await startTestServer();
    await a.call("generateaccounts", { account: "x", priceplan: 1 });
    // The write took (in memory), or the empty list below would prove nothing.
    expect(select((await a.call("getaccountlist")).doc, "Accounts/Account/Username")).toEqual(["x"]);
    await a.emu.stop();
    // Nothing written beside the process, and a second emulator in the same process shares nothing.
    expect(readdirSync(process.cwd()).sort()).toEqual(before);
    const b = await startTestServer();
    expect(select((await b.call("getaccountlist")).doc, "Accounts/Account/Username")).toEqual([]);
    await b.emu.stop();
  });

  it("refuses a corrupt or foreign state file with a clear error", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    await expect(startTestServer({ stateFile: bad })).rejects.toThrow(/bad\.json: emulator state file is not valid JSON/);
    writeFileSync(bad, JSON.stringify({ version: 99, accounts: [], sessions: [] }));
    await expect(startTestServer({ stateFile: bad })).rejects.toThrow(/version 99 is not supported/);
  });

  it("survives kill -9 during a write storm: the file parses and holds every acknowledged write", async () => {
    const stateFile = join(dir, "storm.json");
    const child = await spawnWithUrl(["test/fixtures/serve.ts", stateFile], {
      cwd: join(import.meta.dirname, ".."),
      env: { EMULATOR_TEST_PASS: PASS },
    });
    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        const name = `w${w}-${i}`;
        const q = new URLSearchParams({ pass: PASS, account: name, priceplan: "1" });
        try {
          const res = await fetch(`${child.url}/generateaccounts?${q}`);
          const doc = parseXml(await res.text());
          if (select(doc, "Accounts/Account/Username")[0] === name) acknowledged.push(name);
          else throw new Error(description(doc));
        } catch {
          return; // the server died
        }
      }
    };
    let finished = 0;
    const workers = Array.from({ length: 8 }, (_, w) => worker(w).finally(() => finished++));
    // Let writes pile up, then kill without warning in the middle of them.
    while (acknowledged.length < 200 && finished === 0) await new Promise((r) => setTimeout(r, 10));
    expect(finished).toBe(0);
    child.proc.kill("SIGKILL");
    stop = true;
    await Promise.all(workers);
    expect((await child.exited).signal).toBe("SIGKILL");

    // Throws on a torn snapshot or on a corrupt journal line before the last.
    const state = readStateFile(stateFile);
    const names = new Set(state?.accounts.map((a) => a.username));
    const lost = acknowledged.filter((n) => !names.has(n));
    expect(lost).toEqual([]);
    // And the emulator starts again from it.
    const again = await startTestServer({ stateFile });
    try {
      expect(select((await again.call("getaccountlist")).doc, "Accounts/Account/Username").length).toBe(names.size);
    } finally {
      await again.emu.stop();
    }
  });
});
