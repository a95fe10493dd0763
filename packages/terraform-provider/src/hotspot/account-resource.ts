// hotspot_account: one account, converged by the sync engine's per-account
// building blocks (createAccount / updateAccount / deleteAccount, which
// resolve lost answers before any retry) and the field catalogue's classes.
import { ACCOUNT_FIELDS, type Account, accountField, attributeName, type DesiredAccount, effectiveClass, type FieldClass, fieldValue, liveView } from "@hotspot-iac/core";
import { createAccount, declaredChanges, deleteAccount, enforcedDrift, followUpFields, PartialCreateError, readAccount, updateAccount } from "@hotspot-iac/sync";
import { DiagnosticError, type Diagnostics } from "../framework/diagnostics.js";
import { type OperationContext, PartialStateError, type ResourceType } from "../framework/types.js";
import type { Schema } from "../schema/schema.js";
import { isUnknown, type ObjectValue } from "../values/value.js";
import { ACCOUNT_ATTRIBUTES, attributeValue, desiredAccount, fieldAttributeValue, setFieldAttributeValue } from "./account-fields.js";
import { upgradeAccountState } from "./account-upgrade.js";
import type { HotspotContext } from "./client.js";
import { fillPlanRef, planIdToSend, planPlanRef, refreshPlanRef, validatePlanRef } from "./price-plans.js";
import { toNumber } from "./units.js";
import { managedWriteOnly, planWriteOnly, rotatedFields, validateWriteOnly, WRITE_ONLY_ATTRIBUTES, withWriteOnlyValues } from "./write-only.js";

type Ctx = OperationContext<HotspotContext>;

export const accountSchema: Schema = {
  // 1: customer nested, card data write-only only (card_wo), plan by name beside plan_id.
  version: 1,
  description:
    "A HotSpot account. Attribute names are the YAML model's fields in snake_case; each keeps the model's class " +
    "(enforced, initial-only, write-only). Import with the username: `terraform import hotspot_account.x USERNAME`.",
  attributes: { ...ACCOUNT_ATTRIBUTES, ...WRITE_ONLY_ATTRIBUTES },
};

const FIELDS = ACCOUNT_FIELDS.filter((f) => f.class !== "identity");
/** Fields refreshed one by one; the plan is refreshed as its pair of attributes (price-plans.ts). */
const VALUE_FIELDS = FIELDS.filter((f) => f.kind !== "planRef");

function stopIfAborted(ctx: Ctx): void {
  if (ctx.signal.aborted) throw new DiagnosticError("Interrupted", "terraform asked the provider to stop; the account was left as the state now records it.");
}

/** Fields among `names` whose planned value differs from the prior one, compared as the engine compares declarations. */
function changedFields(prior: ObjectValue, planned: ObjectValue, names: string[]): string[] {
  const before = desiredAccount(prior);
  const after = desiredAccount(planned);
  return declaredChanges({ value: before.account, ctx: { planId: before.planId } }, { value: after.account, ctx: { planId: after.planId } }, names);
}

/** Fields of the given classes whose planned value is set and known. */
function plannedFields(planned: ObjectValue, account: DesiredAccount, keep: (cls: FieldClass) => boolean): string[] {
  return FIELDS.filter((f) => {
    const v = f.kind === "planRef" ? (planned.plan_id ?? null) : fieldAttributeValue(planned, f);
    return v !== null && !isUnknown(v) && keep(effectiveClass(account, f.name));
  }).map((f) => f.name);
}

/** Values the server now holds for enforced attributes this state does not know yet (computed). */
async function fillFromLive(state: ObjectValue, live: Account, ctx: Ctx): Promise<ObjectValue> {
  const out: ObjectValue = { ...state, id: live.username };
  const values = liveView(live);
  for (const f of VALUE_FIELDS) {
    if (!isUnknown(fieldAttributeValue(out, f))) continue;
    const v = values[f.name];
    setFieldAttributeValue(out, f, v === undefined ? null : attributeValue(f, v));
  }
  const filled = await fillPlanRef(out, live.pricePlanId, ctx.client);
  for (const [k, v] of Object.entries(filled)) if (isUnknown(v)) filled[k] = null;
  return filled;
}

async function viewOrNull(ctx: Ctx, username: string): Promise<Account | null> {
  return (await readAccount(ctx.client.api, username)) ?? null;
}

/**
 * Refresh: enforced attributes take the live value where sync's comparison finds drift
 * (enforcedDrift, diffAccount's rule), and computed ones the configuration leaves unset take what
 * the server holds; initial and write-only ones stay.
 */
export async function refreshed(state: ObjectValue, live: Account, ctx: Ctx): Promise<ObjectValue> {
  const next: ObjectValue = { ...state, id: live.username };
  const { account, planId } = desiredAccount(state);
  const drifted = new Set(enforcedDrift(account, live, planId).map((d) => d.field.name));
  const actual = liveView(live);
  for (const f of VALUE_FIELDS) {
    if (effectiveClass(account, f.name) !== "enforced" || managedWriteOnly(state, f)) continue;
    // Only computed attributes (the catalogue's enforced ones) may gain a value the configuration did not give.
    if (fieldAttributeValue(state, f) === null && f.class !== "enforced") continue;
    const lv = actual[f.name];
    if (lv === undefined) continue;
    if (fieldValue(account, f.name) === undefined || drifted.has(f.name)) setFieldAttributeValue(next, f, attributeValue(f, lv));
  }
  return refreshPlanRef(next, live.pricePlanId, ctx.client);
}

export const accountResource: ResourceType<HotspotContext> = {
  name: "hotspot_account",
  schema: accountSchema,

  validate(config, diags) {
    validateWriteOnly(config, diags);
    validatePlanRef(config, diags);
  },

  upgradeState: upgradeAccountState,

  async plan({ prior, planned, config }, ctx, diags: Diagnostics) {
    // Only a configured plan is checked: a computed one is whatever the server holds.
    await planPlanRef(prior, config, planned, ctx?.client, diags);
    planWriteOnly(planned);
    // A ticket declared by name is created as sync's createAccount creates it for the CLI: prepaid
    // under that exact name, then made a ticket (generateaccounts would name it prefix + code).
    if (prior === null) return undefined;
    const { account } = desiredAccount(planned);
    for (const name of changedFields(prior, planned, plannedFields(planned, account, (c) => c === "initial"))) {
      const attr = attributeName(accountField(name));
      diags.warning(
        `${attr} is initial-only`,
        `${attr} was set when the account was created and is consumed by use; the new value is recorded but not sent. ` +
          `To reset the live value, add "${attr}" to enforce.`,
        [attr],
      );
    }
    return undefined;
  },

  async create(planned, config, ctx) {
    stopIfAborted(ctx);
    const username = planned.username as string;
    const { account } = desiredAccount(withWriteOnlyValues(planned, config));
    const planId = await planIdToSend(planned, ctx.client);
    const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
    let state: ObjectValue = { ...planned, id: username };
    let exists = false;
    try {
      const created = await createAccount(ctx.client.api, account, wire);
      exists = true;
      if (isUnknown(state.password) && created.account?.password) state.password = created.account.password;
      // The account exists from here on: whatever fails next, terraform must record it.
      const live = await ctx.client.api.viewAccount(username);
      return await fillFromLive(state, live, ctx);
    } catch (err) {
      if (!(err instanceof PartialCreateError) && !exists) throw err;
      // Created, but what the follow-up update sets is unknown on the server:
      // leave those attributes null so the next plan sets them again.
      for (const name of followUpFields(account, wire)) {
        const f = accountField(name);
        if (f.kind === "planRef") state = { ...state, plan: null, plan_id: null };
        else setFieldAttributeValue(state, f, null);
      }
      state = Object.fromEntries(Object.entries(state).map(([k, v]) => [k, isUnknown(v) ? null : v]));
      throw new PartialStateError(state, err instanceof PartialCreateError ? err.cause : err);
    }
  },

  async read(state, ctx) {
    const live = await viewOrNull(ctx, state.username as string);
    return live === null ? null : refreshed(state, live, ctx);
  },

  async update(prior, planned, config, ctx) {
    stopIfAborted(ctx);
    const { account } = desiredAccount(withWriteOnlyValues(planned, config));
    const planId = await planIdToSend(planned, ctx.client);
    const fields = rotatedFields(prior, planned, config);
    for (const name of changedFields(prior, planned, plannedFields(planned, account, (c) => c !== "initial"))) if (!fields.includes(name)) fields.push(name);
    await updateAccount(ctx.client.api, account, fields, { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() });
    // Computed values not planned are the prior ones: the next refresh shows any change.
    // The plan pair first: a plan named only at apply time (unknown when planning) records what was sent.
    const withPlan = await fillPlanRef(planned, planId ?? toNumber(prior.plan_id ?? null), ctx.client);
    return Object.fromEntries(Object.entries(withPlan).map(([k, v]) => [k, isUnknown(v) ? (prior[k] ?? null) : v]));
  },

  async delete(prior, ctx) {
    await deleteAccount(ctx.client.api, prior.username as string);
  },

  async importState(id, ctx) {
    const live = await viewOrNull(ctx, id);
    if (live === null) return null;
    const state: ObjectValue = { username: live.username };
    return refreshed(state, live, ctx);
  },
};
