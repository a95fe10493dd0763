// The state file: what this checkout last applied, for what the server cannot tell us.
//
// Location: `.hotspot/state.json` next to the configuration (override with `statePath`, the CLI's
// `--state` or HOTSPOT_STATE). Meant to be committed to git or kept as a CI artifact: it holds no
// secret in clear, only keyed hashes (see hash.ts). Per server (keyed by its canonical identity,
// core's wire/server-identity.ts):
// - accounts / batches we created or updated, with the hash of every write-only field last sent;
// - batch members still owed their write-only settings (a follow-up that failed halfway);
// - whether we ever applied anything, so an empty account list is recognised as suspicious;
// - fields OWED: written ahead of a multi-request write (create + follow-up, batch grow +
//   follow-ups, an update that cannot be read back) and cleared once the server confirmed them,
//   so a process killed in between leaves a file that makes the next run send them.
// Written durably: temp file, fsync, atomic rename, fsync of the folder (a crash never leaves half
// a file, and a write-ahead mark is on disk before the request it covers is sent).
import { existsSync } from "node:fs";
import { chmod, mkdir, open, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { LoadedState } from "./backend.js";
import { type AccountState, type BatchState, type ServerState, STATE_FILE_VERSION, type StateFile } from "./records.js";
import { newSalt } from "./hash.js";
import { stateFileSchema } from "./schema.js";
import { parseShape } from "./shape.js";
import { HotspotIacError, serverIdentity } from "@hotspot-iac/core";

/** What to do about a state file that cannot be read. */
const STATE_ADVICE =
  "Restore it from git or the CI artifact, or move it aside: without it the next plan assumes write-only fields in sync (with a warning) and the next apply writes a new one (`hotspot import` re-creates the YAML from the server if that is lost too).";


// The records and the loaded state have their own modules (no import cycle with backend.ts).
export { type AccountState, type BatchState, type ServerState, STATE_FILE_VERSION, type StateFile, type WriteOnlyHashes } from "./records.js";
export type { LoadedState } from "./backend.js";

/** The state could not be written: names where, and why (never a value from it). */
export class StateWriteError extends HotspotIacError {
  override get code() {
    return "state-write" as const;
  }
  override readonly name = "StateWriteError";
  constructor(
    readonly location: string,
    readonly errno: string | undefined,
    reason: string,
  ) {
    super(`cannot write the state ${location}: ${reason}`);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
};

export function stateWriteError(location: string, err: unknown): StateWriteError {
  if (err instanceof StateWriteError) return err;
  const code = err instanceof HotspotIacError ? undefined : (err as NodeJS.ErrnoException).code;
  const reason = code && REASONS[code] ? `${REASONS[code]} (${code})` : (err as Error).message;
  return new StateWriteError(location, code, reason);
}

export const DEFAULT_STATE_DIR = ".hotspot";
const DEFAULT_STATE_FILE = "state.json";

/** `<configDir>/.hotspot/state.json`, unless HOTSPOT_STATE names another file. */
export function defaultStatePath(configDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.HOTSPOT_STATE;
  if (fromEnv) return fromEnv;
  return join(configDir, DEFAULT_STATE_DIR, DEFAULT_STATE_FILE);
}

export function emptyState(): StateFile {
  return { version: STATE_FILE_VERSION, salt: newSalt(), servers: nullRecord() };
}

/** An object without a prototype: `r["constructor"]` is undefined until set, `r["__proto__"] = x` is a key. */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export async function loadState(path: string): Promise<LoadedState> {
  if (!existsSync(path)) return { path, existed: false, file: emptyState(), loadedSerial: 0 };
  const text = await readFile(path, "utf8");
  return parseState(path, text);
}

/** A state file's text, checked (shape, version) and refiled under canonical server keys. */
function parseState(path: string, text: string): LoadedState {
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
  return { path, existed: true, file: refileServers(file), loadedSerial: file.serial ?? 0 };
}

/**
 * Sections filed under an older spelling of their server (the URL's text, before keys were
 * canonical) move to the canonical key; two spellings of one server are merged: the most recently
 * applied section wins, the other only adds the accounts and batches it lacks (without their
 * hashes when they were made with another key, so those fields are sent again rather than trusted).
 */
function refileServers(file: StateFile): StateFile {
  const servers = nullRecord<ServerState>();
  for (const [key, section] of Object.entries(file.servers)) {
    const id = serverIdentity(key);
    const other = servers[id];
    servers[id] = other ? mergeSections(other, section) : { ...section, url: id };
  }
  file.servers = servers;
  return file;
}

function mergeSections(a: ServerState, b: ServerState): ServerState {
  const [newer, older] = (a.lastAppliedAt ?? "") >= (b.lastAppliedAt ?? "") ? [a, b] : [b, a];
  const sameKey = older.keyCheck === newer.keyCheck;
  const merged: ServerState = {
    ...newer,
    url: a.url,
    accounts: Object.assign(nullRecord<AccountState>(), newer.accounts),
    batches: Object.assign(nullRecord<BatchState>(), newer.batches),
  };
  for (const [name, acc] of Object.entries(older.accounts)) {
    if (!Object.hasOwn(merged.accounts, name)) merged.accounts[name] = sameKey ? acc : { ...acc, writeOnly: {} };
  }
  for (const [prefix, batch] of Object.entries(older.batches)) {
    if (!Object.hasOwn(merged.batches, prefix)) merged.batches[prefix] = sameKey ? batch : { ...batch, writeOnly: {} };
  }
  return merged;
}

/** Save the state where it lives (its backend; else the file at `path`). Not reentrant: see StateWriter. */
export async function saveState(loaded: LoadedState): Promise<void> {
  if (loaded.backend) return loaded.backend.save(loaded);
  return saveStateFile(loaded);
}

/** Saves in progress per state file: the applies of a fleet's venues run at once and share one. */
const saving = new Map<string, Promise<void>>();

/**
 * Write the state file durably (temp file, fsync, rename, fsync of the folder), readable by its
 * owner only (0600: its hashes are keyed, but its names are nobody else's business). A failed
 * write leaves the previous file as it was and no temp file behind: StateWriteError names the file.
 * Saves of one file in this process run one after another, each serialising the state when its
 * turn comes: two at once would share the temp file, and an older copy could be renamed over a
 * newer one.
 */
export function saveStateFile(loaded: LoadedState): Promise<void> {
  const next = (saving.get(loaded.path) ?? Promise.resolve()).catch(() => {}).then(() => writeState(loaded));
  saving.set(loaded.path, next);
  const done = () => {
    if (saving.get(loaded.path) === next) saving.delete(loaded.path);
  };
  next.then(done, done);
  return next;
}

async function writeState(loaded: LoadedState): Promise<void> {
  const dir = dirname(loaded.path);
  const tmp = `${loaded.path}.${process.pid}.tmp`;
  const serial = (loaded.file.serial ?? 0) + 1;
  const text = `${JSON.stringify(sortedState({ ...loaded.file, serial }), null, 2)}\n`;
  try {
    await mkdir(dir, { recursive: true });
    const file = await open(tmp, "w", 0o600);
    try {
      await file.writeFile(text, "utf8");
      await file.sync();
    } finally {
      await file.close();
    }
    await chmod(tmp, 0o600); // an existing temp file keeps its mode on open
    await rename(tmp, loaded.path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw stateWriteError(`file ${loaded.path}`, err);
  }
  await syncDir(dir);
  loaded.file.serial = serial;
  loaded.existed = true;
}

// The rename is durable once the folder is; some platforms cannot open a folder (Windows): skip.
async function syncDir(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Tells the members made by the grow `growing` describes. */
export function grownBy(growing: NonNullable<BatchState["growing"]>, prefix: string): (username: string) => boolean {
  if (growing.before) {
    const before = new Set(growing.before);
    return (username) => !before.has(username);
  }
  const from = growing.from;
  return (username) => {
    const n = username.slice(prefix.length);
    return from !== undefined && /^\d{1,15}$/.test(n) && Number(n) >= from;
  };
}

/** The server's section, created when missing. */
export function serverState(file: StateFile, url: string): ServerState {
  const key = serverIdentity(url);
  let s = file.servers[key];
  if (!s) {
    s = { url: key, accounts: nullRecord(), batches: nullRecord() };
    file.servers[key] = s;
  }
  return s;
}

/** The server's section if any, without creating it. */
export function findServerState(file: StateFile, url: string): ServerState | undefined {
  return file.servers[serverIdentity(url)];
}

// Sorted keys keep diffs of a committed state file small and reviewable.
function sortedState(f: StateFile): StateFile {
  const sortRecord = <T>(r: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k] as T]));
  const servers = nullRecord<ServerState>();
  for (const key of Object.keys(f.servers).sort()) {
    const s = f.servers[key]!;
    servers[key] = { ...s, accounts: sortRecord(s.accounts), batches: sortRecord(s.batches) };
  }
  return { version: f.version, salt: f.salt, ...(f.serial !== undefined ? { serial: f.serial } : {}), servers };
}
