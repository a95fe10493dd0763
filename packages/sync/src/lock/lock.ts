// One apply per server per checkout: a lock file next to the state file, named after the server
// URL, created with O_EXCL so two processes cannot both win. It records pid and host; a lock whose
// process is gone (same host, pid not alive) is stale and taken over.
import { createHash } from "node:crypto";
import { mkdir, open, readFile, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";
import { serverKey } from "../state/file.js";
import { parseShape } from "../state/shape.js";

export interface LockInfo {
  pid: number;
  host: string;
  server: string;
  since: string;
}

export interface Lock {
  path: string;
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

export function lockPath(statePath: string, serverUrl: string): string {
  const id = createHash("sha256").update(serverKey(serverUrl)).digest("hex").slice(0, 12);
  return join(dirname(statePath), `apply-${id}.lock`);
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

/** Take the lock for `serverUrl` or throw LockHeldError naming the holder. */
export async function acquireLock(opts: { statePath: string; serverUrl: string }): Promise<Lock> {
  const path = lockPath(opts.statePath, opts.serverUrl);
  await mkdir(dirname(path), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: hostname(), server: serverKey(opts.serverUrl), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, "wx");
      await fh.writeFile(`${JSON.stringify(info)}\n`);
      await fh.close();
      let released = false;
      return {
        path,
        async release() {
          if (released) return;
          released = true;
          const now = await readInfo(path).catch(() => undefined);
          if (now && (now.pid !== info.pid || now.host !== info.host)) return; // not ours any more
          await unlink(path).catch(() => {});
        },
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
