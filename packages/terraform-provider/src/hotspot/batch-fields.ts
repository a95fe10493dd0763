// hotspot_voucher_batch's configurable attributes, derived from core's batch
// field catalogue (snake_case; `plan` is `plan_id`), and the model Batch an
// attribute object declares.
import { ACCOUNT_FIELDS, BATCH_FIELDS, type Batch, type BatchFieldSpec, batchAttributeName, type FieldSpec, fieldLimit, setFieldValue } from "@hotspot-iac/core";
import type { Attribute } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, type Value } from "../values/value.js";
import { ENFORCEABLE, modelValue } from "./account-fields.js";
import { limitValidators, oneOf, toNumber, unitValidator, wholeNumber } from "./units.js";

/** The account field a batch field sets on each member (same units and wire parameters). */
export const memberField = (f: BatchFieldSpec): FieldSpec | undefined => ACCOUNT_FIELDS.find((a) => a.name === f.name);

const NOTE: Record<string, string> = {
  enforced: "Enforced on every member: refreshed and corrected.",
  initial: "Initial-only: used when members are generated; later changes apply to members generated afterwards.",
  writeOnly: "Set when members are generated (the server never returns it).",
};

function attributeOf(f: BatchFieldSpec): Attribute {
  const account = memberField(f);
  const type = f.kind === "boolean" ? types.bool : ["integer", "planRef", "money"].includes(f.kind) ? types.number : types.string;
  const validators = [];
  const unit = unitValidator(f.kind);
  if (unit) validators.push(unit);
  // The batch's own limits (count, numbering, lengths), else those of the member setting.
  validators.push(...limitValidators(f.kind, fieldLimit("batch", f.name) ?? (account ? fieldLimit("account", account.name) : undefined)));
  if (f.kind === "planRef") validators.push(wholeNumber(0));
  if (f.kind === "enum" && account?.enumValues) validators.push(oneOf(account.enumValues));
  const description = `${f.name === "plan" ? "Numeric id of every member's price plan." : f.description}${f.class === "identity" || f.name === "count" ? "" : ` ${NOTE[f.class] ?? ""}`}`;
  const base: Attribute = { type, description, validators };
  if (f.class === "identity") return { ...base, required: true, planModifiers: ["requiresReplace"] };
  if (f.name === "count") return { ...base, required: true };
  if (f.class === "enforced" && f.member) return { ...base, optional: true, computed: true, planModifiers: ["useStateForUnknown"] };
  return { ...base, optional: true };
}

export const BATCH_CONFIG_ATTRIBUTES: { [name: string]: Attribute } = Object.fromEntries(
  BATCH_FIELDS.map((f) => [batchAttributeName(f), attributeOf(f)]),
);

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
  return { batch: batch as unknown as Batch, planId: toNumber(attrs.plan_id ?? null) };
}
