// hotspot_account's attributes, derived from core's field catalogue: one
// attribute per model field, named in snake_case, where core's attribute
// names put it (customer.* in `customer`, card.* in the write-only `card_wo`;
// see write-only.ts), with the model's classification. `plan` names the price
// plan by description as the YAML's `plan:` does; `plan_id` is its number.
import {
  ACCOUNT_FIELDS,
  attributeLocation,
  CUSTOMER_ATTRIBUTE,
  PLAN_ID_ATTRIBUTE,
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
import { type Attribute, nestedAttribute } from "../schema/schema.js";
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
      return types.number;
    default:
      return types.string;
  }
}

export const PLAN_DESCRIPTION =
  "The price plan by its description on the server (what the YAML's `plan:` names through `pricePlans`; exact, else ignoring case). Conflicts with `plan_id`.";
export const PLAN_ID_DESCRIPTION = "The price plan by its numeric id (see data source `hotspot_price_plans`). Conflicts with `plan`; both show in state.";

/** The attribute of one model field (type, validators, class behaviour). */
export function fieldAttribute(f: FieldSpec): Attribute {
  const validators = [];
  const unit = unitValidator(f.kind);
  if (unit) validators.push(unit);
  if (f.kind === "money") validators.push(moneyValidator);
  validators.push(...limitValidators(f.kind, fieldLimit("account", f.name)));
  if (f.kind === "enum" && f.enumValues) validators.push(oneOf(f.enumValues));
  const description = `${f.name === "plan" ? PLAN_DESCRIPTION : f.description} ${CLASS_NOTE[f.class]}`;
  const base: Attribute = { type: typeOf(f), description, sensitive: f.sensitive, validators };
  if (f.class === "identity") return { ...base, required: true, planModifiers: ["requiresReplace"] };
  // Enforced values (and the password, which the server may generate) are
  // computed when not configured: the refreshed server value shows in state.
  if (f.class === "enforced") return { ...base, optional: true, computed: true, planModifiers: ["useStateForUnknown"] };
  return { ...base, optional: true };
}

/** The plan by number: optional and computed like `plan`, so either form shows no perpetual diff. */
export const PLAN_ID_ATTRIBUTE_SPEC = (description: string): Attribute => ({
  type: types.number,
  optional: true,
  computed: true,
  description,
  validators: [wholeNumber(0)],
  planModifiers: ["useStateForUnknown"],
});

const CUSTOMER_FIELDS = ACCOUNT_FIELDS.filter((f) => attributeLocation(f).attribute === CUSTOMER_ATTRIBUTE);
const TOP_LEVEL_FIELDS = ACCOUNT_FIELDS.filter((f) => attributeLocation(f).child === undefined);

export const ACCOUNT_ATTRIBUTES: { [name: string]: Attribute } = {
  id: {
    type: types.string,
    computed: true,
    description: "The username (the import id).",
    planModifiers: ["useStateForUnknown"],
  },
  ...Object.fromEntries(TOP_LEVEL_FIELDS.map((f) => [attributeLocation(f).attribute, fieldAttribute(f)])),
  [PLAN_ID_ATTRIBUTE]: PLAN_ID_ATTRIBUTE_SPEC(`${PLAN_ID_DESCRIPTION} ${CLASS_NOTE.enforced}`),
  [CUSTOMER_ATTRIBUTE]: nestedAttribute(Object.fromEntries(CUSTOMER_FIELDS.map((f) => [attributeLocation(f).child!, { ...fieldAttribute(f), description: f.description }])), {
    optional: true,
    description: `The customer's details (\`email\`, \`first_name\`, …; each optional). ${CLASS_NOTE.writeOnly}`,
  }),
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

/** The value of a field's attribute (a nested attribute's child included); null when absent. */
export function fieldAttributeValue(attrs: ObjectValue, f: FieldSpec): Value {
  const at = attributeLocation(f);
  const v = attrs[at.attribute] ?? null;
  if (at.child === undefined) return v;
  if (v === null || isUnknown(v)) return v;
  return typeof v === "object" && !Array.isArray(v) ? ((v as ObjectValue)[at.child] ?? null) : null;
}

/** Sets a field's attribute value in place (a nested attribute's object is created when needed). */
export function setFieldAttributeValue(attrs: ObjectValue, f: FieldSpec, value: Value): void {
  const at = attributeLocation(f);
  if (at.child === undefined) {
    attrs[at.attribute] = value;
    return;
  }
  const parent = attrs[at.attribute];
  const obj = parent !== null && parent !== undefined && typeof parent === "object" && !Array.isArray(parent) && !isUnknown(parent) ? { ...(parent as ObjectValue) } : {};
  obj[at.child] = value;
  attrs[at.attribute] = obj;
}

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
      return typeof v === "string" ? v : undefined; // the id travels as WireContext.planId
    default:
      return typeof v === "string" ? parseValue(f.kind, v) : undefined;
  }
}

/** The model account an attribute object declares, and its plan id. */
export function desiredAccount(attrs: ObjectValue): { account: DesiredAccount; planId: number | undefined } {
  const account: Record<string, unknown> = { username: attrs.username };
  for (const f of ACCOUNT_FIELDS) {
    if (f.class === "identity") continue;
    const v = modelValue(f, fieldAttributeValue(attrs, f));
    if (v !== undefined) setFieldValue(account, f.name, v);
  }
  // The plan as named by either attribute: the id, when known, is what travels (WireContext.planId).
  const planId = toNumber(attrs[PLAN_ID_ATTRIBUTE] ?? null);
  if (account.plan === undefined && planId !== undefined) account.plan = String(planId);
  const enforce = attrs.enforce;
  if (Array.isArray(enforce)) account.enforce = enforce.filter((x) => typeof x === "string").map((x) => enforceModelName(x as string));
  return { account: account as unknown as DesiredAccount, planId };
}

/** Attribute value of a live comparable value. */
export function attributeValue(f: FieldSpec, v: Comparable): Value {
  return formatValue(f.kind, v, "attribute");
}
