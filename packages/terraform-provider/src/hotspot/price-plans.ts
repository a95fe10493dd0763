// Price plans: the data sources' form, and the `plan` / `plan_id` pair of the account and batch
// resources. `plan` names a plan by its description as the YAML's `plan:` does (through
// `pricePlans`); sync's findPricePlan is the one matcher (exact, else ignoring case; ambiguity
// is an error). Whichever of the two is configured decides; the other follows from the server's
// plans, so state shows both and neither form has a perpetual diff.
import { accountField, attributeName, PLAN_ID_ATTRIBUTE, type PricePlan } from "@hotspot-iac/core";
import { findPricePlan } from "@hotspot-iac/sync";
import { type AttributePath, DiagnosticError, type Diagnostics } from "../framework/diagnostics.js";
import { isUnknown, type ObjectValue, unknown, valuesEqual } from "../values/value.js";
import type { HotspotContext } from "./client.js";
import { toNumber } from "./units.js";

export const PLAN = attributeName(accountField("plan"));
export const PLAN_ID = PLAN_ID_ATTRIBUTE;

/** sync's findPricePlan on the server's plans; a refusal as the diagnostic it becomes. */
async function lookup(client: HotspotContext, ref: { id?: number; description?: string }): Promise<PricePlan | { summary: string; detail: string }> {
  const found = findPricePlan(ref, await client.pricePlans());
  if ("plan" in found) return found.plan;
  return { summary: found.code === "price-plan-ambiguous" ? "Ambiguous price plan" : "Unknown price plan", detail: `${found.message}.` };
}

async function find(client: HotspotContext, ref: { id?: number; description?: string }, path: AttributePath, diags: Diagnostics): Promise<PricePlan | undefined> {
  const found = await lookup(client, ref);
  if (!("summary" in found)) return found;
  diags.error(found.summary, found.detail, path);
  return undefined;
}

/** `plan` and `plan_id` both configured: one names the plan. */
export function validatePlanRef(config: ObjectValue, diags: Diagnostics): void {
  if ((config[PLAN] ?? null) !== null && (config[PLAN_ID] ?? null) !== null) {
    diags.error("Conflicting attributes", "plan and plan_id cannot both be set: name the price plan by description (plan, as in the YAML) or by id (plan_id).", [PLAN_ID]);
  }
}

/**
 * Plans the pair: the configured attribute is checked against the server's plans (an unknown plan
 * is an error before any change) and the other attribute planned from it; unchanged, the prior
 * values stay (no request). Neither configured: the framework keeps both computed values.
 */
export async function planPlanRef(prior: ObjectValue | null, config: ObjectValue, planned: ObjectValue, client: HotspotContext | undefined, diags: Diagnostics): Promise<void> {
  const name = config[PLAN] ?? null;
  const id = config[PLAN_ID] ?? null;
  if (name !== null) {
    if (prior !== null && valuesEqual(prior[PLAN] ?? null, name) && (prior[PLAN_ID] ?? null) !== null) planned[PLAN_ID] = prior[PLAN_ID] ?? null;
    else if (isUnknown(name) || client === undefined) planned[PLAN_ID] = unknown;
    else planned[PLAN_ID] = (await find(client, { description: String(name) }, [PLAN], diags))?.id ?? unknown;
  } else if (id !== null) {
    if (prior !== null && valuesEqual(prior[PLAN_ID] ?? null, id) && (prior[PLAN] ?? null) !== null) planned[PLAN] = prior[PLAN] ?? null;
    else if (isUnknown(id) || client === undefined) planned[PLAN] = unknown;
    else planned[PLAN] = (await find(client, { id: toNumber(id) as number }, [PLAN_ID], diags))?.description ?? unknown;
  }
}

/** The plan id to send: planned, else the configured name resolved now (its value was unknown at plan time). */
export async function planIdToSend(attrs: ObjectValue, client: HotspotContext): Promise<number | undefined> {
  const id = toNumber(attrs[PLAN_ID] ?? null);
  if (id !== undefined) return id;
  const name = attrs[PLAN] ?? null;
  if (typeof name !== "string") return undefined;
  const found = await lookup(client, { description: name });
  if ("summary" in found) throw new DiagnosticError(found.summary, found.detail, [PLAN]);
  return found.id;
}

/** Fills whichever of the pair is still open (null or unknown) from the plan `id`; known values stay as planned. */
export async function fillPlanRef(state: ObjectValue, id: number | undefined, client: HotspotContext): Promise<ObjectValue> {
  const out: ObjectValue = { ...state };
  const open = (k: string) => (out[k] ?? null) === null || isUnknown(out[k]);
  if (id !== undefined && open(PLAN_ID)) out[PLAN_ID] = id;
  if (id !== undefined && open(PLAN)) out[PLAN] = (await client.pricePlans()).find((p) => p.id === id)?.description ?? null;
  for (const k of [PLAN, PLAN_ID]) if (open(k)) out[k] = null;
  return out;
}

/**
 * The pair as the server now has it: the live id, and the description of that plan. A name the
 * state already holds for that same id stays (it may differ in case from the description).
 */
export async function refreshPlanRef(state: ObjectValue, liveId: number | undefined, client: HotspotContext): Promise<ObjectValue> {
  if (liveId === undefined) return state;
  const sameId = toNumber(state[PLAN_ID] ?? null) === liveId;
  if (sameId && typeof state[PLAN] === "string") return state;
  const plan = (await client.pricePlans()).find((p) => p.id === liveId);
  return { ...state, [PLAN_ID]: liveId, [PLAN]: plan?.description ?? null };
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
