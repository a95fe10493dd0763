// Read-only views of the server: price plans (by description or id) and
// one account's live values.
import { ACCOUNT_FIELDS, attributeName, type FieldSpec, isNotFound, liveView } from "@hotspot-iac/core";
import { DiagnosticError } from "../framework/diagnostics.js";
import type { DataSourceType } from "../framework/types.js";
import type { Attribute } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue } from "../values/value.js";
import { attributeValue } from "./account-fields.js";
import type { HotspotContext } from "./client.js";
import { describePlan, fillPlanRef, PLAN, PLAN_ID } from "./price-plans.js";
import { toNumber } from "./units.js";

const PLAN_ATTRIBUTES = {
  id: { type: types.number, description: "The plan's numeric id (what `plan_id` takes)." },
  description: { type: types.string, description: "The plan's name as shown in the server's UI." },
  price: { type: types.number, description: "Price." },
  time: { type: types.string, description: "Connection time in seconds, or `unlimited`." },
  enabled: { type: types.bool, description: "Whether the plan can be sold." },
} satisfies Record<string, Attribute>;

const planObject = types.object(Object.fromEntries(Object.entries(PLAN_ATTRIBUTES).map(([k, a]) => [k, a.type])));

export const pricePlanDataSource: DataSourceType<HotspotContext> = {
  name: "hotspot_price_plan",
  schema: {
    version: 0,
    description: "One price plan, found by `description` (exact, then case-insensitive) or by `id`.",
    attributes: {
      id: { ...PLAN_ATTRIBUTES.id, optional: true, computed: true },
      description: { ...PLAN_ATTRIBUTES.description, optional: true, computed: true },
      price: { ...PLAN_ATTRIBUTES.price, computed: true },
      time: { ...PLAN_ATTRIBUTES.time, computed: true },
      enabled: { ...PLAN_ATTRIBUTES.enabled, computed: true },
    },
  },
  validate(config, diags) {
    const byId = config.id !== null && config.id !== undefined;
    const byDescription = config.description !== null && config.description !== undefined;
    if (byId === byDescription) diags.error("Give exactly one of id or description", "hotspot_price_plan finds one plan by its id or by its description.", [byId ? "id" : "description"]);
  },
  async read(config, ctx) {
    const plans = await ctx.client.pricePlans();
    const id = toNumber(config.id ?? null);
    const description = typeof config.description === "string" ? config.description : undefined;
    const found =
      id !== undefined
        ? plans.find((p) => p.id === id)
        : (plans.find((p) => p.description === description) ?? plans.find((p) => p.description.toLowerCase() === description?.toLowerCase()));
    if (!found) {
      const known = plans.map((p) => `${p.id} "${p.description}"`).join(", ") || "none";
      throw new DiagnosticError(
        "Unknown price plan",
        `The server has no price plan ${id !== undefined ? `with id ${id}` : `described "${description}"`}. Known plans: ${known}.`,
        [id !== undefined ? "id" : "description"],
      );
    }
    return describePlan(found);
  },
};

export const pricePlansDataSource: DataSourceType<HotspotContext> = {
  name: "hotspot_price_plans",
  schema: {
    version: 0,
    description: "Every price plan on the server (price plans are created in the server's UI only).",
    attributes: {
      plans: { type: types.list(planObject), computed: true, description: "The plans, in the server's order." },
    },
  },
  async read(_config, ctx) {
    return { plans: (await ctx.client.pricePlans()).map(describePlan) };
  },
};

const READABLE = ACCOUNT_FIELDS.filter((f) => f.view.length > 0 && f.class !== "identity");
/** The plan reads as its id (`plan_id`) and its description (`plan`); the rest as on hotspot_account. */
const readableName = (f: FieldSpec) => (f.kind === "planRef" ? PLAN_ID : attributeName(f));

export const accountDataSource: DataSourceType<HotspotContext> = {
  name: "hotspot_account",
  schema: {
    version: 0,
    description: "An existing account's live values (what viewaccount returns; write-only fields are not readable).",
    attributes: {
      username: { type: types.string, required: true, description: "The account to read." },
      ...Object.fromEntries(
        READABLE.map((f) => [
          readableName(f),
          { type: f.kind === "planRef" ? types.number : types.string, computed: true, sensitive: f.sensitive, description: f.kind === "planRef" ? "The price plan's numeric id." : f.description } satisfies Attribute,
        ]),
      ),
      [PLAN]: { type: types.string, computed: true, description: "The price plan's description (what `plan` names on hotspot_account)." },
      logged_in: { type: types.bool, computed: true, description: "Whether the account has a session open now." },
    },
  },
  async read(config, ctx) {
    const username = config.username as string;
    try {
      const live = await ctx.client.api.viewAccount(username);
      const values = liveView(live);
      const out: ObjectValue = { username, logged_in: live.loggedIn ?? null };
      for (const f of READABLE) {
        const v = values[f.name];
        const attr = v === undefined ? null : attributeValue(f, v);
        out[readableName(f)] = f.kind === "planRef" || attr === null || isUnknown(attr) ? attr : String(attr);
      }
      return await fillPlanRef({ ...out, [PLAN]: null }, live.pricePlanId, ctx.client);
    } catch (err) {
      if (isNotFound(err)) throw new DiagnosticError("Account not found", `The server has no account "${username}".`, ["username"]);
      throw err;
    }
  },
};
