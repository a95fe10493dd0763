// One state in PostgreSQL for every checkout (issue 22), through the CLI as a team runs it: two
// checkouts with no local state and one HOTSPOT_STATE=postgres://… apply a batch at once while
// the emulator holds getaccountlist 3 s; the database's advisory lock lets one through and refuses
// (or holds back) the other, so the server gets exactly the declared members, and the other
// checkout's plan then has nothing to do. A SIGKILLed apply leaves no lock behind; `state migrate`
// moves a state there and back; import records into the database; an apply whose lock session
// ends stops; the database's password is never printed.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CLI, cleanEnv, type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";
import { gate, startHostileProxy } from "./hostile-proxy.js";
import { describeWithPostgres, type Postgres, startPostgres } from "./postgres.js";

const PASSPHRASE = "Pass-team-state-Zr8";
const YAML = [
  "version: 1",
  `state: "\${env:TEAM_STATE}"`,
  "ownership:",
  '  prefixes: ["TEAM-"]',
  "pricePlans:",
  "  hour: { id: 1 }",
  "batches:",
  "  - prefix: TEAM-",
  "    count: 20",
  "    plan: hour",
  "",
].join("\n");

describeWithPostgres("state in PostgreSQL, shared by every checkout", () => {
  let pg: Postgres;
  let emu: EmulatorProcess;
  const dirs: { dir: string; remove: () => void }[] = [];
  const checkout = () => {
    const d = tempDir();
    writeFileSync(join(d.dir, "hotspot.yaml"), YAML);
    dirs.push(d);
    return d.dir;
  };
  const members = async () => {
    const list = await emu.api("getaccountlist", {});
    return [...list.matchAll(/<username>(TEAM-[^<]*)<\/username>/gi)].map((m) => m[1]!).sort();
  };
  const noPassword = (...texts: string[]) => {
    for (const t of texts) expect(t).not.toContain(pg.password);
  };

  beforeAll(async () => {
    pg = await startPostgres();
    emu = await startEmulatorProcess(PASSPHRASE);
  }, 120_000);
  afterAll(async () => {
    await emu?.stop();
    pg?.stop();
    for (const d of dirs) d.remove();
  });

  it("two checkouts apply at once: one is refused naming the holder, the server has exactly the declared members, the other's plan says No changes", { timeout: 120_000 }, async () => {
    const url = pg.database("together");
    // HOTSPOT_STATE names the database (the YAML's `state` is overridden, its reference left empty).
    const env = { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, HOTSPOT_STATE: url, TEAM_STATE: "unused.json" };
    const [a, b] = [checkout(), checkout()];
    await emu.setFaults({ commands: { getaccountlist: { latency: 1 } }, latencyMs: 3000 });
    const results = await Promise.all([a, b].map((cwd) => hotspot(["apply", "--auto-approve"], { cwd, env })));
    await emu.setFaults(null);
    const all = results.map((r) => `${r.code}\n${r.stdout}\n${r.stderr}`).join("\n---\n");
    noPassword(all);
    expect(results.filter((r) => r.code === 0), all).toHaveLength(1);
    const refused = results.find((r) => r.code !== 0)!;
    expect(refused.stderr).toMatch(/another apply against http:\/\/localhost:\d+ is running \(pid \d+ of \S+ on \S+ since \d{4}-\d\d-\d\dT/);
    expect(refused.stderr).toContain("advisory lock in the state database postgres://postgres:***@127.0.0.1:");
    expect(await members()).toHaveLength(20);
    // Neither checkout keeps a state file: the state is in the database.
    for (const cwd of [a, b]) expect(existsSync(join(cwd, ".hotspot", "state.json"))).toBe(false);

    const loser = results.indexOf(refused) === 0 ? a : b;
    const plan = await hotspot(["plan", "--detailed-exitcode"], { cwd: loser, env });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes.");
    expect(plan.stdout).not.toContain("write-only");
    noPassword(plan.stdout, plan.stderr);
  });

  it("with --lock-timeout the second apply waits for the first and then has nothing to do", { timeout: 120_000 }, async () => {
    const url = pg.database("waiting");
    // The YAML names the database (state: "${env:TEAM_STATE}"), no HOTSPOT_STATE.
    const env = { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, TEAM_STATE: url };
    // Another server identity than the test above: its own batch on the same emulator is not wanted.
    const yaml = YAML.replaceAll("TEAM-", "WAIT-");
    const [a, b] = [checkout(), checkout()];
    for (const cwd of [a, b]) writeFileSync(join(cwd, "hotspot.yaml"), yaml);
    await emu.setFaults({ commands: { getaccountlist: { latency: 1 } }, latencyMs: 3000 });
    const results = await Promise.all([a, b].map((cwd) => hotspot(["apply", "--auto-approve", "--lock-timeout", "60s"], { cwd, env })));
    await emu.setFaults(null);
    const all = results.map((r) => `${r.code}\n${r.stdout}\n${r.stderr}`).join("\n---\n");
    expect(results.map((r) => r.code), all).toEqual([0, 0]);
    expect(results.filter((r) => r.stdout.includes("20 created")), all).toHaveLength(1);
    expect(results.filter((r) => r.stdout.includes("No changes.")), all).toHaveLength(1);
    const list = await emu.api("getaccountlist", {});
    expect([...list.matchAll(/<username>WAIT-/gi)]).toHaveLength(20);
  });

  it("a SIGKILLed apply leaves no lock behind: the next apply starts at once", { timeout: 120_000 }, async () => {
    const url = pg.database("killed");
    const env = { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, TEAM_STATE: url };
    const cwd = checkout();
    writeFileSync(join(cwd, "hotspot.yaml"), YAML.replaceAll("TEAM-", "KILL-"));
    await emu.setFaults({ commands: { getaccountlist: { latency: 1 } }, latencyMs: 25_000 });
    const child = spawn(CLI[0]!, [...CLI.slice(1), "apply", "--auto-approve"], { cwd, env: cleanEnv(env), stdio: ["ignore", "ignore", "pipe"] });
    try {
      // It holds the lock once it reads the server (it locks first): its 10 s heartbeat says so.
      let err = "";
      await new Promise<void>((resolve, reject) => {
        child.stderr!.setEncoding("utf8").on("data", (d: string) => {
          err += d;
          if (err.includes("Still reading the server")) resolve();
        });
        child.once("exit", () => reject(new Error(`the apply ended early: ${err}`)));
      });
      const held = await hotspot(["apply", "--auto-approve"], { cwd, env });
      expect(held.code).toBe(1);
      expect(held.stderr).toContain(`(pid ${child.pid} of `);
    } finally {
      child.kill("SIGKILL");
      await emu.setFaults(null);
    }
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once("exit", r));
    const next = await hotspot(["apply", "--auto-approve"], { cwd, env });
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(next.stdout).toContain("20 created");
  });

  it("state migrate moves a state file into the database and back unchanged; list and show never print a hash or the password", { timeout: 120_000 }, async () => {
    const cwd = checkout();
    writeFileSync(join(cwd, "hotspot.yaml"), YAML.replaceAll("TEAM-", "MOVE-").replace(/^state: .*\n/m, ""));
    const env = { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE };
    const applied = await hotspot(["apply", "--auto-approve"], { cwd, env });
    expect(applied.code, applied.stderr).toBe(0);
    const file = join(cwd, ".hotspot", "state.json");
    const before = JSON.parse(readFileSync(file, "utf8"));

    const url = pg.database("moved");
    const there = await hotspot(["state", "migrate", "--to", url], { cwd, env });
    expect(there.code, there.stdout + there.stderr).toBe(0);
    noPassword(there.stdout, there.stderr);

    const list = await hotspot(["state", "list", "-o", "json"], { cwd, env: { ...env, HOTSPOT_STATE: url } });
    expect(list.code, list.stderr).toBe(0);
    const listed = JSON.parse(list.stdout);
    expect(listed.servers).toEqual([expect.objectContaining({ server: expect.stringMatching(/^http:\/\/localhost:\d+$/), site: "default", accounts: 0, batches: 1, members: 20 })]);
    const show = await hotspot(["state", "show"], { cwd, env: { ...env, HOTSPOT_STATE: url } });
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain("MOVE-");
    const section = Object.values(before.servers as Record<string, { keyCheck: string }>)[0]!;
    for (const out of [show.stdout, list.stdout]) {
      expect(out).not.toContain(section.keyCheck);
      expect(out).not.toContain(before.salt);
    }
    noPassword(list.stdout, list.stderr, show.stdout, show.stderr);

    // Planned from the database: nothing to do.
    const plan = await hotspot(["plan", "--detailed-exitcode", "--state", url], { cwd, env });
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);

    const back = join(cwd, "back.json");
    const home = await hotspot(["state", "migrate", "--to-file", back], { cwd, env: { ...env, HOTSPOT_STATE: url } });
    expect(home.code, home.stdout + home.stderr).toBe(0);
    expect(JSON.parse(readFileSync(back, "utf8"))).toEqual(before);

    // A newer state is never overwritten by an older one.
    const newer = { ...before, serial: (before.serial ?? 0) + 5 };
    writeFileSync(back, JSON.stringify(newer));
    const refused = await hotspot(["state", "migrate", "--to-file", back], { cwd, env: { ...env, HOTSPOT_STATE: url } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/newer/);
    noPassword(refused.stderr);
  });

  it("a save the database refuses leaves the previous state as it was; the error names the database and says the server was not changed", { timeout: 120_000 }, async () => {
    const url = pg.database("refusing");
    const env = { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, TEAM_STATE: url };
    const cwd = checkout();
    const yaml = YAML.replaceAll("TEAM-", "RO-").replace("count: 20", "count: 3");
    writeFileSync(join(cwd, "hotspot.yaml"), yaml);
    expect((await hotspot(["apply", "--auto-approve"], { cwd, env })).code).toBe(0);
    const listed = async () => JSON.parse((await hotspot(["state", "list", "-o", "json"], { cwd, env })).stdout);
    const before = await listed();

    writeFileSync(join(cwd, "hotspot.yaml"), yaml.replace("count: 3", "count: 5"));
    pg.sql(`ALTER DATABASE refusing SET default_transaction_read_only = on`);
    try {
      const r = await hotspot(["apply", "--auto-approve"], { cwd, env });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stderr).toContain("cannot write the state database postgres://postgres:***@127.0.0.1:");
      expect(r.stderr).toContain("read-only transaction");
      expect(r.stderr).toContain("The server was not changed.");
      noPassword(r.stdout, r.stderr);
      expect(await listed()).toEqual(before);
    } finally {
      pg.sql(`ALTER DATABASE refusing RESET default_transaction_read_only`);
    }
    const list = await emu.api("getaccountlist", {});
    expect([...list.matchAll(/<username>RO-/gi)]).toHaveLength(3);
    const after = await hotspot(["apply", "--auto-approve"], { cwd, env });
    expect(after.code, after.stdout + after.stderr).toBe(0);
    expect(after.stdout).toContain("2 created");
  });

  it("import records what it imported in the database: a later plan deletes an imported account the YAML drops, with no takeover", { timeout: 120_000 }, async () => {
    const url = pg.database("imported");
    const seed = checkout();
    const env = { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE };
    const owned = ["version: 1", "ownership:", '  prefixes: ["IMP-"]', "accounts:"];
    // Made by someone else (a state of their own), then imported here into the shared database.
    writeFileSync(join(seed, "hotspot.yaml"), [...owned, "  - username: IMP-a", "  - username: IMP-b", ""].join("\n"));
    const seeded = await hotspot(["apply", "--auto-approve"], { cwd: seed, env });
    expect(seeded.code, seeded.stderr).toBe(0);
    const cwd = tempDir();
    dirs.push(cwd);
    const imported = await hotspot(["import", "--prefix", "IMP-", "--passwords", "omit", "--out", "hotspot.yaml", "--state", url], { cwd: cwd.dir, env });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("recorded them in postgres://postgres:***@127.0.0.1:");
    noPassword(imported.stdout, imported.stderr);
    const same = await hotspot(["plan", "--detailed-exitcode", "--state", url], { cwd: cwd.dir, env });
    expect(same.code, same.stdout + same.stderr).toBe(0);
    writeFileSync(join(cwd.dir, "hotspot.yaml"), [...owned, "  - username: IMP-a", ""].join("\n"));
    const dropped = await hotspot(["plan", "--detailed-exitcode", "--state", url], { cwd: cwd.dir, env });
    expect(dropped.code, dropped.stdout + dropped.stderr).toBe(2);
    expect(dropped.stdout).toContain('account "IMP-b" will be deleted');
    expect(dropped.stdout).not.toContain("TAKEOVER");
  });

  it("a database that cannot be reached is named without its password", { timeout: 60_000 }, async () => {
    const cwd = checkout();
    const wrong = pg.url.replace(/:(\d+)\//, ":1/");
    const r = await hotspot(["plan"], { cwd, env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, HOTSPOT_STATE: wrong, TEAM_STATE: "unused.json" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("state database postgres://postgres:***@127.0.0.1:1/postgres: cannot connect");
    noPassword(r.stdout, r.stderr);
  });

  it("an apply whose lock session ends (database restarted) starts no other change; the next apply converges", { timeout: 120_000 }, async () => {
    const url = pg.database("lost");
    const proxy = await startHostileProxy(emu.url);
    const env = { HOTSPOT_URL: proxy.url, HOTSPOT_PASSPHRASE: PASSPHRASE, TEAM_STATE: url };
    const cwd = checkout();
    const names = ["LOST-a", "LOST-b", "LOST-c"];
    // One request at a time, so the held write is the only one in flight.
    const yaml = [
      "version: 1",
      `state: "\${env:TEAM_STATE}"`,
      "server: { concurrency: 1 }",
      "ownership:",
      '  prefixes: ["LOST-"]',
      "accounts:",
      ...names.map((n) => `  - username: ${n}\n    password: pw-${n}`),
      "",
    ].join("\n");
    writeFileSync(join(cwd, "hotspot.yaml"), yaml);
    const reads = new Set(["getpriceplans", "getaccountlist", "viewaccount"]);
    const arrived = gate();
    const release = gate();
    let held = false;
    proxy.distort = (req) => {
      if (reads.has(req.command) || held) return undefined;
      held = true;
      arrived.open();
      return { hold: release.promise };
    };
    let sawLoss = () => {};
    const lossSeen = new Promise<void>((r) => {
      sawLoss = r;
    });
    try {
      const run = hotspot(["apply", "--auto-approve", "--concurrency", "1"], {
        cwd,
        env,
        onStderr: (err) => {
          if (err.includes("apply lock in the state database")) sawLoss();
        },
      });
      await arrived.promise;
      // The apply holds its lock on a session of its own; end it as a database restart would.
      pg.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'hotspot apply%'", "lost");
      await lossSeen;
      release.open();
      const r = await run;
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stderr).toContain("the apply lock in the state database postgres://postgres:***@127.0.0.1:");
      expect(r.stdout).toContain("1 change done, 0 failed, 2 not started (the apply lock was lost)");
      noPassword(r.stdout, r.stderr);
      const list = await emu.api("getaccountlist", {});
      expect([...list.matchAll(/<username>LOST-/gi)]).toHaveLength(1);
      proxy.distort = () => undefined;
      const next = await hotspot(["apply", "--auto-approve"], { cwd, env });
      expect(next.code, next.stdout + next.stderr).toBe(0);
      expect(next.stdout).toContain("2 created");
      const plan = await hotspot(["plan", "--detailed-exitcode"], { cwd, env });
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    } finally {
      release.open();
      await proxy.close();
    }
  });
});
