// The in-memory database of the emulated server: accounts, sessions, generation batches and
// daily statistics. Commands mutate records and report what they changed (put*/changed/add*), so
// persistence can journal exactly the changed records instead of rewriting everything.
import { dayKey } from "../server-time.js";
import {
  type AccountRecord,
  type DayStats,
  type GenerationRecord,
  STATE_VERSION,
  type SessionRecord,
  type StateSnapshot,
} from "./types.js";

/** The records changed since the last takeChanges(), for the journal. */
export interface ChangeSet {
  /** Changed accounts; null = deleted. */
  accounts: Record<string, AccountRecord | null>;
  sessions: SessionRecord[];
  statistics: Record<string, DayStats>;
  generations: GenerationRecord[];
  nextGenerateId: number;
  nextSessionId: number;
  clockOffsetMs?: number;
}

export class Store {
  /** Accounts in creation order (Map keeps insertion order; getaccountlist relies on it). */
  readonly accounts = new Map<string, AccountRecord>();
  readonly sessions: SessionRecord[] = [];
  /** Sessions not yet stopped, the only ones lazy accounting has to visit. */
  readonly openSessions = new Set<SessionRecord>();
  readonly generations: GenerationRecord[] = [];
  readonly statistics = new Map<string, DayStats>();
  nextGenerateId = 1;
  nextSessionId = 1;
  clockOffsetMs: number | undefined;
  /** Bumped on every change; persistence writes when it differs from what was saved. */
  revision = 0;

  private dirtyAccounts = new Set<string>();
  private dirtySessions = new Set<SessionRecord>();
  private dirtyDays = new Set<string>();
  private dirtyGenerations: GenerationRecord[] = [];
  /** Everything changed at once (reset, load): the journal cannot express it, rewrite the file. */
  private rewriteAll = false;

  touch(): void {
    this.revision++;
  }

  putAccount(a: AccountRecord): void {
    this.accounts.set(a.username, a);
    this.changed(a);
  }

  /** An account's fields were changed in place. */
  changed(a: AccountRecord): void {
    this.dirtyAccounts.add(a.username);
    this.touch();
  }

  deleteAccount(username: string): void {
    this.accounts.delete(username);
    this.dirtyAccounts.add(username);
    this.touch();
  }

  addSession(s: SessionRecord): void {
    this.sessions.push(s);
    if (s.stop === null) this.openSessions.add(s);
    this.sessionChanged(s);
  }

  sessionChanged(s: SessionRecord): void {
    this.dirtySessions.add(s);
    this.touch();
  }

  addGeneration(g: GenerationRecord): void {
    this.generations.push(g);
    this.dirtyGenerations.push(g);
    this.touch();
  }

  /** The statistics of the server day of `ms`, to be changed by the caller. */
  day(ms: number): DayStats {
    const key = dayKey(ms);
    let s = this.statistics.get(key);
    if (!s) {
      s = { sessions: 0, timeUsedMs: 0, download: 0, upload: 0, accountsCreated: 0, salesCents: 0 };
      this.statistics.set(key, s);
    }
    this.dirtyDays.add(key);
    this.touch();
    return s;
  }

  openSessionsOf(username: string): SessionRecord[] {
    return [...this.openSessions].filter((s) => s.username === username);
  }

  isLoggedIn(username: string): boolean {
    for (const s of this.openSessions) if (s.username === username) return true;
    return false;
  }

  /** Usernames that ever had a session, even if the account was deleted since. */
  hasHistory(username: string): boolean {
    return this.sessions.some((s) => s.username === username);
  }

  clear(): void {
    this.accounts.clear();
    this.sessions.length = 0;
    this.openSessions.clear();
    this.generations.length = 0;
    this.statistics.clear();
    this.nextGenerateId = 1;
    this.nextSessionId = 1;
    this.rewriteAll = true;
    this.touch();
  }

  /**
   * What changed since the last call (live objects: serialise at once), or "all" when only a full
   * rewrite can express it.
   */
  takeChanges(): ChangeSet | "all" {
    const all = this.rewriteAll;
    const changes: ChangeSet = {
      accounts: {},
      sessions: [...this.dirtySessions],
      statistics: {},
      generations: this.dirtyGenerations,
      nextGenerateId: this.nextGenerateId,
      nextSessionId: this.nextSessionId,
    };
    for (const name of this.dirtyAccounts) changes.accounts[name] = this.accounts.get(name) ?? null;
    for (const key of this.dirtyDays) {
      const s = this.statistics.get(key);
      if (s) changes.statistics[key] = s;
    }
    if (this.clockOffsetMs !== undefined) changes.clockOffsetMs = this.clockOffsetMs;
    this.dirtyAccounts = new Set();
    this.dirtySessions = new Set();
    this.dirtyDays = new Set();
    this.dirtyGenerations = [];
    this.rewriteAll = false;
    return all ? "all" : changes;
  }

  /** The state as plain data; `copy` false shares the live objects (for immediate serialisation). */
  snapshot(copy = true): StateSnapshot {
    const snap: StateSnapshot = {
      version: STATE_VERSION,
      savedAt: new Date().toISOString(),
      revision: this.revision,
      nextGenerateId: this.nextGenerateId,
      nextSessionId: this.nextSessionId,
      accounts: [...this.accounts.values()],
      sessions: this.sessions,
      generations: this.generations,
      statistics: Object.fromEntries([...this.statistics.entries()].sort(([a], [b]) => a.localeCompare(b))),
    };
    if (this.clockOffsetMs !== undefined) snap.clockOffsetMs = this.clockOffsetMs;
    return copy ? structuredClone(snap) : snap;
  }

  load(snap: StateSnapshot): void {
    this.clear();
    for (const a of snap.accounts) this.accounts.set(a.username, structuredClone(a));
    for (const s of snap.sessions) {
      const copy = structuredClone(s);
      this.sessions.push(copy);
      if (copy.stop === null) this.openSessions.add(copy);
    }
    this.generations.push(...structuredClone(snap.generations));
    for (const [k, v] of Object.entries(snap.statistics)) this.statistics.set(k, { ...v });
    this.nextGenerateId = snap.nextGenerateId;
    this.nextSessionId = snap.nextSessionId;
    this.clockOffsetMs = snap.clockOffsetMs;
    this.revision = snap.revision ?? 0;
    this.takeChanges();
  }
}
