// hotspot_voucher_batch's configurable attributes, derived from core's batch
// field catalogue (snake_case; `plan` by description as in the YAML, beside
// `plan_id`, as on hotspot_account), and the model Batch an attribute object
// declares.
import { ACCOUNT_FIELDS, BATCH_FIELDS, type Batch, type BatchFieldSpec, batchAttributeName, type FieldSpec, fieldLimit, PLAN_ID_ATTRIBUTE, setFieldValue } from "@hotspot-iac/core";
import type { Attribute } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, type Value } from "../values/value.js";
import { attributeValue, ENFORCEABLE, modelValue, PLAN_DESCRIPTION, PLAN_ID_ATTRIBUTE_SPEC, PLAN_ID_DESCRIPTION } from "./account-fields.js";
import { limitValidators, oneOf, toNumber, unitValidator } from "./units.js";

/** The account field a batch field sets on each member (same units and wire parameters). */
export const memberField = (f: BatchFieldSpec): FieldSpec | undefined => ACCOUNT_FIELDS.find((a) => a.name === f.name);

const NOTE: Record<string, string> = {
  enforced: "Enforced on every member: refreshed and corrected.",
  initial: "Initial-only: used when members are generated; later changes apply to members generated afterwards.",
  writeOnly: "Set when members are generated (the server never returns it).",
};

function attributeOf(f: BatchFieldSpec): Attribute {
  const account = memberField(f);
  const type = f.kind === "boolean" ? types.bool : ["integer", "money"].includes(f.kind) ? types.number : types.string;
  const validators = [];
  const unit = unitValidator(f.kind);
  if (unit) validators.push(unit);
  // The batch's own limits (count, numbering, lengths), else those of the member setting.
  validators.push(...limitValidators(f.kind, fieldLimit("batch", f.name) ?? (account ? fieldLimit("account", account.name) : undefined)));
  if (f.kind === "enum" && account?.enumValues) validators.push(oneOf(account.enumValues));
  const description = `${f.name === "plan" ? `Every member's price plan. ${PLAN_DESCRIPTION}` : f.description}${f.class === "identity" || f.name === "count" ? "" : ` ${NOTE[f.class] ?? ""}`}`;
  const base: Attribute = { type, description, validators };
  if (f.class === "identity") return { ...base, required: true, planModifiers: ["requiresReplace"] };
  if (f.name === "count") return { ...base, required: true };
  if (f.class === "enforced" && f.member) return { ...base, optional: true, computed: true, planModifiers: ["useStateForUnknown"] };
  return { ...base, optional: true };
}

export const BATCH_CONFIG_ATTRIBUTES: { [name: string]: Attribute } = {
  ...Object.fromEntries(BATCH_FIELDS.map((f) => [batchAttributeName(f), attributeOf(f)])),
  [PLAN_ID_ATTRIBUTE]: PLAN_ID_ATTRIBUTE_SPEC(`Every member's price plan. ${PLAN_ID_DESCRIPTION} ${NOTE.enforced}`),
};

/**
 * Sets a member setting's attribute from a live value. The plan is the pair: its id here, its
 * name left null for price-plans.ts's fillPlanRef (the description needs the server's plans).
 */
export function setSettingAttribute(state: ObjectValue, f: BatchFieldSpec, v: Parameters<typeof attributeValue>[1]): void {
  const spec = memberField(f);
  if (!spec) return;
  if (f.kind === "planRef") {
    state[PLAN_ID_ATTRIBUTE] = typeof v === "number" ? v : null;
    state[batchAttributeName(f)] = null;
  } else state[batchAttributeName(f)] = attributeValue(spec, v);
}

export const ENFORCE_ATTRIBUTE: Attribute = {
  type: types.set(types.string),
  optional: true,
  description: `Initial-only member attributes to enforce on every member: any of ${ENFORCEABLE.filter((n) => n !== "time_used").map((n) => `\`${n}\``).join(", ")}.`,
  validators: [
    (v, path, diags) => {
      if (!Array.isArray(v)) return;
      v.forEach((x, i) => {
        if (typeof x === "string" && !["time_left", "quota"].includes(x)) diags.error("Invalid enforce", `"${x}" cannot be enforced on a batch; expected time_left or quota.`, [...path, i]);
      });
    },
  ],
};

function batchModelValue(f: BatchFieldSpec, v: Value): unknown {
  if (v === null || isUnknown(v)) return undefined;
  const account = memberField(f);
  if (account) return modelValue(account, v);
  return f.kind === "integer" ? toNumber(v) : v;
}

/** The model batch an attribute object declares, and its plan id. */
export function desiredBatch(attrs: ObjectValue): { batch: Batch; planId: number | undefined } {
  const batch: Record<string, unknown> = {};
  for (const f of BATCH_FIELDS) {
    const v = batchModelValue(f, attrs[batchAttributeName(f)] ?? null);
    if (v !== undefined) setFieldValue(batch, f.name, v);
  }
  if (Array.isArray(attrs.enforce)) batch.enforce = attrs.enforce.map((x) => (x === "time_left" ? "timeLeft" : x));
  const planId = toNumber(attrs[PLAN_ID_ATTRIBUTE] ?? null);
  if (batch.plan === undefined && planId !== undefined) batch.plan = String(planId);
  return { batch: batch as unknown as Batch, planId };
}
