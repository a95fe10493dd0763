// Price-plan references (by id or by description) resolved against getpriceplans. A reference
// that matches nothing, matches twice, or whose asserted attributes differ is an error diagnostic:
// planning continues so every problem is reported at once, and apply refuses the plan.
import { didYouMean, type PricePlan, type PricePlanRef, type Site } from "@hotspot-iac/core";
import { type PlanDiagnostic, sourceRef } from "../plan/model.js";

export interface ResolvedPricePlans {
  /** pricePlans key → server id. */
  ids: Map<string, number>;
  /** server id → description (for display). */
  names: Map<number, string>;
  /** server id → the rates the plan gives, when the server reports them (getpriceplans may not). */
  rates: Map<number, PlanRates>;
  diagnostics: PlanDiagnostic[];
}

/** A price plan's rate limits in bytes per second (0: none), as getpriceplans reports them. */
export interface PlanRates {
  download?: number;
  upload?: number;
}

const UNLIMITED = "unlimited";

export function resolvePricePlans(site: Site, live: PricePlan[]): ResolvedPricePlans {
  const ids = new Map<string, number>();
  const names = new Map(live.map((p) => [p.id, p.description]));
  const rates = new Map(live.map((p) => [p.id, { download: p.download, upload: p.upload }]));
  const diagnostics: PlanDiagnostic[] = [];
  const error = (ref: PricePlanRef, code: string, message: string) =>
    diagnostics.push({ severity: "error", code, message: `pricePlans.${ref.key}: ${message}`, site: site.name, source: sourceRef(ref.source) });

  for (const ref of Object.values(site.pricePlans)) {
    const found = findPricePlan(ref, live);
    if ("code" in found) {
      error(ref, found.code, found.message);
      continue;
    }
    const plan = found.plan;
    const mismatches = assertedMismatches(ref, plan);
    if (mismatches.length > 0) {
      error(ref, "price-plan-mismatch", `plan ${plan.id} (${JSON.stringify(plan.description)}) differs from what the configuration asserts: ${mismatches.join("; ")}`);
      continue;
    }
    ids.set(ref.key, plan.id);
  }
  return { ids, names, rates, diagnostics };
}

/** A reference by id or description (exact, else ignoring case) matched against the server's plans, or why it matches none. */
export function findPricePlan(
  ref: { id?: number | undefined; description?: string | undefined },
  live: readonly PricePlan[],
): { plan: PricePlan } | { code: "price-plan-missing" | "price-plan-mismatch" | "price-plan-ambiguous"; message: string } {
  if (ref.id !== undefined) {
    const plan = live.find((p) => p.id === ref.id);
    if (!plan) return { code: "price-plan-missing", message: `no price plan with id ${ref.id} on the server (it has ${describeAll(live)})` };
    if (ref.description !== undefined && plan.description !== ref.description) {
      return { code: "price-plan-mismatch", message: `plan ${ref.id} is described ${JSON.stringify(plan.description)}, not ${JSON.stringify(ref.description)}` };
    }
    return { plan };
  }
  if (ref.description === undefined) return { code: "price-plan-missing", message: "neither id nor description given" };
  const description = ref.description;
  let matches = live.filter((p) => p.description === description);
  if (matches.length === 0) matches = live.filter((p) => p.description.toLowerCase() === description.toLowerCase());
  if (matches.length === 0) {
    return {
      code: "price-plan-missing",
      message: `no price plan described ${JSON.stringify(description)} on the server${didYouMean(description, live.map((p) => p.description))} (it has ${describeAll(live)})`,
    };
  }
  if (matches.length > 1) {
    return {
      code: "price-plan-ambiguous",
      message: `${matches.length} price plans are described ${JSON.stringify(description)} (ids ${matches.map((p) => p.id).join(", ")}): reference one by id`,
    };
  }
  return { plan: matches[0]! };
}

function describeAll(live: readonly PricePlan[]): string {
  if (live.length === 0) return "no plans";
  return live.map((p) => `${p.id} ${JSON.stringify(p.description)}`).join(", ");
}

function assertedMismatches(ref: PricePlanRef, plan: PricePlan): string[] {
  const e = ref.expect;
  if (!e) return [];
  const out: string[] = [];
  const check = (name: string, want: unknown, got: unknown) => {
    if (want !== undefined && want !== got) out.push(`${name} expected ${fmt(want)}, server has ${fmt(got)}`);
  };
  check("price", e.price, plan.price);
  if (e.time !== undefined) check("time", e.time, plan.unlimitedTime ? UNLIMITED : plan.time);
  if (e.quota !== undefined) check("quota", e.quota, plan.unlimitedQuota ? UNLIMITED : plan.quota);
  if (e.rates?.download !== undefined) check("rates.download", e.rates.download === UNLIMITED ? 0 : e.rates.download, plan.download);
  if (e.rates?.upload !== undefined) check("rates.upload", e.rates.upload === UNLIMITED ? 0 : e.rates.upload, plan.upload);
  check("expireDays", e.expireDays, plan.expireDays);
  check("enabled", e.enabled, plan.enabled);
  return out;
}

const fmt = (v: unknown) => (v === undefined ? "nothing" : JSON.stringify(v));
