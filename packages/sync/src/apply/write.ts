// One write with its ambiguity handled. A write whose answer was lost (mayHaveCommitted) is never
// simply sent again: `resolve` reads the server back first and says whether it happened. Failures
// where nothing was sent or the server refused before running are retried as they are.
import { type HotSpotError, isHotSpotError } from "@hotspot-iac/core";

export const COMMITTED = Symbol("committed");

export interface WritePolicy {
  /** Attempts in all (default 4). */
  attempts?: number;
  /** Pause before attempt n is n × this (default 25 ms). */
  retryDelayMs?: number;
  /** Told when an ambiguous outcome was resolved, for progress events. */
  onAmbiguous?: (error: HotSpotError, outcome: "committed" | "not-committed") => void;
  /** Once aborted, no attempt is sent (the apply lock was lost): the reason is the error. */
  halt?: AbortSignal;
}

const RETRYABLE = new Set(["timeout", "refused", "dropped", "http", "network", "parse"]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `op`; on an ambiguous failure ask `resolve` whether the write happened. Returns op's value,
 * or COMMITTED when a lost answer turned out to have been applied.
 */
export async function writeResolved<T>(
  op: () => Promise<T>,
  resolve: () => Promise<boolean>,
  policy: WritePolicy = {},
): Promise<T | typeof COMMITTED> {
  const attempts = policy.attempts ?? 4;
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep((attempt - 1) * (policy.retryDelayMs ?? 25));
    if (policy.halt?.aborted) throw policy.halt.reason;
    try {
      return await op();
    } catch (err) {
      last = err;
      if (!isHotSpotError(err)) throw err;
      if (err.mayHaveCommitted) {
        const happened = await resolve();
        policy.onAmbiguous?.(err, happened ? "committed" : "not-committed");
        if (happened) return COMMITTED;
        continue;
      }
      if (!RETRYABLE.has(err.kind)) throw err;
    }
  }
  throw last;
}
