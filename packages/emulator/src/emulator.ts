// The library entry points: createEmulatorServer (not listening) and startEmulator (listening).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "./clock.js";
import { EmulatorCore, type EmulatorCoreOptions, type EmulatorState } from "./core.js";
import type { FaultConfig } from "./faults.js";
import { createHttpServer } from "./http/server.js";
import type { RequestLogEntry } from "./request-log.js";

/** The port a HotSpot server listens on by default. */
export const DEFAULT_PORT = 82;
export const DEFAULT_HOST = "127.0.0.1";

export interface EmulatorOptions extends EmulatorCoreOptions {
  /** Default 82 (as a real server); 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Move the emulator's time: advance(ms), set(date); now() is its server wall-clock time. */
  readonly clock: Clock;
  /** Read access to accounts, sessions, statistics, write-only fields included. */
  readonly state: EmulatorState;
  /** Requests so far (secrets redacted), optionally only those after sequence number `sinceSeq`. */
  requestLog(sinceSeq?: number): RequestLogEntry[];
  clearLog(): void;
  /** Replace the fault configuration (undefined: no faults). Restarts the seeded sequence. */
  setFaults(faults: FaultConfig | undefined): void;
  /** Bytes moved by a logged-in account: counts against its quota (closes it when exhausted). */
  addTraffic(account: string, download: number, upload: number): void;
  /** Remove every account, session and statistic; the plans and the clock stay. */
  reset(): Promise<void>;
  /** Wait until the state file holds everything changed so far. */
  flush(): Promise<void>;
  /** Close connections, save state, stop listening. */
  stop(): Promise<void>;
}

export interface EmulatorServer {
  server: Server;
  core: EmulatorCore;
}

/** The emulator's HTTP server, not yet listening (for embedding in another server or process). */
export function createEmulatorServer(opts: EmulatorCoreOptions): EmulatorServer {
  const core = new EmulatorCore(opts);
  return { server: createHttpServer(core), core };
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const { server, core } = createEmulatorServer(opts);
  const host = opts.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep backlog: tests open a thousand connections at once.
    server.listen({ port: opts.port ?? DEFAULT_PORT, host, backlog: 4096 }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    clock: core.clock,
    state: core.state,
    requestLog: (since) => core.log.list(since),
    clearLog: () => core.log.clear(),
    setFaults: (f) => core.faults.set(f),
    addTraffic: (account, down, up) => core.addTraffic(account, down, up),
    reset: async () => {
      core.reset();
      await core.flush();
    },
    flush: () => core.flush(),
    stop: () => {
      stopped ??= (async () => {
        core.closed = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await core.close();
      })();
      return stopped;
    },
  };
}
