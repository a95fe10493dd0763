// Start a child process that prints a URL on its first stdout line, and wait for that line.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface Child {
  proc: ChildProcess;
  url: string;
  stderr(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function spawnWithUrl(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Child> {
  const proc = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  proc.stderr?.on("data", (c: Buffer) => {
    err += c.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const lines = createInterface({ input: proc.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    void exited.then(({ code, signal }) => reject(new Error(`child exited (${code ?? signal}) before printing its URL:\n${err}`)));
  });
  return { proc, url, stderr: () => err, exited };
}
