// Price plans: the data sources, and the plan-time check that a plan_id
// exists (an unknown plan is an error on the attribute, before any change).
import type { PricePlan } from "@hotspot-iac/core";
import type { AttributePath, Diagnostics } from "../framework/diagnostics.js";
import { isUnknown, type Value } from "../values/value.js";
import type { HotspotContext } from "./client.js";
import { toNumber } from "./units.js";

export async function checkPlanId(client: HotspotContext, value: Value, path: AttributePath, diags: Diagnostics): Promise<void> {
  if (value === null || isUnknown(value)) return;
  const id = toNumber(value);
  const plans = await client.pricePlans();
  if (!plans.some((p) => p.id === id)) {
    diags.error(
      "Unknown price plan",
      `The server has no price plan with id ${String(value)}. Known plans: ${plans.map((p) => `${p.id} (${p.description})`).join(", ") || "none"}.`,
      path,
    );
  }
}

export function describePlan(p: PricePlan) {
  return {
    id: p.id,
    description: p.description,
    price: p.price ?? null,
    time: p.unlimitedTime ? "unlimited" : (p.time ?? null),
    enabled: p.enabled ?? null,
  };
}
