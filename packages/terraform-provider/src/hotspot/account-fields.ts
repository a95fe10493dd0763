// hotspot_account's attributes, derived from core's field catalogue: one
// attribute per model field, named in snake_case (`plan` is `plan_id`, the
// numeric price-plan id), with the model's classification and sensitivity.
import {
  ACCOUNT_FIELDS,
  attributeName,
  formatValue,
  parseValue,
  setFieldValue,
  snakeName,
  type Comparable,
  type DesiredAccount,
  ENFORCEABLE_INITIAL,
  type FieldClass,
  fieldLimit,
  type FieldSpec,
  Secret,
} from "@hotspot-iac/core";
import type { Attribute } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, type Value } from "../values/value.js";
import { limitValidators, moneyValidator, oneOf, toNumber, unitValidator, wholeNumber } from "./units.js";

/** snake_case attribute name of an initial field that `enforce` may list. */
export const ENFORCEABLE = ENFORCEABLE_INITIAL.map(snakeName);
const enforceModelName = (snake: string) => ENFORCEABLE_INITIAL[ENFORCEABLE.indexOf(snake)];

const CLASS_NOTE: Record<FieldClass, string> = {
  identity: "Changing it replaces the account.",
  enforced: "Enforced: refreshed from the server; drift is corrected.",
  initial: "Initial-only: set when the account is created, then consumed by use and never reported as drift (list it in `enforce` to reset it).",
  writeOnly: "Write-only: the server never returns it; the value last applied is kept in state.",
};

function typeOf(f: FieldSpec) {
  switch (f.kind) {
    case "boolean":
      return types.bool;
    case "integer":
    case "money":
    case "planRef":
      return types.number;
    default:
      return types.string;
  }
}

/** The attribute of one model field (type, validators, class behaviour). */
export function fieldAttribute(f: FieldSpec): Attribute {
  const validators = [];
  const unit = unitValidator(f.kind);
  if (unit) validators.push(unit);
  if (f.kind === "money") validators.push(moneyValidator);
  validators.push(...limitValidators(f.kind, fieldLimit("account", f.name)));
  if (f.kind === "planRef") validators.push(wholeNumber(0));
  if (f.kind === "enum" && f.enumValues) validators.push(oneOf(f.enumValues));
  const description = `${f.name === "plan" ? "Numeric id of the price plan (see data source `hotspot_price_plan`)." : f.description} ${CLASS_NOTE[f.class]}`;
  const base: Attribute = { type: typeOf(f), description, sensitive: f.sensitive, validators };
  if (f.class === "identity") return { ...base, required: true, planModifiers: ["requiresReplace"] };
  // Enforced values (and the password, which the server may generate) are
  // computed when not configured: the refreshed server value shows in state.
  if (f.class === "enforced") return { ...base, optional: true, computed: true, planModifiers: ["useStateForUnknown"] };
  return { ...base, optional: true };
}

export const ACCOUNT_ATTRIBUTES: { [name: string]: Attribute } = {
  id: {
    type: types.string,
    computed: true,
    description: "The username (the import id).",
    planModifiers: ["useStateForUnknown"],
  },
  ...Object.fromEntries(ACCOUNT_FIELDS.map((f) => [attributeName(f), fieldAttribute(f)])),
  enforce: {
    type: types.set(types.string),
    optional: true,
    description: `Initial-only attributes to enforce like any other (reset when they drift): any of ${ENFORCEABLE.map((n) => `\`${n}\``).join(", ")}.`,
    validators: [
      (v, path, diags) => {
        if (!Array.isArray(v)) return;
        v.forEach((x, i) => {
          if (typeof x === "string" && !ENFORCEABLE.includes(x)) {
            diags.error("Invalid enforce", `"${x}" cannot be enforced; expected any of ${ENFORCEABLE.join(", ")}.`, [...path, i]);
          }
        });
      },
    ],
  },
};

/** Model value of one attribute value (null, unknown or invalid: undefined). */
export function modelValue(f: FieldSpec, v: Value): unknown {
  if (v === null || v === undefined || isUnknown(v)) return undefined;
  if (f.name === "password") return typeof v === "string" ? Secret.of(v) : undefined;
  switch (f.kind) {
    case "boolean":
      return typeof v === "boolean" ? v : undefined;
    case "integer":
    case "money":
      return toNumber(v);
    case "planRef":
      return "terraform"; // the id travels as WireContext.planId
    default:
      return typeof v === "string" ? parseValue(f.kind, v) : undefined;
  }
}

/** The model account an attribute object declares, and its plan id. */
export function desiredAccount(attrs: ObjectValue): { account: DesiredAccount; planId: number | undefined } {
  const account: Record<string, unknown> = { username: attrs.username };
  for (const f of ACCOUNT_FIELDS) {
    if (f.class === "identity") continue;
    const v = modelValue(f, attrs[attributeName(f)] ?? null);
    if (v !== undefined) setFieldValue(account, f.name, v);
  }
  const enforce = attrs.enforce;
  if (Array.isArray(enforce)) account.enforce = enforce.filter((x) => typeof x === "string").map((x) => enforceModelName(x as string));
  return { account: account as unknown as DesiredAccount, planId: toNumber(attrs.plan_id ?? null) };
}

/** Attribute value of a live comparable value. */
export function attributeValue(f: FieldSpec, v: Comparable): Value {
  return formatValue(f.kind, v, "attribute");
}
