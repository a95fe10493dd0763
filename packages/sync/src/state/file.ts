// The state file: what this checkout last applied, for what the server cannot tell us.
//
// Location: `.hotspot/state.json` next to the configuration (override with `statePath`, the CLI's
// `--state` or HOTSPOT_STATE). Meant to be committed to git or kept as a CI artifact: it holds no
// secret in clear, only keyed hashes (see hash.ts). Per server (keyed by URL without credentials):
// - accounts / batches we created or updated, with the hash of every write-only field last sent;
// - batch members still owed their write-only settings (a follow-up that failed halfway);
// - whether we ever applied anything, so an empty account list is recognised as suspicious.
// Written atomically (temp file + rename) so a crash never leaves half a file.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { newSalt } from "./hash.js";
import { stateFileSchema } from "./schema.js";
import { parseShape } from "./shape.js";

/** What to do about a state file that cannot be read. */
const STATE_ADVICE =
  "Restore it from git or the CI artifact, or move it aside: without it the next plan assumes write-only fields in sync (with a warning) and the next apply writes a new one (`hotspot import` re-creates the YAML from the server if that is lost too).";

export const STATE_FILE_VERSION = 1;

export interface WriteOnlyHashes {
  /** Field name (catalogue name, e.g. "customer.email") → keyed hash of the value last sent. */
  [field: string]: string;
}

export interface AccountState {
  /** This tool created the account (as opposed to adopting one that already existed). */
  created?: boolean;
  writeOnly: WriteOnlyHashes;
}

export interface BatchState {
  created?: boolean;
  /** Write-only settings every member has received (except `pendingMembers`). */
  writeOnly: WriteOnlyHashes;
  /** Members that have not received the current write-only settings yet (a failed follow-up). */
  pendingMembers?: string[];
}

export interface ServerState {
  /** Server URL without credentials. */
  url: string;
  /** Check value of the key this server's hashes were made with (its passphrase or HOTSPOT_STATE_KEY). */
  keyCheck?: string;
  lastAppliedAt?: string;
  accounts: Record<string, AccountState>;
  batches: Record<string, BatchState>;
}

export interface StateFile {
  version: typeof STATE_FILE_VERSION;
  /** Random salt of the keyed hashes (public by design: the key is not in this file). */
  salt: string;
  servers: Record<string, ServerState>;
}

export interface LoadedState {
  path: string;
  /** False when no state file existed: write-only fields cannot be compared. */
  existed: boolean;
  file: StateFile;
}

export const DEFAULT_STATE_DIR = ".hotspot";
export const DEFAULT_STATE_FILE = "state.json";

/** `<configDir>/.hotspot/state.json`, unless HOTSPOT_STATE names another file. */
export function defaultStatePath(configDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.HOTSPOT_STATE;
  if (fromEnv) return fromEnv;
  return join(configDir, DEFAULT_STATE_DIR, DEFAULT_STATE_FILE);
}

/** The key servers are filed under: scheme, host, port and path, never the query (passphrase). */
export function serverKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`.toLowerCase();
  } catch {
    return url.replace(/[?#].*$/, "").toLowerCase();
  }
}

export function emptyState(): StateFile {
  return { version: STATE_FILE_VERSION, salt: newSalt(), servers: {} };
}

export async function loadState(path: string): Promise<LoadedState> {
  if (!existsSync(path)) return { path, existed: false, file: emptyState() };
  const text = await readFile(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: the state file is not valid JSON (${(err as Error).message})`);
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version !== STATE_FILE_VERSION) {
    throw new Error(`${path}: state file version ${version} is not supported (expected ${STATE_FILE_VERSION}): use the hotspot that wrote it`);
  }
  const file: StateFile = parseShape(path, parsed, stateFileSchema, `hotspot-iac state file (version ${STATE_FILE_VERSION})`, STATE_ADVICE);
  return { path, existed: true, file };
}

export async function saveState(loaded: LoadedState): Promise<void> {
  await mkdir(dirname(loaded.path), { recursive: true });
  const tmp = `${loaded.path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(sortedState(loaded.file), null, 2)}\n`, "utf8");
  await rename(tmp, loaded.path);
  loaded.existed = true;
}

/** The server's section, created when missing. */
export function serverState(file: StateFile, url: string): ServerState {
  const key = serverKey(url);
  let s = file.servers[key];
  if (!s) {
    s = { url: key, accounts: {}, batches: {} };
    file.servers[key] = s;
  }
  return s;
}

/** The server's section if any, without creating it. */
export function findServerState(file: StateFile, url: string): ServerState | undefined {
  return file.servers[serverKey(url)];
}

// Sorted keys keep diffs of a committed state file small and reviewable.
function sortedState(f: StateFile): StateFile {
  const sortRecord = <T>(r: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k] as T]));
  const servers: Record<string, ServerState> = {};
  for (const key of Object.keys(f.servers).sort()) {
    const s = f.servers[key]!;
    servers[key] = { ...s, accounts: sortRecord(s.accounts), batches: sortRecord(s.batches) };
  }
  return { version: f.version, salt: f.salt, servers };
}
