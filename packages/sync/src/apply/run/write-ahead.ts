// Write-ahead marks of single accounts (a create with a follow-up, an update of fields the server
// does not report) are made for a window of upcoming changes at once, refilled while the changes
// before it run: one durable write covers up to MARK_AHEAD changes instead of the few in flight,
// and the changes rarely wait for it. A mark left for a change never sent is harmless (a create's
// account is absent, so it is created; an update's fields differ, so they are sent), and one
// skipped after SIGINT is taken back.
import { effectiveClass } from "@hotspot-iac/core";
import type { Statement } from "../../diff/statements.js";
import type { AccountState } from "../../state/state-file.js";
import { followUpFields } from "../account.js";
import type { RunContext } from "./context.js";
import { omit, union } from "./records.js";

/** Changes whose write-ahead marks one durable write of the state file covers. */
const MARK_AHEAD = 128;

export class WriteAhead {
  /** The durable write each marked statement waits for. */
  private readonly onDisk = new Map<Statement, Promise<void>>();
  /** An account's record before its mark: what a skipped change restores. */
  private readonly before = new Map<string, AccountState | undefined>();
  private readonly started = new Set<Statement>();
  private readonly position: Map<Statement, number>;
  /** The next statement a group of marks looks at. */
  private cursor = 0;

  constructor(
    private readonly statements: readonly Statement[],
    private readonly run: RunContext,
  ) {
    this.position = new Map(statements.map((s, i) => [s, i]));
  }

  /** `s` is running: later groups leave it alone. */
  start(s: Statement): void {
    this.started.add(s);
  }

  /** Marks `s` (and the window after it) if it needs a mark; resolves once its mark is durable. */
  mark(s: Statement): Promise<void> | undefined {
    if (!this.onDisk.has(s)) {
      if (!this.makeMark(s)) return undefined;
      this.markGroup(s);
    }
    if (this.cursor < this.statements.length && this.cursor - (this.position.get(s) ?? 0) < MARK_AHEAD / 2) this.markGroup();
    return this.onDisk.get(s);
  }

  /** A change skipped (SIGINT) after its mark was made: its record is as before. */
  takeBack(s: Statement): void {
    const username = s.kind === "create-account" || s.kind === "update-account" ? s.username : undefined;
    if (username === undefined || !this.onDisk.has(s) || !this.before.has(username)) return;
    const prev = this.before.get(username);
    if (prev) this.run.state.accounts[username] = prev;
    else delete this.run.state.accounts[username];
  }

  private markGroup(first?: Statement): void {
    const group = first ? [first] : [];
    for (; this.cursor < this.statements.length && group.length < MARK_AHEAD; this.cursor++) {
      const next = this.statements[this.cursor]!;
      if (next !== first && !this.started.has(next) && !this.onDisk.has(next) && this.makeMark(next)) group.push(next);
    }
    if (group.length === 0) return;
    const flushed = this.run.persist();
    flushed.catch(() => {}); // each change awaits it (and fails if the mark could not be written)
    for (const x of group) this.onDisk.set(x, flushed);
  }

  /** Makes the mark of `s` in the state section; false when `s` needs none. */
  private makeMark(s: Statement): boolean {
    const { state } = this.run;
    if (s.kind === "create-account") {
      const followUp = followUpFields(this.run.accountOf(s.username), { planId: s.pricePlanId, now: this.run.opts.now() });
      if (followUp.length === 0) return false;
      // Killed after the create, the next run sends the follow-up.
      this.remember(s.username);
      state.accounts[s.username] = { creating: true, writeOnly: omit(s.writeOnly, followUp), owed: followUp };
      return true;
    }
    if (s.kind === "update-account") {
      // Fields the server does not report cannot be read back after a lost answer: owed until confirmed.
      const account = this.run.accountOf(s.username);
      const unverifiable = s.fields.filter((f) => effectiveClass(account, f) !== "enforced");
      if (unverifiable.length === 0) return false;
      this.remember(s.username);
      // An account seen for the first time starts from the baseline the plan assumed.
      const entry = (state.accounts[s.username] ??= { writeOnly: s.adoptWriteOnly ? omit(s.writeOnly, s.fields) : {} });
      entry.owed = union(entry.owed, unverifiable);
      return true;
    }
    return false;
  }

  private remember(username: string): void {
    if (!this.before.has(username)) this.before.set(username, structuredClone(this.run.state.accounts[username]));
  }
}
