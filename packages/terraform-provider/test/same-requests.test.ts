// Issue 24: one set of rules. The same change, applied once by the engine the `hotspot` CLI runs
// (sync's plan + apply from YAML, with a state file) and once by terraform from HCL, each against
// a fresh emulator, sends the same writes: create an account, update it, create a batch, grow it,
// shrink it. Compared from each emulator's request log: command and parameters, in a stable order
// (members are written concurrently), secrets as the log redacts them.
//
// Why sync's engine API and not the CLI's built bundle: no test of this package depends on the
// CLI (the dependency would run against ARCHITECTURE.md's graph, cli → sync ← provider), and
// `hotspot plan` / `hotspot apply` are sync's `plan` and `apply` with the CLI's options
// (cli/src/plan-sites.ts, commands/apply.ts): what reaches the server is decided there.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HotSpotClient, loadConfig } from "@hotspot-iac/core";
import type { RequestLogEntry } from "@hotspot-iac/emulator";
import { apply, plan } from "@hotspot-iac/sync";
import { afterAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

const WRITES = new Set(["generateaccounts", "updateaccount", "deleteaccount", "refillaccount"]);

/** One step of the change, as YAML (under `accounts:` / `batches:`) and as HCL resources. */
interface Step {
  name: string;
  yaml: string;
  hcl: string;
}

const account = (rate: string) => ({
  yaml: `accounts:\n  - username: alice\n    password: Alice-pass-7Q\n    plan: hour\n    rates:\n      download: ${rate}\n`,
  hcl: `resource "hotspot_account" "alice" {\n  username       = "alice"\n  password       = "Alice-pass-7Q"\n  plan_id        = 1\n  rates_download = "${rate}"\n}\n`,
});
const batch = (count: number) => ({
  yaml: `batches:\n  - prefix: same-\n    count: ${count}\n    plan: hour\n    length: 8\n`,
  hcl: `resource "hotspot_voucher_batch" "same" {\n  prefix       = "same-"\n  member_count = ${count}\n  plan_id      = 1\n  length       = 8\n}\n`,
});
const step = (name: string, rate: string, count?: number): Step => ({
  name,
  yaml: account(rate).yaml + (count !== undefined ? batch(count).yaml : ""),
  hcl: account(rate).hcl + (count !== undefined ? batch(count).hcl : ""),
});

const STEPS: Step[] = [
  step("create an account", "1Mbit"),
  step("update it", "2Mbit"),
  step("create a batch", "2Mbit", 5),
  step("grow it", "2Mbit", 8),
  step("shrink it", "2Mbit", 6),
];

/** A step's writes as the server saw them, in a stable order: command, then parameters. */
function writesOf(entries: RequestLogEntry[]): string[] {
  return entries
    .filter((e) => WRITES.has(e.command))
    .map((e) => JSON.stringify([e.command, Object.fromEntries(Object.entries(e.params).sort(([a], [b]) => (a < b ? -1 : 1)))]))
    .sort();
}

const lastSeq = (s: TestServer) => s.emulator.requestLog().at(-1)?.seq ?? 0;

describeWithTerraform("the CLI's engine and the provider send the same writes", () => {
  const servers: TestServer[] = [];
  const dirs: string[] = [];
  let tf: TerraformWorkdir | undefined;
  afterAll(async () => {
    tf?.remove();
    for (const s of servers) await s.stop();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  /** Each step applied by the engine the CLI runs, from YAML with a state file: the writes per step. */
  async function byEngine(): Promise<string[][]> {
    const server = await startTestServer();
    servers.push(server);
    const dir = await mkdtemp(join(tmpdir(), "hotspot-same-"));
    dirs.push(dir);
    const client = new HotSpotClient({ url: server.emulator.url, passphrase: PASSPHRASE });
    const out: string[][] = [];
    try {
      for (const s of STEPS) {
        const file = join(dir, "hotspot.yaml");
        await writeFile(
          file,
          `version: 1\nserver:\n  url: ${server.emulator.url}\n  passphrase: \${env:HOTSPOT_PASSPHRASE}\nownership:\n  prefixes: ["same-"]\npricePlans:\n  hour: { id: 1 }\n${s.yaml}`,
        );
        const config = await loadConfig(file, { cwd: dir, env: { HOTSPOT_PASSPHRASE: PASSPHRASE } });
        const mark = lastSeq(server);
        const target = { config, client, serverUrl: server.emulator.url, passphrase: PASSPHRASE, statePath: join(dir, ".hotspot", "state.json") };
        const planned = await plan({ ...target, writeOnly: "assume" });
        const result = await apply({ planned, client });
        expect(result.ok, `${s.name}: ${JSON.stringify(result.failed)}`).toBe(true);
        out.push(writesOf(server.emulator.requestLog(mark)));
      }
    } finally {
      await client.close();
    }
    return out;
  }

  /** Each step applied by terraform from HCL: the writes per step. */
  async function byTerraform(): Promise<string[][]> {
    const server = await startTestServer();
    servers.push(server);
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    const out: string[][] = [];
    for (const [i, s] of STEPS.entries()) {
      tf.write("main.tf", `${REQUIRED_PROVIDERS}\nprovider "hotspot" {\n  url = "${server.emulator.url}"\n}\n${s.hcl}`);
      if (i === 0) await tf.ok(["init", "-input=false"]);
      const mark = lastSeq(server);
      await tf.ok(["apply", "-auto-approve", "-input=false"]);
      out.push(writesOf(server.emulator.requestLog(mark)));
    }
    return out;
  }

  it("for create, update, a batch's creation, growth and shrink", async () => {
    const [engine, terraform] = await Promise.all([byEngine(), byTerraform()]);
    for (const [i, s] of STEPS.entries()) {
      expect(engine[i]!.length, `${s.name}: the change sends writes`).toBeGreaterThan(0);
      expect(terraform[i], s.name).toEqual(engine[i]);
    }
  });
});
