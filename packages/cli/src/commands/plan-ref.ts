// `--plan ID|DESCRIPTION` for operator commands: a price plan named the way operators know it.
import type { PricePlan } from "@hotspot-iac/core";
import { CliError } from "../errors.js";

/** The plan whose id is `ref`, else whose description is `ref` (exact, then ignoring case). */
export function findPlan(plans: readonly PricePlan[], ref: string): PricePlan {
  const text = ref.trim();
  if (/^\d+$/.test(text)) {
    const byId = plans.find((p) => p.id === Number(text));
    if (byId) return byId;
  }
  const exact = plans.filter((p) => p.description === text);
  const matches = exact.length > 0 ? exact : plans.filter((p) => p.description.toLowerCase() === text.toLowerCase());
  if (matches.length === 1) return matches[0]!;
  const known = plans.map((p) => `${p.id} "${p.description}"`).join(", ");
  if (matches.length > 1) {
    throw new CliError(`--plan ${JSON.stringify(ref)} names ${matches.length} plans: give the id (${known})`);
  }
  throw new CliError(`--plan ${JSON.stringify(ref)}: no such price plan on the server (plans: ${known || "none"})`);
}
