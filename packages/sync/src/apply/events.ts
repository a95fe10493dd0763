// What apply reports while it runs. No terminal code here: the CLI draws bars or lines from these.
import type { Change } from "../plan/model.js";

export interface ChangeOutcome {
  change: Change;
  ok: boolean;
  /** Why it failed (secrets never included: URLs are redacted by the client). */
  error?: string;
  /** Accounts this change created (batch members: their generated names / ticket codes). */
  created: string[];
  /** Accounts updated / deleted. */
  updated: number;
  deleted: string[];
  /** Deletes answered "does not exist": gone before this apply reached them, not counted as deleted. */
  alreadyGone?: string[];
  /** Lost answers resolved by reading the server back. */
  ambiguous: number;
}

export type ApplyEvent =
  | { type: "start"; changes: number; accounts: { create: number; update: number; delete: number } }
  | { type: "change-start"; change: Change }
  /** Per-member progress inside a batch change. */
  | { type: "progress"; change: Change; done: number; total: number }
  /** A lost answer, resolved by reading back: whether the write had happened. */
  | { type: "ambiguous"; change: Change; command: string; outcome: "committed" | "not-committed" }
  | { type: "change-done"; outcome: ChangeOutcome }
  | { type: "change-failed"; outcome: ChangeOutcome }
  /** The apply lock stopped being held: no change starts after this (the reason, never a secret). */
  | { type: "lock-lost"; message: string }
  | { type: "finish"; result: ApplyResult };

export interface ApplyResult {
  /** Every change succeeded. */
  ok: boolean;
  done: ChangeOutcome[];
  failed: ChangeOutcome[];
  /** Changes not attempted (interrupted by the signal, or the lock was lost). */
  skipped: Change[];
  /** Set when the apply lock was lost during the run: why the skipped changes were not started. */
  lockLost?: string;
  /** The state file written. */
  statePath?: string;
}
