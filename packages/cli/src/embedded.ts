// The embedded emulator, only when asked for with --emulator (a missing server is an error, never a
// silent fallback): the CLI serves the emulator in-process, persisting to a state file in the
// .hotspot folder, so plan / apply / plan against it behaves like a real server across runs.
//
// Files, in the .hotspot folder beside the sync state file:
//   emulator-state.json (or emulator-<site>-state.json): the emulated server's accounts;
//   emulator.json: the port and generated passphrase used last time (mode 0600). Reusing them keeps
//   the server's identity stable between runs: the sync state file and lock are keyed by the
//   server's identity (its URL, state/server-identity.ts), and its hashes by the passphrase.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { chmod, mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";

export interface EmbeddedServer {
  emulator: Emulator;
  stateFile: string;
  passphrase: string;
}

interface Memo {
  sites: Record<string, { port?: number; passphrase?: string }>;
}

// Sites keyed by name: no prototype, so a site called `constructor` finds nothing inherited.
function readMemo(path: string): Memo {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Memo;
    if (parsed && typeof parsed.sites === "object" && parsed.sites !== null) return { sites: Object.setPrototypeOf(parsed.sites, null) };
  } catch {
    // unreadable: start afresh
  }
  return { sites: Object.create(null) };
}

async function writeMemo(path: string, memo: Memo): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(memo, null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

export function embeddedStateFile(dir: string, site: string): string {
  return join(dir, site === "default" ? "emulator-state.json" : `emulator-${site.replace(/[^\w.-]/g, "_")}-state.json`);
}

/**
 * Start the emulator for `site`, state in `dir`. `passphrase`: the configured one, if any (never
 * written to disk); otherwise one generated once and kept in emulator.json. `timeZone`: the
 * configured `server.timeZone`, so the emulated server keeps the clock the client reads "now" on.
 */
export async function startEmbedded(dir: string, site: string, passphrase?: string, timeZone?: string): Promise<EmbeddedServer> {
  await mkdir(dir, { recursive: true });
  const memoPath = join(dir, "emulator.json");
  const memo = readMemo(memoPath);
  const last = memo.sites[site] ?? {};
  const pass = passphrase ?? last.passphrase ?? randomBytes(18).toString("base64url");
  const stateFile = embeddedStateFile(dir, site);
  const start = (port: number) => startEmulator({ port, host: "127.0.0.1", passphrase: pass, stateFile, ...(timeZone ? { timeZone } : {}) });
  let emulator: Emulator;
  try {
    emulator = await start(last.port ?? 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE" || last.port === undefined) throw err;
    emulator = await start(0);
  }
  memo.sites[site] = { port: emulator.port, ...(passphrase === undefined ? { passphrase: pass } : {}) };
  await writeMemo(memoPath, memo);
  return { emulator, stateFile, passphrase: pass };
}
