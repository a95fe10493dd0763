// The in-memory database of the emulated server: accounts, sessions, generation batches and
// daily statistics. Commands mutate it synchronously; persistence snapshots it.
import { dayKey } from "../wallclock.js";
import {
  type AccountRecord,
  type DayStats,
  type GenerationRecord,
  STATE_VERSION,
  type SessionRecord,
  type StateSnapshot,
} from "./types.js";

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

  touch(): void {
    this.revision++;
  }

  day(ms: number): DayStats {
    const key = dayKey(ms);
    let s = this.statistics.get(key);
    if (!s) {
      s = { sessions: 0, timeUsedMs: 0, download: 0, upload: 0, accountsCreated: 0, salesCents: 0 };
      this.statistics.set(key, s);
    }
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
    this.touch();
  }

  /** The state as plain data; `copy` false shares the live objects (for immediate serialisation). */
  snapshot(copy = true): StateSnapshot {
    const snap: StateSnapshot = {
      version: STATE_VERSION,
      savedAt: new Date().toISOString(),
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
  }
}
