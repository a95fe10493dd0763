// A plan's counts, decided here only: a site's summary counts its changes; several sites' plans
// (a fleet, `--site a --site b`) merge into one whose counts are their sums. The CLI renders it.
import type { Change, Impact, Plan, PlanSummary } from "./model.js";

/** Changes by action: what the JSON's `summary` holds. */
export function summarize(changes: readonly Change[]): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const c of changes) {
    if (c.action === "no-op") s.noop++;
    else s[c.action]++;
  }
  return s;
}

/** One plan of several sites, for rendering together (each change keeps its site). */
export function mergePlans(plans: readonly Plan[]): Plan {
  if (plans.length === 1) return plans[0]!;
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, noop: 0 };
  const changes: Change[] = [];
  const accounts = { create: 0, update: 0, delete: 0 };
  let severity = 0 as Impact;
  for (const p of plans) {
    changes.push(...p.changes);
    for (const k of ["create", "update", "delete", "noop"] as const) summary[k] += p.summary[k];
    // The summary line counts accounts; a site's plan without the count contributes its changes.
    for (const k of ["create", "update", "delete"] as const) accounts[k] += (p.accounts ?? p.summary)[k];
    if (p.severity > severity) severity = p.severity;
  }
  return {
    formatVersion: 1,
    createdAt: plans[0]?.createdAt ?? new Date().toISOString(),
    changes,
    diagnostics: plans.flatMap((p) => p.diagnostics),
    summary,
    accounts,
    severity,
    servers: plans.flatMap((p) => p.servers ?? []),
    ...(plans[0]?.configuration ? { configuration: plans[0].configuration } : {}),
  };
}
