// The write-only decision, one rule for an account and a batch: the server never reports these
// fields, so the keyed hash of the declared value is compared with the hash the state file
// recorded when this tool last sent it. Unknown (no state file, another key, never written by
// this tool): assumed in sync with a warning, or re-sent with `writeOnly: "resend"`.
import { Impact } from "../plan/model.js";

export type WriteOnlyDecision =
  /** The recorded hash matches: nothing to send. */
  | { kind: "in-sync" }
  /** Unknown and assumed to match: the plan warns, the next apply records it. */
  | { kind: "assumed" }
  /** Sent, with the plan note saying why. */
  | { kind: "send"; note: string };

export interface WriteOnlyInput {
  /** The state file can be trusted for this resource (it exists, its key matches, it has an entry). */
  known: boolean;
  /** The hash recorded at the last apply, if any. */
  recorded: string | undefined;
  /** The keyed hash of the declared value. */
  declared: string | undefined;
  mode: "assume" | "resend";
  /** Who an unknown value is re-sent to, for the note (a batch: " to every member"). */
  resentTo?: string;
}

export function decideWriteOnly(i: WriteOnlyInput): WriteOnlyDecision {
  if (!i.known) {
    if (i.mode === "assume") return { kind: "assumed" };
    return { kind: "send", note: `the server does not report it and its last applied value is unknown: re-sent${i.resentTo ?? ""}` };
  }
  if (i.recorded === undefined) return { kind: "send", note: "the server does not report it; not applied by this tool yet" };
  if (i.recorded !== i.declared) return { kind: "send", note: "the server does not report it; changed since the last apply" };
  return { kind: "in-sync" };
}

/** Sending a write-only value the state file knows is safe; one it does not know may undo a change made elsewhere. */
export const writeOnlyImpact = (known: boolean): Impact => (known ? Impact.Safe : Impact.MayDisrupt);
