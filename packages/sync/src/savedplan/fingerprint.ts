// Fingerprint of the live state a plan was made against: a keyed hash per owned account of the
// fields the diff reads (not the counters use moves on: time left, quota, time used), whether
// a member chosen for removal is in use, and the price plans. A saved plan is applied only if the
// server still has the same fingerprint; otherwise the differences are listed.
import { type Account, canonicalPricePlan, liveView } from "./project.js";
import type { Plan } from "../plan/model.js";
import { inUse, type LiveState } from "../read/live-state.js";
import type { Hasher } from "../state/hash.js";

export interface Fingerprint {
  /** Hash over everything below. */
  digest: string;
  pricePlans: string;
  /** username → keyed hash of its relevant live fields. */
  records: Record<string, string>;
}

/** Members whose being in use decides the plan (chosen for removal): their use is fingerprinted. */
export function usageSensitive(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const c of plan.changes) if (c.resource === "batch") for (const u of [...c.removeMembers, ...c.inUseBlocked]) out.add(u);
  return out;
}

const CONSUMED = new Set(["timeLeft", "quota", "timeUsed"]);

function project(a: Account, usageMatters: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(liveView(a))) if (!CONSUMED.has(k)) view[k] = v;
  if (usageMatters) view.inUse = inUse(a);
  return view;
}

export function fingerprintOf(live: LiveState, hasher: Hasher, usageMatters: ReadonlySet<string> = new Set()): Fingerprint {
  // No prototype: usernames such as `__proto__` or `constructor` are keys like any other.
  const records: Record<string, string> = Object.create(null);
  for (const username of [...live.owned.keys()].sort()) {
    records[username] = hasher.hash("live", username, project(live.owned.get(username)!, usageMatters.has(username))).slice(0, 16);
  }
  const pricePlans = hasher.hash("live", "pricePlans", [...live.pricePlans].sort((a, b) => a.id - b.id).map(canonicalPricePlan)).slice(0, 16);
  const digest = hasher.hash("live", "digest", { pricePlans, records });
  return { digest, pricePlans, records };
}

/** What differs between two fingerprints, in words (at most `max` account names listed). */
export function describeDifferences(before: Fingerprint, after: Fingerprint, max = 10): string[] {
  const out: string[] = [];
  if (before.pricePlans !== after.pricePlans) out.push("the server's price plans changed");
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  for (const [u, h] of Object.entries(after.records)) {
    const b = Object.hasOwn(before.records, u) ? before.records[u] : undefined;
    if (b === undefined) added.push(u);
    else if (b !== h) changed.push(u);
  }
  for (const u of Object.keys(before.records)) if (!Object.hasOwn(after.records, u)) removed.push(u);
  const list = (names: string[]) => names.slice(0, max).join(", ") + (names.length > max ? `, ... (${names.length} in all)` : "");
  if (added.length > 0) out.push(`${added.length} owned account(s) appeared: ${list(added)}`);
  if (removed.length > 0) out.push(`${removed.length} owned account(s) disappeared: ${list(removed)}`);
  if (changed.length > 0) out.push(`${changed.length} owned account(s) changed: ${list(changed)}`);
  return out;
}
