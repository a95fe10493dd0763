// The emulator under test, in its own process (`hotspot emulator --port 0 --quiet`): the server
// must not share an event loop with the client being measured. Its admin API gives the request
// log, read after each measurement so logging never sits inside a timed section.
import type { ChildProcess } from "node:child_process";
import { request } from "undici";
import { spawnTracked, stopChild } from "./children.js";
import { HOTSPOT_BIN, HOTSPOT_LAUNCHER, REPO_ROOT, tsxArgs } from "./paths.js";

export type ListFields = "username" | "full";

export interface LogEntry {
  seq: number;
  time: string;
  command: string;
  outcome: string;
  durationMs: number;
  params?: Record<string, string>;
}

/** Requests one measured step sent, as the server saw them. */
export interface RequestCounts {
  total: number;
  byCommand: Record<string, number>;
  errors: number;
  /** First arrival to last completion, as the server saw it (ms). */
  serverSpanMs: number;
  /** Epoch ms of the first arrival and the last completion (0 when no request). */
  firstAtMs: number;
  lastAtMs: number;
}

export class EmulatorProcess {
  private constructor(
    readonly url: string,
    readonly listFields: ListFields,
    private readonly passphrase: string,
    private readonly child: ChildProcess,
  ) {}

  /** `bundle`: the CLI bundle's emulator (a fleet starts tens of them: no TypeScript transform each). */
  static async start(opts: { passphrase: string; listFields: ListFields; timeoutMs?: number; bundle?: boolean }): Promise<EmulatorProcess> {
    const args = ["emulator", "--port", "0", "--quiet", "--list-fields", opts.listFields];
    const child = spawnTracked(
      process.execPath,
      opts.bundle ? [HOTSPOT_LAUNCHER, ...args] : tsxArgs(HOTSPOT_BIN, args),
      { cwd: REPO_ROOT, env: { ...process.env, HOTSPOT_PASSPHRASE: opts.passphrase }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (s: string) => {
      if (stderr.length < 64 * 1024) stderr += s;
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => fail(new Error("the emulator did not print its URL within the time limit")), opts.timeoutMs ?? 60_000);
      const fail = (err: Error) => {
        clearTimeout(timer);
        void stopChild(child);
        reject(new Error(`${err.message}${stderr ? `\n${stderr}` : ""}`));
      };
      child.once("exit", (code) => fail(new Error(`the emulator exited (${code}) before serving`)));
      child.stdout?.setEncoding("utf8").on("data", (s: string) => {
        out += s;
        const line = out.split("\n").find((l, i, all) => i < all.length - 1 && /^https?:\/\//.test(l.trim()));
        if (line) {
          clearTimeout(timer);
          child.removeAllListeners("exit");
          resolve(line.trim());
        }
      });
    });
    return new EmulatorProcess(url, opts.listFields, opts.passphrase, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private async admin(method: "GET" | "POST", path: string, body?: string): Promise<unknown> {
    const res = await request(`${this.url}/_emulator/${path}`, {
      method,
      headers: { "x-emulator-pass": this.passphrase },
      ...(body !== undefined ? { body } : {}),
      headersTimeout: 300_000,
      bodyTimeout: 300_000,
    });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`emulator admin ${method} ${path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`);
    return JSON.parse(text) as unknown;
  }

  /** Fault injection (the emulator's FaultConfig), null to clear: `{ latency: 1, latencyMs: 100 }` delays every answer. */
  async setFaults(config: Record<string, unknown> | null): Promise<void> {
    await this.admin("POST", "faults", JSON.stringify(config));
  }

  async clearLog(): Promise<void> {
    await this.admin("POST", "log/clear");
  }

  async log(): Promise<LogEntry[]> {
    const body = (await this.admin("GET", "log")) as { entries: LogEntry[] };
    return body.entries;
  }

  /** Counts of the log since the last clearLog(). */
  async counts(): Promise<RequestCounts> {
    return countRequests(await this.log());
  }

  async accountCount(): Promise<number> {
    const res = await request(`${this.url}/getaccountlist?pass=${encodeURIComponent(this.passphrase)}`, {
      headersTimeout: 300_000,
      bodyTimeout: 300_000,
    });
    const text = await res.body.text();
    return text.match(/<Account>/g)?.length ?? 0;
  }

  async stop(): Promise<void> {
    await stopChild(this.child);
  }
}

export function countRequests(entries: readonly LogEntry[]): RequestCounts {
  const byCommand: Record<string, number> = {};
  let errors = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    byCommand[e.command] = (byCommand[e.command] ?? 0) + 1;
    if (e.outcome !== "success") errors++;
    const t = Date.parse(e.time);
    first = Math.min(first, t);
    last = Math.max(last, t + e.durationMs);
  }
  const any = entries.length > 0;
  return { total: entries.length, byCommand, errors, serverSpanMs: any ? last - first : 0, firstAtMs: any ? first : 0, lastAtMs: any ? last : 0 };
}
