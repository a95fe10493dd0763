// The generic part of PlanResourceChange, as terraform-plugin-framework does
// it: unknown for computed values the configuration leaves open, prior
// values where an attribute says so, and requires-replace paths.
import type { Schema } from "../schema/schema.js";
import { type ObjectValue, unknown, valuesEqual } from "../values/value.js";

export interface GenericPlan {
  planned: ObjectValue;
  replace: string[];
}

export function planGeneric(schema: Schema, prior: ObjectValue | null, proposed: ObjectValue, config: ObjectValue): GenericPlan {
  const planned: ObjectValue = { ...proposed };
  const attrs = Object.entries(schema.attributes);
  const configChanges =
    prior === null ||
    // Write-only values are never in the prior state: only their version attributes say they changed.
    attrs.some(([name, a]) => (a.required || a.optional) && !a.writeOnly && !valuesEqual(proposed[name] ?? null, prior[name] ?? null));
  for (const [name, a] of attrs) {
    if (!a.computed || (config[name] ?? null) !== null) continue;
    const keep = a.planModifiers?.includes("useStateForUnknown") && prior !== null && (prior[name] ?? null) !== null;
    if (keep) planned[name] = prior[name] ?? null;
    else if (configChanges) planned[name] = unknown;
  }
  const replace =
    prior === null
      ? []
      : attrs
          .filter(([name, a]) => a.planModifiers?.includes("requiresReplace") && !valuesEqual(planned[name] ?? null, prior[name] ?? null))
          .map(([name]) => name);
  return { planned, replace };
}
