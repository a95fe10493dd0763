// The state file: a JSON snapshot (`FILE`) plus an append-only journal (`FILE.journal`, JSON lines
// of changed records) so that a write costs one small fsync'd append instead of a rewrite of every
// account. The journal is folded into a new snapshot when it grows past the snapshot's size, on
// start and on stop.
//
// Crash safety: snapshots are written atomically (temp file, fsync, rename, fsync of the folder);
// journal lines are appended and fdatasync'd. After kill -9 the snapshot is the previous or the new
// one, never torn; a torn last journal line (killed mid-append) was never acknowledged and is
// ignored. Replaying a line twice is harmless (records are upserted whole), so a crash between a
// snapshot and the journal's truncation loses nothing.
//
// Guarantee: a write command's answer is sent only after the journal line or snapshot holding its
// change is on disk (group commit: changes made while a save runs go into the next one). Changes
// without an answer to wait for (time consumed by logged-in accounts) are saved with the next
// write, the next admin change, or on stop.
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { type FileHandle, open, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { ChangeSet, Store } from "./store.js";
import { STATE_VERSION, type StateSnapshot } from "./types.js";

export const journalPath = (path: string): string => `${path}.journal`;

/** One journal line. */
interface JournalEntry extends ChangeSet {
  rev: number;
}

function readSnapshot(path: string): StateSnapshot | undefined {
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
    throw new Error(
      `${path}: emulator state file version ${String(data.version)} is not supported (expected ${STATE_VERSION})`,
    );
  }
  if (!Array.isArray(data.accounts) || !Array.isArray(data.sessions)) {
    throw new Error(`${path}: emulator state file lacks accounts or sessions`);
  }
  return { generations: [], statistics: {}, nextGenerateId: 1, nextSessionId: 1, revision: 0, ...data } as StateSnapshot;
}

function readJournal(path: string): JournalEntry[] {
  let text: string;
  try {
    text = readFileSync(journalPath(path), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const lines = text.split("\n");
  const entries: JournalEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "") continue;
    try {
      entries.push(JSON.parse(line) as JournalEntry);
    } catch {
      // Only the last line can be torn (an append cut by a crash, never acknowledged).
      if (lines.slice(i + 1).some((l) => l !== "")) {
        throw new Error(`${journalPath(path)}: line ${i + 1} is corrupt`);
      }
    }
  }
  return entries;
}

/** Apply journal entries newer than the snapshot, in order. */
function replay(snap: StateSnapshot, entries: readonly JournalEntry[]): StateSnapshot {
  const base = snap.revision ?? 0;
  const fresh = entries.filter((e) => e.rev > base);
  if (fresh.length === 0) return snap;
  const accounts = new Map(snap.accounts.map((a) => [a.username, a]));
  const sessions = new Map(snap.sessions.map((s) => [s.id, s]));
  const generations = new Map(snap.generations.map((g) => [g.id, g]));
  const statistics = { ...snap.statistics };
  let out: StateSnapshot = snap;
  for (const e of fresh) {
    for (const [name, a] of Object.entries(e.accounts)) {
      if (a === null) accounts.delete(name);
      else accounts.set(name, a);
    }
    for (const s of e.sessions) sessions.set(s.id, s);
    for (const g of e.generations) generations.set(g.id, g);
    Object.assign(statistics, e.statistics);
    out = {
      ...out,
      revision: e.rev,
      nextGenerateId: e.nextGenerateId,
      nextSessionId: e.nextSessionId,
      ...(e.clockOffsetMs === undefined ? {} : { clockOffsetMs: e.clockOffsetMs }),
    };
  }
  return {
    ...out,
    accounts: [...accounts.values()],
    sessions: [...sessions.values()].sort((a, b) => a.id - b.id),
    generations: [...generations.values()].sort((a, b) => a.id - b.id),
    statistics,
  };
}

/**
 * The saved state (snapshot plus journal); undefined when there is none. Throws a clear error when
 * the file is unusable. Safe to call from another process while the emulator runs.
 */
export function readStateFile(path: string): StateSnapshot | undefined {
  const entries = readJournal(path);
  const snap = readSnapshot(path);
  if (!snap && entries.length === 0) return undefined;
  const empty: StateSnapshot = {
    version: STATE_VERSION,
    savedAt: "",
    revision: 0,
    nextGenerateId: 1,
    nextSessionId: 1,
    accounts: [],
    sessions: [],
    generations: [],
    statistics: {},
  };
  return replay(snap ?? empty, entries);
}

let tempCounter = 0;
const tempName = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.${++tempCounter}.tmp`);

async function syncFolder(path: string): Promise<void> {
  // Makes a rename durable. Not every platform can fsync a folder: best effort.
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

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = tempName(path);
  const fh = await open(tmp, "w", 0o600);
  try {
    await fh.writeFile(text, "utf8");
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  await syncFolder(path);
}

function writeFileAtomicSync(path: string, text: string): void {
  const tmp = tempName(path);
  const fd = openSync(tmp, "w", 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dir = openSync(dirname(path), "r");
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // best effort, as above
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

/** Journal at least this big before folding it into a snapshot (and at least the snapshot's size). */
const MIN_COMPACT_BYTES = 1024 * 1024;

export class StatePersistence {
  private waiters: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  private running = false;
  private savedRevision: number;
  private journal: FileHandle | undefined;
  private journalBytes = 0;
  private snapshotBytes = 0;

  /** Opens the state at `path`: folds any journal into a fresh snapshot before serving. */
  constructor(
    readonly path: string,
    private readonly store: Store,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    removeStaleTemps(path);
    this.compactSync();
    this.savedRevision = store.revision;
  }

  /** Resolves once everything changed before this call is on disk. */
  flush(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      if (!this.running) void this.run();
    });
  }

  /** Save everything into the snapshot alone and close the journal (on stop). */
  async close(): Promise<void> {
    await this.flush();
    await this.journal?.close();
    this.journal = undefined;
    this.compactSync();
  }

  private compactSync(): void {
    this.store.takeChanges();
    const text = JSON.stringify(this.store.snapshot(false));
    writeFileAtomicSync(this.path, text);
    this.snapshotBytes = text.length;
    // The snapshot holds everything: the journal starts over.
    const fd = openSync(journalPath(this.path), "w", 0o600);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.journalBytes = 0;
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.waiters.length > 0) {
      const batch = this.waiters.splice(0);
      try {
        if (this.store.revision !== this.savedRevision) await this.save();
        for (const w of batch) w.resolve();
      } catch (err) {
        for (const w of batch) w.reject(err);
      }
    }
    this.running = false;
  }

  private async save(): Promise<void> {
    const revision = this.store.revision;
    // Serialised synchronously: later changes belong to the next save.
    const changes = this.store.takeChanges();
    if (changes === "all" || this.journalBytes > Math.max(MIN_COMPACT_BYTES, this.snapshotBytes)) {
      const text = JSON.stringify(this.store.snapshot(false));
      await writeFileAtomic(this.path, text);
      this.snapshotBytes = text.length;
      this.journal ??= await open(journalPath(this.path), "a", 0o600);
      await this.journal.truncate(0);
      await this.journal.sync();
      this.journalBytes = 0;
    } else {
      const line = `${JSON.stringify({ rev: revision, ...changes } satisfies JournalEntry)}\n`;
      this.journal ??= await open(journalPath(this.path), "a", 0o600);
      await this.journal.write(line);
      await this.journal.datasync();
      this.journalBytes += line.length;
    }
    this.savedRevision = revision;
  }
}
