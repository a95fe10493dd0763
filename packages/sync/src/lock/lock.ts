// One apply per server per checkout, and one writer per state file. Two lock files next to the
// state file, each created with O_EXCL so two processes cannot both win:
// - `<state file>.lock`: apply loads the state file when it plans and writes it whole (temp file +
//   rename) as it goes, so two applies sharing one state file, even against two servers, would each
//   write their own copy and the later would drop the other's section. Holding this lock for the
//   whole apply is the simplest rule that loses nothing (merging on save was not: two applies that
//   both started without a state file hash with two different salts).
// - `apply-<hash of the server's canonical identity>.lock`: one apply per server, whichever
//   spelling of its URL (core's wire/server-identity.ts), also between state files in the same folder.
// Each records pid and host, and is never seen half-written: the record is written to a temp file
// first and linked into place (link fails if the lock exists, like O_EXCL). A lock whose holder is
// gone (same host, pid not alive) or that holds no record (left by an older version, or a disk
// that filled up) is stale: taken over with a warning.
import { createHash } from "node:crypto";
import { link, mkdir, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";
import { parseShape } from "../state/shape.js";
import { HotspotIacError, serverIdentity } from "@hotspot-iac/core";

export interface LockInfo {
  pid: number;
  host: string;
  /** The operating-system user (database locks record it). */
  user?: string;
  server: string;
  since: string;
}

export interface Lock {
  /** The server's lock file (the first server's, when several were locked). */
  path: string;
  /** Every lock file held: the state file's, then one per server. */
  paths: string[];
  /**
   * Aborted when the lock stops being held before release (a state database's session ended:
   * the database restarted, or the session was terminated). Another apply may then start, so
   * nothing more may be written to the server. A lock file is never lost: undefined.
   */
  lost?: AbortSignal;
  release(): Promise<void>;
}

export class LockHeldError extends HotspotIacError {
  override get code() {
    return "lock-held" as const;
  }
  override readonly name = "LockHeldError";
  constructor(
    /** The lock file, or the database (URL without password) whose advisory lock is held. */
    readonly path: string,
    readonly holder: LockInfo | undefined,
    /** How the lock is named in the message. */
    where = `lock file ${path}`,
  ) {
    super(
      holder
        ? `another apply against ${holder.server} is running (pid ${holder.pid}${holder.user ? ` of ${holder.user}` : ""} on ${holder.host} since ${holder.since}); ${where}`
        : `another apply holds the lock: ${where}`,
    );
  }
}

/** The lock file of one server (by canonical identity) beside `statePath`. */
export function lockPath(statePath: string, serverUrl: string): string {
  const id = createHash("sha256").update(serverIdentity(serverUrl)).digest("hex").slice(0, 12);
  return join(dirname(statePath), `apply-${id}.lock`);
}

/** The lock file of the state file itself. */
function stateLockPath(statePath: string): string {
  return `${statePath}.lock`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

const lockInfoSchema = z.looseObject({
  pid: z.number().int(),
  host: z.string(),
  server: z.string(),
  since: z.string(),
});

/**
 * The holder; undefined when the file holds no record (empty or not JSON: never ours, as ours are
 * linked into place whole), "missing" when it went away meanwhile. Valid JSON of another shape is
 * not ours to guess about: FileShapeError, saying how to clear it.
 */
async function readInfo(path: string): Promise<LockInfo | undefined | "missing"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return parseShape(path, parsed, lockInfoSchema, "hotspot-iac lock file", "If no apply is running against this server, delete the lock file.");
}

/**
 * Take the state file's lock, then the lock of each server (`serverUrl`: one URL, or every
 * server of a multi-site apply), or throw LockHeldError naming the holder (nothing stays held).
 */
export async function acquireLock(opts: {
  statePath: string;
  serverUrl: string | readonly string[];
  /** Keep trying this long while another process holds a lock (default 0: refuse at once). */
  waitMs?: number;
  /** Told when a stale lock is taken over. */
  onWarning?: (message: string) => void;
}): Promise<Lock> {
  const deadline = Date.now() + (opts.waitMs ?? 0);
  for (;;) {
    try {
      return await acquireOnce(opts);
    } catch (err) {
      if (!(err instanceof LockHeldError) || Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function acquireOnce(opts: { statePath: string; serverUrl: string | readonly string[]; onWarning?: (message: string) => void }): Promise<Lock> {
  const urls = typeof opts.serverUrl === "string" ? [opts.serverUrl] : [...opts.serverUrl];
  const ids = [...new Set(urls.map(serverIdentity))];
  const info: LockInfo = { pid: process.pid, host: hostname(), server: ids.join(", "), since: new Date().toISOString() };
  const paths = [stateLockPath(opts.statePath), ...new Set(urls.map((u) => lockPath(opts.statePath, u)))];
  await mkdir(dirname(paths[0]!), { recursive: true });
  const releases: (() => Promise<void>)[] = [];
  const releaseAll = async () => {
    for (const r of releases.splice(0).reverse()) await r();
  };
  try {
    for (const path of paths) releases.push(await takeLockFile(path, info, opts.onWarning ?? (() => {})));
  } catch (err) {
    await releaseAll();
    throw err;
  }
  return { path: paths[1] ?? paths[0]!, paths, release: releaseAll };
}

async function takeLockFile(path: string, info: LockInfo, warn: (message: string) => void): Promise<() => Promise<void>> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(info)}\n`, { mode: 0o600 });
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(tmp, path);
        return async () => {
          const now = await readInfo(path).catch(() => undefined);
          if (typeof now === "object" && (now.pid !== info.pid || now.host !== info.host)) return; // not ours any more
          await unlink(path).catch(() => {});
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
        const holder = await readInfo(path);
        if (holder === "missing") continue; // released meanwhile: try again
        const gone = holder === undefined ? "holds no record of its holder" : holder.host === info.host && !alive(holder.pid) ? `was left by pid ${holder.pid}, which no longer runs` : undefined;
        if (gone === undefined || attempt > 1) throw new LockHeldError(path, holder);
        warn(`The lock ${path} ${gone}: taken over.`);
        await unlink(path).catch(() => {});
      }
    }
    throw new LockHeldError(path, undefined);
  } catch (err) {
    // Only system errors (errno codes) are about the lock file; ours (LockHeldError) pass.
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code !== "string" || err instanceof HotspotIacError) throw err;
    throw new Error(`cannot create the lock file ${path}: ${code === "ENOSPC" ? "no space left on the device (ENOSPC)" : (err as Error).message}. Nothing was changed.`, { cause: err });
  } finally {
    await unlink(tmp).catch(() => {});
  }
}

/**
 * `hotspot state force-unlock`: remove the lock files beside a local state file (the state's own
 * and every server's), whoever holds them; returns what was removed and who held it.
 */
export async function forceUnlock(statePath: string): Promise<{ path: string; holder?: LockInfo }[]> {
  const dir = dirname(statePath);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: { path: string; holder?: LockInfo }[] = [];
  const own = `${statePath.slice(dir.length + 1)}.lock`;
  for (const name of names.sort()) {
    if (name !== own && !/^apply-[0-9a-f]{12}\.lock$/.test(name)) continue;
    const path = join(dir, name);
    const holder = await readInfo(path).catch(() => undefined);
    if (holder === "missing") continue;
    await unlink(path).catch(() => {});
    out.push({ path, ...(holder ? { holder } : {}) });
  }
  return out;
}
