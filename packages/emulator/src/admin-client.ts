// A small client for the admin API of an emulator running in another process (the CLI's
// `hotspot emulator`), so tests drive it like an in-process Emulator.
import type { FaultConfig } from "./faults.js";
import type { RequestLogEntry } from "./request-log.js";
import type { StateSnapshot } from "./state/types.js";
import { formatDateTime } from "./server-time.js";

export interface EmulatorAdmin {
  requestLog(sinceSeq?: number): Promise<RequestLogEntry[]>;
  clearLog(): Promise<void>;
  /** The emulator's clock: `YYYY-MM-DD HH:MM:SS`. */
  now(): Promise<string>;
  advance(seconds: number): Promise<string>;
  /** `2026-11-29 08:00:00` (server wall-clock) or a Date whose UTC fields are those. */
  setClock(time: string | Date): Promise<string>;
  setFaults(faults: FaultConfig | undefined): Promise<void>;
  state(): Promise<StateSnapshot>;
  addTraffic(account: string, download: number, upload: number): Promise<void>;
  reset(): Promise<void>;
  flush(): Promise<void>;
}

export function emulatorAdmin(baseUrl: string, passphrase: string): EmulatorAdmin {
  const base = baseUrl.replace(/\/+$/, "");
  const call = async <T>(method: "GET" | "POST", path: string, query: Record<string, string> = {}, body?: string): Promise<T> => {
    const q = new URLSearchParams(query).toString();
    const res = await fetch(`${base}/_emulator/${path}${q ? `?${q}` : ""}`, {
      method,
      headers: { "x-emulator-pass": passphrase, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body }),
    });
    const data = (await res.json()) as T & { error?: string };
    if (!res.ok) throw new Error(`emulator admin ${method} ${path}: HTTP ${res.status}: ${data.error ?? "failed"}`);
    return data;
  };
  return {
    requestLog: async (since) =>
      (await call<{ entries: RequestLogEntry[] }>("GET", "log", since ? { since: String(since) } : {})).entries,
    clearLog: async () => void (await call("POST", "log/clear")),
    now: async () => (await call<{ now: string }>("GET", "clock")).now,
    advance: async (seconds) => (await call<{ now: string }>("POST", "clock", { advance: String(seconds) })).now,
    setClock: async (time) =>
      (await call<{ now: string }>("POST", "clock", { set: typeof time === "string" ? time : formatDateTime(time.getTime()) })).now,
    setFaults: async (faults) => void (await call("POST", "faults", {}, faults ? JSON.stringify(faults) : "")),
    state: () => call<StateSnapshot>("GET", "state"),
    addTraffic: async (account, download, upload) =>
      void (await call("POST", "traffic", { account, download: String(download), upload: String(upload) })),
    reset: async () => void (await call("POST", "reset")),
    flush: async () => void (await call("POST", "flush")),
  };
}
