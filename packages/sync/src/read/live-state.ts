// What the server holds, as far as this configuration is concerned.
import type { Account, PricePlan } from "@hotspot-iac/core";
import { HotspotIacError } from "@hotspot-iac/core";

export interface LiveState {
  /** Server URL without credentials. */
  server: string;
  pricePlans: PricePlan[];
  /** Accounts getaccountlist returned (owned or not). */
  listed: number;
  /** Owned accounts by username: the list entry, or the viewaccount record when the entry lacked fields. */
  owned: Map<string, Account>;
  /** How many viewaccount requests the read sent. */
  viewed: number;
  /**
   * Names the state file knows (created, adopted, imported) that the list left out and viewaccount
   * says do not exist: deleted outside this tool. Planned again like any missing account, with a warning.
   */
  vanished?: string[];
  /** Server wall-clock time when the read finished. */
  readAt: Date;
}

/** The read was unusable: planning stops here rather than turn a bad read into deletes. */
export class PlanAbortedError extends HotspotIacError {
  override readonly name = "PlanAbortedError";
  constructor(
    /** Which of the read's failures (ERROR_CODES in core has all codes). */
    override readonly code: "read-failed" | "empty-read" | "changed-during-read" | "incomplete-read",
    message: string,
    /** `--force` plans anyway (only for empty-read). */
    readonly forceable = false,
    /** The failure behind a read-failed (the wire error), for callers that explain it further. */
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** An account has been used: logged in now, time consumed, or a first login recorded. */
export function inUse(a: Account): boolean {
  return a.loggedIn === true || (a.timeUsed ?? 0) > 0 || a.firstUsed !== undefined;
}
