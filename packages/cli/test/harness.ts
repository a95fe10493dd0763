// Runs the `hotspot` CLI the way a user does: a separate Node process running the bundled CLI
// (dist/hotspot.mjs, rebuilt from the sources by test/global-setup.ts), and
// a separate emulator process (`hotspot emulator --port 0`) reached over HTTP, whose admin API
// gives tests the request log and the clock.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { CLI_BUNDLE } from "../scripts/bundle.js";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, "../../..");
/** The command line that starts the CLI: node and the bundle, before the CLI's own arguments. */
export const CLI = [process.execPath, CLI_BUNDLE];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  /** Called with all of stderr so far each time more arrives: a test waits for a line, not a time. */
  onStderr?: (soFar: string) => void;
}

/** The environment a test's CLI sees: the machine's minus anything hotspot or colour related. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(HOTSPOT_|NO_COLOR$|FORCE_COLOR$|CI$)/.test(k)) continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function hotspot(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(CLI[0]!, [...CLI.slice(1), ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: cleanEnv(options.env),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      options.onStderr?.(stderr);
    });
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}

export interface RequestLogEntry {
  seq: number;
  command: string;
  params: Record<string, string>;
  outcome: string;
  result: string;
  committed: boolean;
}

export interface EmulatorProcess {
  url: string;
  passphrase: string;
  /** Requests received so far (after sequence `since`). */
  log(since?: number): Promise<RequestLogEntry[]>;
  lastSeq(): Promise<number>;
  advanceClock(seconds: number): Promise<void>;
  /** Fault injection (the emulator's FaultConfig), null to clear. */
  setFaults(config: Record<string, unknown> | null): Promise<void>;
  /** Raw HotSpot API call, e.g. api("generateaccounts", { account: "x" }). */
  api(command: string, params: Record<string, string>): Promise<string>;
  stop(): Promise<void>;
}

/** `hotspot emulator --port 0` in its own process; resolves once it printed its URL. */
export function startEmulatorProcess(passphrase: string, extraArgs: string[] = []): Promise<EmulatorProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...CLI.slice(1), "emulator", "--port", "0", "--passphrase", passphrase, "--quiet", ...extraArgs],
    { cwd: REPO_ROOT, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolvePromise, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${err}`)), 20_000);
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("exit", (code) => reject(new Error(`emulator exited (${code}): ${err}`)));
    child.stdout?.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const m = /(http:\/\/[^\s]+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const url = m[1]!.replace(/\/+$/, "");
      const admin = async (method: string, path: string, body?: string) => {
        const res = await fetch(`${url}/_emulator/${path}`, {
          method,
          headers: { "x-emulator-pass": passphrase },
          ...(body !== undefined ? { body } : {}),
        });
        if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${await res.text()}`);
        return res.json() as Promise<Record<string, unknown>>;
      };
      resolvePromise({
        url,
        passphrase,
        log: async (since = 0) => ((await admin("GET", `log?since=${since}`)).entries as RequestLogEntry[]) ?? [],
        lastSeq: async () => {
          const entries = ((await admin("GET", "log")).entries as RequestLogEntry[]) ?? [];
          return entries.at(-1)?.seq ?? 0;
        },
        advanceClock: async (seconds) => void (await admin("POST", `clock?advance=${seconds}`)),
        setFaults: async (config) => void (await admin("POST", "faults", JSON.stringify(config))),
        api: async (command, params) => {
          const q = new URLSearchParams({ ...params, pass: passphrase });
          return (await fetch(`${url}/${command}?${q}`)).text();
        },
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** A temporary folder (removed by the returned function), optionally seeded with a copy of `from`. */
export function tempDir(from?: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "hotspot-cli-"));
  if (from) cpSync(from, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * One emulator process for a test file, and the checkouts (temporary folders) its tests run the
 * CLI in, pointed at that emulator: started before the file's tests, stopped and removed after.
 */
export function emulatorSuite(passphrase: string, extraArgs: string[] = []) {
  let emu: EmulatorProcess | undefined;
  const dirs: Array<{ remove: () => void }> = [];
  beforeAll(async () => {
    emu = await startEmulatorProcess(passphrase, extraArgs);
  }, 60_000);
  afterAll(async () => {
    await emu?.stop();
    for (const d of dirs.splice(0)) d.remove();
  });
  const suite = {
    get emu(): EmulatorProcess {
      if (!emu) throw new Error("the emulator starts in beforeAll");
      return emu;
    },
    /** A fresh folder, removed after the file's tests. */
    checkout(): string {
      const t = tempDir();
      dirs.push(t);
      return t.dir;
    },
    /** `hotspot ARGS` in `dir` against the emulator (HOTSPOT_URL and HOTSPOT_PASSPHRASE set). */
    run(dir: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
      return hotspot(args, { cwd: dir, env: { HOTSPOT_URL: suite.emu.url, HOTSPOT_PASSPHRASE: passphrase, ...env } });
    },
  };
  return suite;
}
