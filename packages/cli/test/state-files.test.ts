// The files hotspot writes and reads back (state, lock, saved plan), read by the CLI as a user
// runs it: valid JSON of the wrong shape is an error naming the file, the first bad path and
// what to do; never a TypeError. An older file, and one with an account named __proto__, still load.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockPath } from "@hotspot-iac/sync";
import { type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";

const PASSPHRASE = "Pass-state-files-Qm4";
let emu: EmulatorProcess;
let work: { dir: string; remove: () => void };

const YAML = ["version: 1", "ownership:", '  prefixes: ["staff-"]', "pricePlans:", "  hour: { id: 1 }", "accounts:", "  - username: staff-alice", "    plan: hour", "    sell: true", ""].join("\n");
const run = (args: string[]) => hotspot(args, { cwd: work.dir, env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE } });
const statePath = () => join(work.dir, ".hotspot", "state.json");

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  work = tempDir();
  writeFileSync(join(work.dir, "hotspot.yaml"), YAML);
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  work?.remove();
});

describe("state, lock and saved-plan files of the wrong shape", { timeout: 120_000 }, () => {
  it("apply writes a state file that loads again, one with extra fields and a __proto__ account too", async () => {
    const applied = await run(["apply", "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    const state = JSON.parse(readFileSync(statePath(), "utf8"));
    const server = Object.values(state.servers)[0] as Record<string, unknown> & { accounts: Record<string, unknown> };
    // A later version's optional field, and a name that is a key, not a prototype.
    server.futureField = { kept: true };
    Object.defineProperty(server.accounts, "__proto__", { value: { writeOnly: {} }, enumerable: true });
    writeFileSync(statePath(), JSON.stringify(state));
    const again = await run(["plan", "--detailed-exitcode"]);
    expect(again.code, again.stderr).toBe(0);
  });

  it("a state file of the wrong shape names the file, the path and what to do", async () => {
    const good = readFileSync(statePath(), "utf8");
    const state = JSON.parse(good);
    const key = Object.keys(state.servers)[0]!;
    state.servers[key].accounts["staff-alice"].writeOnly = ["not", "a", "record"];
    writeFileSync(statePath(), JSON.stringify(state));
    const r = await run(["plan"]);
    writeFileSync(statePath(), good);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`.hotspot/state.json: not a valid hotspot-iac state file (version 1): at servers[${JSON.stringify(key)}].accounts["staff-alice"].writeOnly: expected an object.`);
    expect(r.stderr).toContain("move it aside");
    expect(r.stderr).not.toContain("TypeError");

    writeFileSync(statePath(), JSON.stringify({ version: 1, salt: "x", servers: [] }));
    const top = await run(["plan"]);
    writeFileSync(statePath(), good);
    expect(top.stderr).toContain("state.json: not a valid hotspot-iac state file (version 1): at servers: expected an object.");

    // The fields later stages added are checked too (known names, write-ahead marks).
    const marked = JSON.parse(good);
    marked.servers[key].batches = { "CONF-": { writeOnly: {}, owedMembers: { "CONF-1": "expires" } } };
    writeFileSync(statePath(), JSON.stringify(marked));
    const owed = await run(["plan"]);
    writeFileSync(statePath(), good);
    expect(owed.stderr).toContain(`at servers[${JSON.stringify(key)}].batches["CONF-"].owedMembers["CONF-1"]: expected array.`);
    expect(owed.stderr).not.toContain("TypeError");
  });

  it("a saved plan of the wrong shape names the file and the path, and says to plan again", async () => {
    const saved = await run(["plan", "--out", "p.plan"]);
    expect(saved.code, saved.stderr).toBe(0);
    const plan = JSON.parse(readFileSync(join(work.dir, "p.plan"), "utf8"));
    plan.plan.changes = [{ resource: "account", action: "create", username: "staff-x", site: "default", impact: 1, fields: "oops" }];
    writeFileSync(join(work.dir, "p.plan"), JSON.stringify(plan));
    for (const args of [["show", "p.plan"], ["apply", "p.plan"]]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toContain("p.plan: not a valid hotspot-iac saved plan: at plan.changes[0].fields: expected array. Make it again with `hotspot plan --out FILE`.");
      expect(r.stderr).not.toContain("TypeError");
    }
  });

  it("a lock file of the wrong shape names the file and says when to delete it; nothing is written", async () => {
    const lock = lockPath(statePath(), emu.url);
    mkdirSync(join(work.dir, ".hotspot"), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: "1234", host: 7 }));
    const before = (await emu.log()).length;
    writeFileSync(join(work.dir, "hotspot.yaml"), YAML.replace("sell: true", "sell: false"));
    const r = await run(["apply", "--auto-approve"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${lock}: not a valid hotspot-iac lock file: at pid: expected number. If no apply is running against this server, delete the lock file.`);
    expect((await emu.log()).slice(before).filter((e) => e.command === "updateaccount")).toEqual([]);
  });

  it("state force-unlock removes the lock files beside the state file, naming their holder; apply then runs", async () => {
    const lock = lockPath(statePath(), emu.url);
    mkdirSync(join(work.dir, ".hotspot"), { recursive: true });
    // Held by a process that runs (pid 1 on this host): never taken over by itself.
    writeFileSync(lock, JSON.stringify({ pid: 1, host: hostname(), server: emu.url, since: "2026-01-02T03:04:05.000Z" }));
    const held = await run(["apply", "--auto-approve"]);
    expect(held.code).toBe(1);
    expect(held.stderr).toContain("(pid 1 on");
    const unlocked = await run(["state", "force-unlock"]);
    expect(unlocked.code, unlocked.stderr).toBe(0);
    expect(unlocked.stdout).toBe(`Removed ${lock} (held by pid 1 on ${hostname()} since 2026-01-02T03:04:05.000Z).\n`);
    const applied = await run(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect((await run(["state", "force-unlock"])).stdout).toBe("No lock files: nothing to unlock.\n");
  });
});
