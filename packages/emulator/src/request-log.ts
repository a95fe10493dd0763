// What the emulator was asked and what it answered, for tests (in-process and through the admin
// API) and for the CLI's stderr. Parameters arrive here already redacted.
import type { FaultKind } from "./faults.js";

export interface RequestLogEntry {
  /** 1, 2, 3... in the order requests were answered (or lost). */
  seq: number;
  /** Machine time the request arrived, ISO 8601. */
  time: string;
  /** Emulator clock (server wall-clock) when the command ran, `YYYY-MM-DD HH:MM:SS`. */
  serverTime: string;
  method: string;
  /** Lowercase command name; the sanitised path when the command is unknown. */
  command: string;
  /** Query parameters (names lowercased), secrets as `***`. */
  params: Record<string, string>;
  outcome: "success" | "error" | "fault";
  /** `SUCCESS`, `ERROR: reason`, `3 accounts`, `HTTP 500`, `dropped`... */
  result: string;
  count?: number;
  /** A fault injected into this request, if any (latency is reported in latencyMs). */
  fault?: FaultKind;
  /** Delay injected by a latency fault. */
  latencyMs?: number;
  /** Whether the command's change was committed (false for reads, errors and pre-commit faults). */
  committed: boolean;
  durationMs: number;
}

/** Oldest entries are dropped beyond this many (long-running CLI emulators). */
export const MAX_LOG_ENTRIES = 200_000;
// Dropped in batches: splicing one entry off a full log on every request moved the whole array
// each time, and a long-running emulator slowed down several times over.
const TRIM_BATCH = 20_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  nextSeq(): number {
    return ++this.seq;
  }

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length >= MAX_LOG_ENTRIES + TRIM_BATCH) this.entries.splice(0, this.entries.length - MAX_LOG_ENTRIES);
  }

  /** Entries after `sinceSeq` (the newest MAX_LOG_ENTRIES at most); `copy` false shares them (for immediate serialisation). */
  list(sinceSeq = 0, copy = true): RequestLogEntry[] {
    const kept = this.entries.length > MAX_LOG_ENTRIES ? this.entries.slice(-MAX_LOG_ENTRIES) : this.entries;
    const entries = sinceSeq ? kept.filter((e) => e.seq > sinceSeq) : kept;
    return copy ? structuredClone(entries) : entries;
  }

  clear(): void {
    this.entries = [];
  }
}

/** One line for stderr: `2026-11-29T06:40:00.000Z GET generateaccounts number=5 pass=*** -> 5 accounts (3 ms)`. */
export function formatLogLine(e: RequestLogEntry): string {
  const params = Object.entries(e.params)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  const fault = (e.fault ? ` [fault ${e.fault}]` : "") + (e.latencyMs ? ` [latency ${e.latencyMs} ms]` : "");
  return `${e.time} ${e.method} ${e.command}${params ? ` ${params}` : ""} -> ${e.result}${fault} (${e.durationMs} ms)`;
}
