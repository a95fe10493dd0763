// The rates a plan change implies, for an account and a batch's members alike: the server sets a
// plan's rates when it makes or refills an account, and updateaccount's plan leaves the old ones,
// so where the YAML declares no rate the new plan's rates are sent with it. Where the server does
// not report a plan's rates, the plan's line says they are left as they are.
import { accountField, type Comparable, type FieldSpec, fieldValue } from "@hotspot-iac/core";
import type { DiffContext } from "./context.js";
import type { PlanRates } from "./price-plans.js";

/** The rate fields a plan gives, and their key in PlanRates. */
export const RATE_FIELDS = [
  ["rates.download", "download"],
  ["rates.upload", "upload"],
] as const;

export interface PlanGivenRate {
  name: (typeof RATE_FIELDS)[number][0];
  key: keyof PlanRates;
  value: number;
  spec: FieldSpec;
  /** The value as the comparison sees it (undefined: it cannot be compared, so it is not sent). */
  compared: Comparable | undefined;
}

export interface ImpliedByPlan {
  /** The plan as a note names it (quoted). */
  planName: string;
  /** Rates the declaration leaves out and the plan gives (the server reports them). */
  given: PlanGivenRate[];
  /** The plan line's note when some undeclared rates are not reported by the server. */
  unknownNote?: string;
}

/** What `planId` gives of the rates `declared` (an account or a batch) leaves out; undefined when it declares both. */
export function impliedByPlan(declared: object, planId: number, ctx: DiffContext): ImpliedByPlan | undefined {
  const undeclared = RATE_FIELDS.filter(([name]) => fieldValue(declared, name) === undefined);
  if (undeclared.length === 0) return undefined;
  const planName = JSON.stringify(ctx.pricePlanNames.get(planId) ?? `plan id ${planId}`);
  const rates = ctx.pricePlanRates?.get(planId);
  const unknown = undeclared.filter(([, key]) => rates?.[key] === undefined).map(([name]) => name);
  const given: PlanGivenRate[] = [];
  for (const [name, key] of undeclared) {
    const value = rates?.[key];
    if (value === undefined) continue;
    const spec = accountField(name);
    given.push({ name, key, value, spec, compared: spec.compare?.(value as never, {}) });
  }
  return {
    planName,
    given,
    ...(unknown.length > 0 ? { unknownNote: `${unknown.join(", ")} left as they are: not declared, and the server does not report the rates of ${planName}` } : {}),
  };
}

/** The note on a rate line the plan implies. */
export const impliedNote = (planName: string): string => `implied by plan ${planName} (not declared)`;

/** A declared rate, else the rate the plan implies for it (what a batch's plan line shows). */
export function impliedValue(rates: PlanRates | undefined, name: string): number | undefined {
  const key = RATE_FIELDS.find(([n]) => n === name)?.[1];
  return key ? rates?.[key] : undefined;
}
