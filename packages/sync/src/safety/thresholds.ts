// octoDNS-style safety: a plan that would update or delete too large a share of what we own is
// refused unless forced, and so is one that deletes everything because the desired state is empty
// (a wrong -f path, an empty directory). Percentages only apply from `minExisting` owned accounts
// on (octoDNS: 10), below that a single change would already be "30%".
import type { Site } from "@hotspot-iac/core";
import type { PlanDiagnostic } from "../plan/model.js";

export interface SafetyThresholds {
  /** Most updated accounts, as a percentage of owned accounts (default 30). */
  updatePercent: number;
  /** Most deleted accounts, as a percentage of owned accounts (default 30). */
  deletePercent: number;
  /** Absolute caps, whatever the percentage (defaults: core's SAFETY_DEFAULTS). */
  maxDeletes: number;
  maxUpdates: number;
  /** Percent checks apply only when at least this many accounts are owned (default 10). */
  minExisting: number;
}

/** A site's `server.safety` under the engine's names (the site is chosen once, by the caller). */
export function thresholdsOf(site: Site): SafetyThresholds {
  const s = site.server.safety;
  return {
    deletePercent: s.maxDeletePercent,
    updatePercent: s.maxUpdatePercent,
    maxDeletes: s.maxDeletes,
    maxUpdates: s.maxUpdates,
    minExisting: s.minOwned,
  };
}

export interface SafetyInput {
  /** Accounts owned on the server now. */
  owned: number;
  /** Accounts the plan updates / deletes (batch members counted one by one). */
  updates: number;
  deletes: number;
  /** Accounts the configuration declares (accounts + batch counts). */
  desired: number;
}

/**
 * Violations as forceable diagnostics; empty when the plan is within bounds. Errors that end with
 * how to force them, or with `force` warnings that say they were forced.
 */
export function checkSafety(input: SafetyInput, t: SafetyThresholds, site?: string, force = false): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  const add = (message: string) =>
    out.push(
      force
        ? { severity: "warning", code: "safety-threshold", forceable: true, message: `${message} (--force)`, site }
        : { severity: "error", code: "safety-threshold", forceable: true, message: `${message}; use --force to apply anyway`, site },
    );
  if (input.desired === 0 && input.deletes > 0) {
    add(`the configuration declares nothing and the plan would delete all ${input.deletes} owned accounts`);
    return out;
  }
  const pct = (n: number) => (input.owned === 0 ? 0 : (100 * n) / input.owned);
  if (input.owned >= t.minExisting) {
    if (pct(input.deletes) > t.deletePercent) {
      add(`the plan deletes ${input.deletes} of ${input.owned} owned accounts (${pct(input.deletes).toFixed(1)}%), more than the ${t.deletePercent}% threshold`);
    }
    if (pct(input.updates) > t.updatePercent) {
      add(`the plan updates ${input.updates} of ${input.owned} owned accounts (${pct(input.updates).toFixed(1)}%), more than the ${t.updatePercent}% threshold`);
    }
  }
  if (input.deletes > t.maxDeletes) add(`the plan deletes ${input.deletes} accounts, more than the cap of ${t.maxDeletes}`);
  if (input.updates > t.maxUpdates) add(`the plan updates ${input.updates} accounts, more than the cap of ${t.maxUpdates}`);
  return out;
}
