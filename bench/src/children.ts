// Every process the harness starts, so none outlives it: each child runs in its own process group
// (detached) and is killed with its group on timeout, on failure, and when the harness exits.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";

const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Kill every child still running (synchronous: safe in an 'exit' handler). */
export function killAll(): void {
  for (const c of live) killGroup(c, "SIGKILL");
  live.clear();
}

let installed = false;
/** Stop children on exit, Ctrl-C and SIGTERM. */
export function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on("exit", killAll);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      process.stderr.write(`\n${sig}: stopping the benchmark and its processes\n`);
      killAll();
      process.exit(130);
    });
  }
}

/** Spawn in a new process group, tracked until it exits. */
export function spawnTracked(cmd: string, args: readonly string[], opts: SpawnOptions): ChildProcess {
  const child = spawn(cmd, args, { ...opts, detached: true });
  live.add(child);
  child.once("exit", () => live.delete(child));
  return child;
}

export function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    killGroup(child, "SIGTERM");
  });
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Epoch ms when the process was spawned (to place the server's request log in its lifetime). */
  startedAtMs: number;
  timedOut: boolean;
}

/** Run to completion with a time bound; stdout/stderr collected (bounded to `maxOutput` chars each). */
export function runBounded(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; maxOutput?: number; onSpawn?: (pid: number) => void },
): Promise<RunResult> {
  const max = opts.maxOutput ?? 4 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const startedAtMs = Date.now();
    const child = spawnTracked(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (s: string) => {
      if (stdout.length < max) stdout += s;
    });
    child.stderr?.setEncoding("utf8").on("data", (s: string) => {
      if (stderr.length < max) stderr += s;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, "SIGKILL");
    }, opts.timeoutMs);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, wallMs: performance.now() - started, startedAtMs, timedOut });
    });
  });
}
