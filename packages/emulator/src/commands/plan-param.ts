// `priceplan` and `groupplan` name the same thing (the vendor documents groupplan, every client
// sends priceplan); both are accepted, priceplan wins when both are present.
import type { PlanSpec } from "../plans.js";
import type { CommandContext } from "./context.js";
import { fail } from "./errors.js";

/** The plan id sent, if any (0 = no plan). */
export function planIdParam(ctx: CommandContext): number | undefined {
  const p = ctx.params;
  return p.has("priceplan") ? p.int("priceplan") : p.int("groupplan");
}

export function requirePlan(ctx: CommandContext, id: number): PlanSpec {
  return ctx.plans.get(id) ?? fail("price plan does not exist");
}
