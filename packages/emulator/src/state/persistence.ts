// The state file: JSON, versioned, written atomically (temp file, fsync, rename, fsync of the
// folder) so a kill -9 at any moment leaves either the previous or the new complete file.
//
// Guarantee: a write command's answer is sent only after a save that includes its change has
// completed (group commit: changes made while a save runs are written together by the next save).
// Changes without an answer to wait for (time consumed by logged-in accounts) are saved with the
// next write, the next admin change, or on stop.
import { mkdirSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Store } from "./store.js";
import { STATE_VERSION, type StateSnapshot } from "./types.js";

/** Read a state file; undefined when it does not exist. Throws a clear error when it is unusable. */
export function readStateFile(path: string): StateSnapshot | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
  let data: Partial<StateSnapshot>;
  try {
    data = JSON.parse(text) as Partial<StateSnapshot>;
  } catch (err) {
    throw new Error(`${path}: emulator state file is not valid JSON: ${(err as Error).message}`);
  }
  if (data.version !== STATE_VERSION) {
    throw new Error(`${path}: emulator state file version ${String(data.version)} is not supported (expected ${STATE_VERSION})`);
  }
  if (!Array.isArray(data.accounts) || !Array.isArray(data.sessions)) {
    throw new Error(`${path}: emulator state file lacks accounts or sessions`);
  }
  return {
    generations: [],
    statistics: {},
    nextGenerateId: 1,
    nextSessionId: 1,
    ...data,
  } as StateSnapshot;
}

let tempCounter = 0;

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);
  const fh = await open(tmp, "w", 0o600);
  try {
    await fh.writeFile(text, "utf8");
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  // Make the rename itself durable. Not every platform can fsync a folder: best effort.
  try {
    const dir = await open(dirname(path), "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // ignore
  }
}

/** Temp files a killed process left behind (never the state itself). */
function removeStaleTemps(path: string): void {
  const prefix = `.${basename(path)}.`;
  try {
    for (const f of readdirSync(dirname(path))) {
      if (f.startsWith(prefix) && f.endsWith(".tmp")) {
        try {
          unlinkSync(join(dirname(path), f));
        } catch {
          // another process's temp or already gone
        }
      }
    }
  } catch {
    // folder unreadable: the write will report it
  }
}

export class StatePersistence {
  private waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private running = false;
  private savedRevision = -1;

  constructor(
    readonly path: string,
    private readonly store: Store,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    removeStaleTemps(path);
  }

  /** Loaded state counts as saved. */
  markSaved(): void {
    this.savedRevision = this.store.revision;
  }

  /** Resolves once everything changed before this call is on disk. */
  flush(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.waiters.length > 0) {
      const batch = this.waiters.splice(0);
      try {
        if (this.store.revision !== this.savedRevision) {
          const revision = this.store.revision;
          // Serialised synchronously: later changes belong to the next save.
          const text = JSON.stringify(this.store.snapshot(false), null, 1);
          await writeFileAtomic(this.path, text);
          this.savedRevision = revision;
        }
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.running = false;
  }
}
