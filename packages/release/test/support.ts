// Running released artifacts as a user does: commands in their own processes, in temp folders
// outside the repository, with an environment that holds nothing of hotspot's.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** PATH with node's folder (npm and node, nothing from the repository) after the given folders. */
export function userPath(...first: string[]): string {
  return [...first, dirname(process.execPath), "/usr/bin", "/bin"].join(":");
}

/** The machine's environment minus hotspot's, npm's and pnpm's own variables (a test runs under pnpm). */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(HOTSPOT_|npm_|PNPM_|pnpm_|NODE_OPTIONS$|NO_COLOR$|FORCE_COLOR$|VITEST|TEST$)/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export async function ok(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<RunResult> {
  const res = await run(cmd, args, opts);
  if (res.code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${res.code}\n${res.stdout}\n${res.stderr}`);
  return res;
}

/** A long-running process that prints a URL first (an emulator). */
export function startServer(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`${cmd} did not print a URL: ${out}${err}`)), 60_000);
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", (code) => reject(new Error(`${cmd} exited (${code}): ${out}${err}`)));
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const m = /(http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!.replace(/\/+$/, ""),
        child,
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

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
