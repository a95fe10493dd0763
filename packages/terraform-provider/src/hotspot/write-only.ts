// Write-only attributes of hotspot_account's secrets (Terraform ≥ 1.11): `password_wo` (twin of
// `password`) and `card_wo`, the card data's only form (a nested attribute, write-only with every
// child). Their values come from the configuration (ephemeral values included), are sent to the
// server and are never stored: terraform keeps null in plans and state. Nothing stored means
// nothing to compare, so each group has a version attribute: a new version sends the current
// values again. While `password_wo_version` is set, `password` stays null in state and is not read
// back from the server.
import { ACCOUNT_FIELDS, attributeLocation, CARD_ATTRIBUTE, type FieldSpec, hasWriteOnlyAttribute, writeOnlyAttributeName, writeOnlyVersionName } from "@hotspot-iac/core";
import type { Diagnostics } from "../framework/diagnostics.js";
import { type Attribute, nestedAttribute } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, type Value, valuesEqual } from "../values/value.js";
import { fieldAttribute } from "./account-fields.js";

interface WriteOnlyGroup {
  /** The write-only attribute: `password_wo`, `card_wo`. */
  attribute: string;
  /** The stored twin, if the secret has one (`password`); card data has none. */
  stored?: string;
  /** The number attribute whose change sends the group's values again. */
  version: string;
  fields: readonly FieldSpec[];
  what: string;
}

const PASSWORD = ACCOUNT_FIELDS.filter((f) => hasWriteOnlyAttribute(f) && f.name === "password");
const CARD = ACCOUNT_FIELDS.filter((f) => hasWriteOnlyAttribute(f) && attributeLocation(f).attribute === CARD_ATTRIBUTE);

const GROUPS: readonly WriteOnlyGroup[] = [
  { attribute: writeOnlyAttributeName(PASSWORD[0]!), stored: attributeLocation(PASSWORD[0]!).attribute, version: writeOnlyVersionName(PASSWORD[0]!), fields: PASSWORD, what: "the password" },
  { attribute: CARD_ATTRIBUTE, version: writeOnlyVersionName(CARD[0]!), fields: CARD, what: "the card" },
];

const isSet = (v: Value | undefined): boolean => v !== null && v !== undefined;

const WRITE_ONLY_NOTE = "Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state.";

export const WRITE_ONLY_ATTRIBUTES: { [name: string]: Attribute } = {
  [GROUPS[0]!.attribute]: {
    type: types.string,
    optional: true,
    sensitive: true,
    writeOnly: true,
    validators: fieldAttribute(PASSWORD[0]!).validators ?? [],
    description: `${PASSWORD[0]!.description} ${WRITE_ONLY_NOTE} Needs \`${GROUPS[0]!.version}\`; conflicts with \`${GROUPS[0]!.stored}\`.`,
  },
  // Children of a write-only nested attribute are write-only too (terraform refuses a stored child
  // under a write-only parent); only the parent is marked sensitive: nothing of it is ever shown.
  [CARD_ATTRIBUTE]: nestedAttribute(
    Object.fromEntries(CARD.map((f) => [attributeLocation(f).child!, { ...fieldAttribute(f), description: f.description, sensitive: false, writeOnly: true }])),
    {
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: `The payment card (\`number\`, \`cvv2\`, \`exp_month\`, …). ${WRITE_ONLY_NOTE} Card data has no stored form. Needs \`${GROUPS[1]!.version}\`.`,
    },
  ),
  ...Object.fromEntries(
    GROUPS.map((g): [string, Attribute] => [
      g.version,
      { type: types.number, optional: true, description: `Version of the write-only value of ${g.what} (\`${g.attribute}\`): change it to send the value again.` },
    ]),
  ),
};

/** Configuration errors: a secret set both ways, or write-only values without their version. */
export function validateWriteOnly(config: ObjectValue, diags: Diagnostics): void {
  for (const g of GROUPS) {
    const set = isSet(config[g.attribute]);
    if (set && g.stored && isSet(config[g.stored])) {
      diags.error(
        "Conflicting attributes",
        `${g.stored} and ${g.attribute} cannot both be set: use ${g.attribute} (Terraform ≥ 1.11, kept out of state) or ${g.stored}.`,
        [g.attribute],
      );
    }
    if (set && !isSet(config[g.version])) {
      diags.error(
        `Missing ${g.version}`,
        `${g.version} is required with ${g.attribute}: terraform stores neither the value nor a trace of it, so changing the version is what sends a new value.`,
        [g.version],
      );
    }
    if (!set && isSet(config[g.version]) && !isUnknown(config[g.version])) {
      diags.error(`${g.version} without a write-only value`, `${g.version} versions the value of ${g.attribute}, which is not set.`, [g.version]);
    }
  }
}

/** True when the field's value is managed write-only (its group's version is set). */
export function managedWriteOnly(attrs: ObjectValue, f: FieldSpec): boolean {
  const g = GROUPS.find((x) => x.fields.includes(f));
  return g !== undefined && isSet(attrs[g.version]);
}

/** Planned values of write-only-managed secrets: null, never the server's value. */
export function planWriteOnly(planned: ObjectValue): void {
  for (const g of GROUPS) if (g.stored && isSet(planned[g.version])) planned[g.stored] = null;
}

/** The attributes with each configured write-only value where the model reads it (what is sent). */
export function withWriteOnlyValues(attrs: ObjectValue, config: ObjectValue): ObjectValue {
  const out: ObjectValue = { ...attrs };
  for (const g of GROUPS) {
    const v = config[g.attribute];
    if (isSet(v) && !isUnknown(v)) out[g.stored ?? g.attribute] = v as Value;
  }
  return out;
}

/** Model fields whose write-only values are sent again: their group's version changed. */
export function rotatedFields(prior: ObjectValue, planned: ObjectValue, config: ObjectValue): string[] {
  const out: string[] = [];
  for (const g of GROUPS) {
    if (!isSet(planned[g.version]) || valuesEqual(planned[g.version] ?? null, prior[g.version] ?? null)) continue;
    const v = config[g.attribute];
    if (!isSet(v) || isUnknown(v)) continue;
    for (const f of g.fields) {
      const at = attributeLocation(f);
      const value = at.child === undefined ? v : (v as ObjectValue)[at.child];
      if (isSet(value)) out.push(f.name);
    }
  }
  return out;
}
