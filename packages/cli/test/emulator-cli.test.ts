// `hotspot emulator` as a user runs it: a separate process that prints its URL on one line, serves
// the HotSpot API over HTTP, logs redacted requests to stderr and stops cleanly on SIGTERM/SIGINT.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLI } from "./harness.js";

const ROOT = join(import.meta.dirname, "../../..");
const PASS = "cli-Secret phrase&42";

interface Running {
  proc: ChildProcess;
  url: string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running: ChildProcess[] = [];

async function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Running> {
  const proc = spawn(process.execPath, [...CLI.slice(1), ...args], {
    cwd: ROOT,
    env: { ...process.env, HOTSPOT_PASSPHRASE: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(proc);
  let err = "";
  proc.stderr?.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once("line", resolve);
    void exited.then(({ code }) => reject(new Error(`hotspot emulator exited with ${code}: ${err}`)));
  });
  return { proc, url, stderr: () => err, exited };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hotspot-cli-"));
});
afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const description = (xml: string): string | undefined => /<Description>(.*?)<\/Description>/.exec(xml)?.[1];

describe("hotspot emulator", () => {
  it("prints its URL on one line, serves the plans, refuses a wrong passphrase, stops on SIGTERM", async () => {
    const cli = await startCli(["emulator", "--port", "0", "--passphrase", PASS]);
    expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cli.url).not.toMatch(/:0$/);

    const plans = await (await fetch(`${cli.url}/getpriceplans?pass=${encodeURIComponent(PASS)}`)).text();
    expect(plans).toContain("<PricePlans>");
    expect([...plans.matchAll(/<ID>(\d+)<\/ID>/g)].map((m) => m[1]).slice(0, 3)).toEqual(["1", "2", "3"]);

    const wrong = await (await fetch(`${cli.url}/generateaccounts?pass=nope&account=x`)).text();
    expect(description(wrong)).toBe("ERROR: invalid passphrase");
    const list = await (await fetch(`${cli.url}/getaccountlist?pass=${encodeURIComponent(PASS)}`)).text();
    expect(list).not.toContain("<Username>");

    cli.proc.kill("SIGTERM");
    expect((await cli.exited).code).toBe(0);
    const log = cli.stderr();
    expect(log).toMatch(/GET getpriceplans pass=\*\*\* -> 5 price plans/);
    expect(log).toMatch(/GET generateaccounts pass=\*\*\* account=x -> ERROR: invalid passphrase/);
    expect(log).not.toContain(PASS);
    expect(log).not.toContain(encodeURIComponent(PASS));
  });

  it("takes the passphrase from HOTSPOT_PASSPHRASE and keeps state in --state across restarts", async () => {
    const state = join(dir, "emulator.json");
    const env = { HOTSPOT_PASSPHRASE: PASS };
    const first = await startCli(["emulator", "--port", "0", "--state", state, "--list-fields", "full"], env);
    const q = new URLSearchParams({ pass: PASS, account: "NEW", number: "2", startnumber: "21", priceplan: "1" });
    const gen = await (await fetch(`${first.url}/generateaccounts?${q}`)).text();
    expect(gen).toContain("<Username>NEW22</Username>");
    first.proc.kill("SIGINT");
    expect((await first.exited).code).toBe(0);
    expect(JSON.parse(readFileSync(state, "utf8")).accounts).toHaveLength(2);

    const second = await startCli(["emulator", "--port", "0", "--state", state, "--list-fields", "full"], env);
    const list = await (await fetch(`${second.url}/getaccountlist?pass=${encodeURIComponent(PASS)}`)).text();
    expect([...list.matchAll(/<Username>(.*?)<\/Username>/g)].map((m) => m[1])).toEqual(["NEW21", "NEW22"]);
    expect(list).toContain("<TimeLeft>3600</TimeLeft>");
    second.proc.kill("SIGTERM");
    await second.exited;
  });

  it("serves the admin API: clock and request log", async () => {
    const cli = await startCli(["emulator", "--port", "0", "--passphrase", PASS, "--clock", "2026-11-29 08:00:00", "-q"]);
    const pass = encodeURIComponent(PASS);
    await fetch(`${cli.url}/generateaccounts?pass=${pass}&account=a&priceplan=1`);
    await fetch(`${cli.url}/loginaccount?pass=${pass}&account=a`);
    const clock = await (await fetch(`${cli.url}/_emulator/clock?pass=${pass}&advance=600`, { method: "POST" })).json();
    expect(clock).toMatchObject({ now: "2026-11-29 08:10:00" });
    const view = await (await fetch(`${cli.url}/viewaccount?pass=${pass}&account=a`)).text();
    expect(view).toContain("<TimeLeft>3000</TimeLeft>");
    const log = (await (await fetch(`${cli.url}/_emulator/log?pass=${pass}`)).json()) as { entries: { command: string }[] };
    expect(log.entries.map((e) => e.command)).toEqual(["generateaccounts", "loginaccount", "viewaccount"]);
    expect(cli.stderr()).toBe("");
    cli.proc.kill("SIGTERM");
    await cli.exited;
  });

  it("--time-zone: the server keeps that zone's wall clock, whatever the machine's zone", async () => {
    // The machine 14 hours ahead of UTC; the server in UTC.
    const cli = await startCli(["emulator", "--port", "0", "--passphrase", PASS, "--time-zone", "UTC", "-q"], { TZ: "Pacific/Kiritimati" });
    const before = Date.now();
    const clock = (await (await fetch(`${cli.url}/_emulator/clock?pass=${encodeURIComponent(PASS)}`)).json()) as { now: string };
    const serverUtc = Date.parse(`${clock.now.replace(" ", "T")}Z`);
    // Within minutes of UTC now: the machine's zone would put it 14 hours ahead.
    expect(Math.abs(serverUtc - before), clock.now).toBeLessThan(10 * 60_000);
    cli.proc.kill("SIGTERM");
    await cli.exited;

    const unknown = spawnSync(process.execPath, [...CLI.slice(1), "emulator", "--port", "0", "--passphrase", PASS, "--time-zone", "Europe/Atlantis"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("option '--time-zone <zone>' argument 'Europe/Atlantis' is invalid. expected a time zone like Europe/Lisbon or UTC (an IANA name)");
  });

  it("fails clearly without a passphrase, and on a port in use", async () => {
    const none = spawnSync(process.execPath, [...CLI.slice(1), "emulator", "--port", "0"], {
      cwd: ROOT,
      env: { ...process.env, HOTSPOT_PASSPHRASE: "" },
      encoding: "utf8",
    });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("the emulator needs a passphrase");
    expect(none.stdout).toBe("");

    const cli = await startCli(["emulator", "--port", "0", "--passphrase", PASS]);
    const port = new URL(cli.url).port;
    const busy = spawnSync(process.execPath, [...CLI.slice(1), "emulator", "--port", port, "--passphrase", PASS], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(busy.stderr).not.toContain(PASS);
    cli.proc.kill("SIGTERM");
    await cli.exited;
  });

  it("prints its version", () => {
    const r = spawnSync(process.execPath, [...CLI.slice(1), "--version"], { cwd: ROOT, encoding: "utf8" });
    const pkg = JSON.parse(readFileSync(join(ROOT, "packages/cli/package.json"), "utf8")) as { version: string };
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
