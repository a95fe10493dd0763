// A crash loses nothing: the CLI is killed with SIGKILL at each boundary of a multi-request write
// (create then follow-up updateaccount, batch grow then per-member follow-ups), then apply runs
// again. Every declared value must reach the server (the emulator's stored state says so) and the
// plan after it must say "No changes".
//
// The kill is deterministic: a small HTTP proxy between the CLI and the emulator process holds the
// boundary request until the writes before it have been answered, then SIGKILLs the CLI either
// before forwarding it ("before") or after the server answered it but before the answer reaches
// the CLI ("during").
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLI, cleanEnv, type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";

const PASSPHRASE = "Crash-Pass-93d1c0";

interface Trigger {
  /** The boundary request (lower-case HotSpot command). */
  command: string;
  /** It is held until this many writes of `afterCommand` have been answered. */
  afterCommand: string;
  afterCount: number;
  mode: "before" | "during";
}

/** Forwards to the emulator; kills `victim` at the trigger. */
class KillingProxy {
  server: Server;
  url = "";
  trigger: Trigger | undefined;
  victim: ChildProcess | undefined;
  fired = false;
  private answered = new Map<string, number>();
  private held: Array<{ req: IncomingMessage; res: ServerResponse }> = [];

  constructor(private target: string) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  arm(trigger: Trigger, victim: ChildProcess): void {
    this.trigger = trigger;
    this.victim = victim;
    this.fired = false;
    this.answered.clear();
    this.held = [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const command = commandOf(req.url ?? "");
    const t = this.trigger;
    if (t && this.fired) return void res.destroy(); // the CLI is being killed: nothing more reaches the server
    if (t && command === t.command) {
      this.held.push({ req, res });
      await this.maybeFire();
      return;
    }
    const answer = await this.forward(req).catch(() => undefined);
    if (!answer) return void res.destroy(); // the server dropped it (fault injection): so does the proxy
    this.answered.set(command, (this.answered.get(command) ?? 0) + 1);
    res.writeHead(answer.status, answer.headers).end(answer.body);
    await this.maybeFire();
  }

  private async maybeFire(): Promise<void> {
    const t = this.trigger;
    if (!t || this.fired || this.held.length === 0) return;
    if ((this.answered.get(t.afterCommand) ?? 0) < t.afterCount) return;
    this.fired = true;
    const first = this.held.shift()!;
    if (t.mode === "during") await this.forward(first.req).catch(() => {}); // the server runs it; the answer is lost
    await this.kill();
    for (const h of [first, ...this.held]) h.res.destroy();
    this.held = [];
    this.trigger = undefined; // later requests come from the next run
  }

  private async kill(): Promise<void> {
    const v = this.victim!;
    if (v.exitCode !== null || v.signalCode !== null) return;
    const exited = new Promise((r) => v.once("exit", r));
    v.kill("SIGKILL");
    await exited;
  }

  private forward(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const out = request(`${this.target}${req.url}`, { method: req.method }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (c: Buffer) => chunks.push(c));
        answer.on("end", () =>
          resolve({ status: answer.statusCode ?? 502, headers: { "content-type": answer.headers["content-type"] ?? "text/xml" }, body: Buffer.concat(chunks) }),
        );
        answer.on("error", reject);
      });
      out.on("error", reject);
      out.end();
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

const commandOf = (url: string) => (url.split("?")[0] ?? "").replace(/^\/+/, "").toLowerCase();

let emu: EmulatorProcess;
let proxy: KillingProxy;
let work: { dir: string; remove: () => void } | undefined;

const env = () => ({ HOTSPOT_URL: proxy.url, HOTSPOT_PASSPHRASE: PASSPHRASE });
const run = (args: string[]) => hotspot(args, { cwd: work!.dir, env: env() });

/** `hotspot apply --auto-approve`, killed by the proxy at `trigger`. */
function applyKilledAt(trigger: Trigger): Promise<{ signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawn(CLI[0]!, [...CLI.slice(1), "apply", "--auto-approve"], { cwd: work!.dir, env: cleanEnv(env()), stdio: ["ignore", "pipe", "pipe"] });
  proxy.arm(trigger, child);
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  return new Promise((resolve) => child.on("close", (_code, signal) => resolve({ signal, stdout, stderr })));
}

async function emulatorAccounts(): Promise<Map<string, Record<string, unknown>>> {
  const res = await fetch(`${emu.url}/_emulator/state`, { headers: { "x-emulator-pass": PASSPHRASE } });
  const state = (await res.json()) as { accounts: Array<Record<string, unknown>> };
  return new Map(state.accounts.map((a) => [a.username as string, a]));
}

const ACCOUNTS = ["crash-a", "crash-b", "crash-c", "crash-d", "crash-e"];
const TICKET = "crash-c"; // created as prepaid, made a ticket by the follow-up

function writeAccounts(): void {
  const lines = ["version: 1", "ownership:", '  prefixes: ["crash-"]', "pricePlans:", '  hour: { description: "1 Hour" }', "accounts:"];
  for (const name of ACCOUNTS) {
    lines.push(`  - username: ${name}`, "    plan: hour");
    if (name === TICKET) lines.push("    type: ticket");
    lines.push("    multilogin: 3", `    customer: { firstName: First-${name}, email: ${name}@example.test }`);
  }
  writeFileSync(join(work!.dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

function writeBatch(): void {
  const lines = ["version: 1", "ownership:", '  prefixes: ["crash-"]', "pricePlans:", '  hour: { description: "1 Hour" }', "batches:"];
  // A relative expiry that is not whole days: generateaccounts cannot carry it, and it is
  // initial-only (never compared again), so only the follow-up delivers it.
  lines.push("  - prefix: crash-v", "    count: 5", "    plan: hour", "    expires: in 36h");
  writeFileSync(join(work!.dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

async function expectAccountsDelivered(): Promise<void> {
  const accounts = await emulatorAccounts();
  for (const name of ACCOUNTS) {
    const a = accounts.get(name);
    expect(a, name).toBeDefined();
    expect(a!.customer, name).toMatchObject({ firstname: `First-${name}`, email: `${name}@example.test` });
    expect({ multilogin: a!.multilogin, multilogins: a!.multilogins }, name).toEqual({ multilogin: true, multilogins: 3 });
    expect(a!.type, name).toBe(name === TICKET ? 2 : 0);
  }
}

async function expectBatchDelivered(): Promise<void> {
  const members = [...(await emulatorAccounts()).values()].filter((a) => (a.username as string).startsWith("crash-v"));
  expect(members).toHaveLength(5);
  // The plan alone would expire them a day after creation; the follow-up sets 36 hours.
  const HOUR = 3_600_000;
  for (const m of members) {
    const hours = ((m.expire as number) - (m.createdAt as number)) / HOUR;
    expect({ name: m.username, enableExpire: m.enableExpire, about36h: hours > 35.5 && hours < 36.5 }).toEqual({ name: m.username, enableExpire: true, about36h: true });
  }
}

async function expectNoChanges(): Promise<void> {
  const after = await run(["plan", "--detailed-exitcode"]);
  expect(after.code, after.stdout + after.stderr).toBe(0);
  expect(after.stdout).toContain("No changes.");
}

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  proxy = new KillingProxy(emu.url);
  await proxy.listen();
}, 60_000);

beforeEach(async () => {
  proxy.trigger = undefined;
  await fetch(`${emu.url}/_emulator/reset`, { method: "POST", headers: { "x-emulator-pass": PASSPHRASE } });
  work?.remove();
  work = tempDir();
});

afterAll(async () => {
  await proxy?.close();
  await emu?.stop();
  work?.remove();
});

describe("SIGKILL during apply", { timeout: 120_000 }, () => {
  it("right at the start: the state file already exists", async () => {
    writeAccounts();
    const killed = await applyKilledAt({ command: "generateaccounts", afterCommand: "generateaccounts", afterCount: 0, mode: "before" });
    expect(killed.signal).toBe("SIGKILL");
    expect((await emulatorAccounts()).size).toBe(0);
    const statePath = join(work!.dir, ".hotspot", "state.json");
    expect(existsSync(statePath)).toBe(true);
    expect(JSON.parse(readFileSync(statePath, "utf8")).version).toBe(1);

    const again = await run(["apply", "--auto-approve"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("Plan: 5 to create, 0 to update, 0 to delete.");
    await expectAccountsDelivered();
    await expectNoChanges();
  });

  // Four changes are in flight: every create is answered, then the kill comes at the first follow-up.
  it.each(["before", "during"] as const)("%s the follow-up updateaccount of a create: the next apply sends what is owed", async (mode) => {
    writeAccounts();
    const killed = await applyKilledAt({ command: "updateaccount", afterCommand: "generateaccounts", afterCount: 4, mode });
    expect(killed.signal).toBe("SIGKILL");
    const created = [...(await emulatorAccounts()).keys()].sort();
    expect(created).toEqual(ACCOUNTS.slice(0, 4));
    const state = readFileSync(join(work!.dir, ".hotspot", "state.json"), "utf8");
    for (const name of ACCOUNTS) expect(state).not.toContain(`First-${name}`); // hashes only, never values

    const again = await run(["apply", "--auto-approve"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    // The four created accounts owe their follow-up: shown as updates, with the reason.
    expect(again.stdout).toContain("Plan: 1 to create, 4 to update, 0 to delete.");
    expect(again.stdout).toMatch(/customer\.email.*\n?.*interrupted/);
    await expectAccountsDelivered();
    await expectNoChanges();
  });

  it("an update of write-only fields whose every answer is lost stays owed, even if the configuration is reverted", async () => {
    writeAccounts();
    expect((await run(["apply", "--auto-approve"])).code).toBe(0);
    const original = readFileSync(join(work!.dir, "hotspot.yaml"), "utf8");
    writeFileSync(join(work!.dir, "hotspot.yaml"), original.replace("First-crash-a", "Changed-crash-a"));
    // The server applies every updateaccount, but no answer arrives: a write-only change cannot be read back.
    await emu.setFaults({ seed: 1, commands: { updateaccount: { commitThenFail: 1 } } });
    const lost = await run(["apply", "--auto-approve"]);
    await emu.setFaults(null);
    expect(lost.code).toBe(1);
    expect((await emulatorAccounts()).get("crash-a")!.customer).toMatchObject({ firstname: "Changed-crash-a" });

    // Back to the value last confirmed: the server may hold either, so the field is sent.
    writeFileSync(join(work!.dir, "hotspot.yaml"), original);
    const back = await run(["apply", "--auto-approve"]);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    expect(back.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete.");
    expect(back.stdout).toMatch(/customer\.firstName.*interrupted/);
    await expectAccountsDelivered();
    await expectNoChanges();
  });

  it("during a write-only change of a batch's members, then reverted: the members that may have it are sent the declared value", async () => {
    const config = (autologin: boolean) =>
      ["version: 1", "ownership:", '  prefixes: ["crash-"]', "pricePlans:", '  hour: { description: "1 Hour" }', "batches:", "  - prefix: crash-w", "    count: 6", "    plan: hour", `    autologin: ${autologin}`, ""].join("\n");
    const file = join(work!.dir, "hotspot.yaml");
    writeFileSync(file, config(true));
    expect((await run(["apply", "--auto-approve"])).code).toBe(0);
    writeFileSync(file, config(false));
    const killed = await applyKilledAt({ command: "updateaccount", afterCommand: "updateaccount", afterCount: 0, mode: "during" });
    expect(killed.signal).toBe("SIGKILL");
    const members = async () => [...(await emulatorAccounts()).values()].filter((a) => (a.username as string).startsWith("crash-w"));
    expect((await members()).filter((m) => m.autologin === false)).toHaveLength(1);

    writeFileSync(file, config(true));
    const back = await run(["apply", "--auto-approve"]);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    expect(back.stdout).toContain("Plan: 0 to create, 6 to update, 0 to delete.\nBatches: 1 to update.");
    expect(back.stdout).toMatch(/autologin.*6 members: an earlier apply failed or was interrupted/);
    expect((await members()).map((m) => m.autologin)).toEqual([true, true, true, true, true, true]);
    await expectNoChanges();
  });

  it.each([
    ["before the members' follow-ups", { command: "updateaccount", afterCommand: "generateaccounts", afterCount: 1, mode: "before" }],
    ["during the grow (answer lost)", { command: "generateaccounts", afterCommand: "generateaccounts", afterCount: 0, mode: "during" }],
  ] as const)("batch grow, %s: the next apply sends the members' settings", async (_name, trigger) => {
    writeBatch();
    const killed = await applyKilledAt(trigger);
    expect(killed.signal).toBe("SIGKILL");
    expect([...(await emulatorAccounts()).keys()].filter((u) => u.startsWith("crash-v"))).toHaveLength(5);

    const again = await run(["apply", "--auto-approve"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("Plan: 0 to create, 5 to update, 0 to delete.\nBatches: 1 to update.");
    await expectBatchDelivered();
    await expectNoChanges();
  });
});

// Issue 21 case 8: the follow-ups a killed grow owes are a resume the state file records, not a
// mass update: they never count toward the safety thresholds, so no --force is needed.
describe("resuming a killed batch grow", { timeout: 120_000 }, () => {
  it.each([
    ["numbered, a relative expiry that is not whole days", "in 36h", "", "updateaccount", "generateaccounts", 1, "before"],
    ["numbered, an absolute expiry, the grow's answer lost", "2099-06-30T12:00:00", "", "generateaccounts", "generateaccounts", 0, "during"],
    // A ticket batch's type is write-only and not yet recorded: the interrupted apply records it.
    ["tickets, a relative expiry that is not whole days", "in 36h", "ticket", "updateaccount", "generateaccounts", 1, "before"],
    ["tickets, an absolute expiry", "2099-06-30T12:00:00", "ticket", "updateaccount", "generateaccounts", 1, "before"],
    ["tickets, an absolute expiry, the grow's answer lost", "2099-06-30T12:00:00", "ticket", "generateaccounts", "generateaccounts", 0, "during"],
  ] as const)("with %s: a plain apply --auto-approve converges without --force", async (_name, expires, type, command, afterCommand, afterCount, mode) => {
    const lines = ["version: 1", "ownership:", '  prefixes: ["crash-"]', "pricePlans:", '  hour: { description: "1 Hour" }', "batches:"];
    lines.push("  - prefix: crash-r", "    count: 20", "    plan: hour", `    expires: ${JSON.stringify(expires)}`);
    if (type) lines.push(`    type: ${type}`);
    writeFileSync(join(work!.dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
    const killed = await applyKilledAt({ command, afterCommand, afterCount, mode });
    expect(killed.signal).toBe("SIGKILL");
    expect([...(await emulatorAccounts()).keys()].filter((u) => u.startsWith("crash-r"))).toHaveLength(20);

    const again = await run(["apply", "--auto-approve"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout + again.stderr).not.toContain("threshold");
    expect(again.stdout).toContain("Plan: 0 to create, 20 to update, 0 to delete.");
    await expectNoChanges();

    // A new change to every member is still refused: only the owed work was exempt.
    writeFileSync(join(work!.dir, "hotspot.yaml"), readFileSync(join(work!.dir, "hotspot.yaml"), "utf8").replace(JSON.stringify(expires), '"2099-07-31T12:00:00"'));
    const mass = await run(["plan"]);
    expect(mass.stdout + mass.stderr).toContain("the plan updates 20 of 20 owned accounts (100.0%), more than the 30% threshold");
  });
});
