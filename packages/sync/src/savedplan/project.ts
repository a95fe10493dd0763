// Re-exports used by the fingerprint, kept apart so the fingerprint reads as one idea.
import type { PricePlan } from "@hotspot-iac/core";

export { type Account, liveView } from "@hotspot-iac/core";

export function canonicalPricePlan(p: PricePlan): Record<string, unknown> {
  const { extra: _extra, ...rest } = p;
  return rest;
}
