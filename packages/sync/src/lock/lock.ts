// One apply per server per checkout, and one writer per state file. Two lock files next to the
// state file, each created with O_EXCL so two processes cannot both win:
// - `<state file>.lock`: apply loads the state file when it plans and writes it whole (temp file +
//   rename) as it goes, so two applies sharing one state file, even against two servers, would each
//   write their own copy and the later would drop the other's section. Holding this lock for the
//   whole apply is the simplest rule that loses nothing (merging on save was not: two applies that
//   both started without a state file hash with two different salts).
// - `apply-<hash of the server's canonical identity>.lock`: one apply per server, whichever
//   spelling of its URL (server-identity.ts), also between state files in the same folder.
// Each records pid and host; a lock whose process is gone (same host, pid not alive) is stale and
// taken over.
import { createHash } from "node:crypto";
import { mkdir, open, readFile, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";
import { serverIdentity } from "../state/server-identity.js";
import { parseShape } from "../state/shape.js";

export interface LockInfo {
  pid: number;
  host: string;
  server: string;
  since: string;
}

export interface Lock {
  /** The server's lock file (the first server's, when several were locked). */
  path: string;
  /** Every lock file held: the state file's, then one per server. */
  paths: string[];
  release(): Promise<void>;
}

export class LockHeldError extends Error {
  override readonly name = "LockHeldError";
  constructor(
    readonly path: string,
    readonly holder: LockInfo | undefined,
  ) {
    super(
      holder
        ? `another apply against ${holder.server} is running (pid ${holder.pid} on ${holder.host} since ${holder.since}); lock file ${path}`
        : `another apply holds the lock ${path}`,
    );
  }
}

/** The lock file of one server (by canonical identity) beside `statePath`. */
export function lockPath(statePath: string, serverUrl: string): string {
  const id = createHash("sha256").update(serverIdentity(serverUrl)).digest("hex").slice(0, 12);
  return join(dirname(statePath), `apply-${id}.lock`);
}

/** The lock file of the state file itself. */
export function stateLockPath(statePath: string): string {
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
 * The holder, or undefined while the file is missing or not JSON yet (being written). Valid JSON
 * of another shape is not ours to guess about: FileShapeError, saying how to clear it.
 */
async function readInfo(path: string): Promise<LockInfo | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch {
    return undefined;
  }
  return parseShape(path, parsed, lockInfoSchema, "hotspot-iac lock file", "If no apply is running against this server, delete the lock file.");
}

const UNREADABLE_GRACE_MS = 10_000;

/** The file is older than `ms`, or gone. */
async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return true;
  }
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

async function acquireOnce(opts: { statePath: string; serverUrl: string | readonly string[] }): Promise<Lock> {
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
    for (const path of paths) releases.push(await takeLockFile(path, info));
  } catch (err) {
    await releaseAll();
    throw err;
  }
  return { path: paths[1] ?? paths[0]!, paths, release: releaseAll };
}

async function takeLockFile(path: string, info: LockInfo): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, "wx");
      await fh.writeFile(`${JSON.stringify(info)}\n`);
      await fh.close();
      return async () => {
        const now = await readInfo(path).catch(() => undefined);
        if (now && (now.pid !== info.pid || now.host !== info.host)) return; // not ours any more
        await unlink(path).catch(() => {});
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = await readInfo(path);
      // Stale: written by a process of this host that no longer runs, or unreadable and old. A
      // young unreadable lock is one another process has created but not yet written: not stale.
      const stale = holder === undefined ? await olderThan(path, UNREADABLE_GRACE_MS) : holder.host === info.host && !alive(holder.pid);
      if (!stale || attempt > 0) throw new LockHeldError(path, holder);
      await unlink(path).catch(() => {});
    }
  }
  throw new LockHeldError(path, undefined);
}
