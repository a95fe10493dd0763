// Write-only twins of hotspot_account's secrets (Terraform ≥ 1.11): `password_wo` and the
// `card_*_wo` attributes take their value from the configuration (ephemeral values included),
// send it to the server and are never stored: terraform keeps null in plans and state. Nothing
// stored means nothing to compare, so each group has a version attribute: a new version sends the
// current values again. While a group's version is set, the group's plain attributes stay null in
// state and the password is not read back from the server.
import { ACCOUNT_FIELDS, type FieldSpec, attributeName, hasWriteOnlyAttribute, writeOnlyAttributeName, writeOnlyVersionName } from "@hotspot-iac/core";
import type { Diagnostics } from "../framework/diagnostics.js";
import type { Attribute } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, type Value, valuesEqual } from "../values/value.js";
import { fieldAttribute } from "./account-fields.js";

interface WriteOnlyGroup {
  /** The number attribute whose change sends the group's values again. */
  version: string;
  fields: readonly FieldSpec[];
  what: string;
}

const GROUPS: readonly WriteOnlyGroup[] = [
  { fields: ACCOUNT_FIELDS.filter((f) => hasWriteOnlyAttribute(f) && f.name === "password"), what: "the password" },
  { fields: ACCOUNT_FIELDS.filter((f) => hasWriteOnlyAttribute(f) && f.name !== "password"), what: "the card fields" },
].map((g) => ({ ...g, version: writeOnlyVersionName(g.fields[0]!) }));

export const writeOnlyName = (f: FieldSpec): string => writeOnlyAttributeName(f);

const isSet = (v: Value | undefined): boolean => v !== null && v !== undefined;

export const WRITE_ONLY_ATTRIBUTES: { [name: string]: Attribute } = Object.fromEntries(
  GROUPS.flatMap((g) => [
    ...g.fields.map((f): [string, Attribute] => [
      writeOnlyName(f),
      {
        type: types.string,
        optional: true,
        sensitive: true,
        writeOnly: true,
        validators: fieldAttribute(f).validators ?? [],
        description:
          `${f.description} Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. ` +
          `Needs \`${g.version}\`; conflicts with \`${attributeName(f)}\`.`,
      },
    ]),
    [
      g.version,
      {
        type: types.number,
        optional: true,
        description: `Version of the write-only values of ${g.what} (${g.fields.map((f) => `\`${writeOnlyName(f)}\``).join(", ")}): change it to send them again.`,
      },
    ],
  ]),
);

/** Configuration errors: a secret set both ways, or write-only values without their version. */
export function validateWriteOnly(config: ObjectValue, diags: Diagnostics): void {
  for (const g of GROUPS) {
    let anySet = false;
    for (const f of g.fields) {
      const wo = writeOnlyName(f);
      if (!isSet(config[wo])) continue;
      anySet = true;
      if (isSet(config[attributeName(f)])) {
        diags.error(
          "Conflicting attributes",
          `${attributeName(f)} and ${wo} cannot both be set: use ${wo} (Terraform ≥ 1.11, kept out of state) or ${attributeName(f)}.`,
          [wo],
        );
      }
    }
    if (anySet && !isSet(config[g.version])) {
      diags.error(
        `Missing ${g.version}`,
        `${g.version} is required with ${g.fields.map(writeOnlyName).filter((n) => isSet(config[n])).join(", ")}: terraform stores neither the value nor a trace of it, so changing the version is what sends a new value.`,
        [g.version],
      );
    }
    if (!anySet && isSet(config[g.version]) && !isUnknown(config[g.version])) {
      diags.error(`${g.version} without a write-only value`, `${g.version} versions the values of ${g.fields.map(writeOnlyName).join(", ")}; none of them is set.`, [g.version]);
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
  for (const g of GROUPS) if (isSet(planned[g.version])) for (const f of g.fields) planned[attributeName(f)] = null;
}

/** The attributes with each configured write-only value in its plain attribute's place (what is sent). */
export function withWriteOnlyValues(attrs: ObjectValue, config: ObjectValue): ObjectValue {
  const out: ObjectValue = { ...attrs };
  for (const g of GROUPS) {
    for (const f of g.fields) {
      const v = config[writeOnlyName(f)];
      if (isSet(v) && !isUnknown(v)) out[attributeName(f)] = v as Value;
    }
  }
  return out;
}

/** Model fields whose write-only values are sent again: their group's version changed. */
export function rotatedFields(prior: ObjectValue, planned: ObjectValue, config: ObjectValue): string[] {
  const out: string[] = [];
  for (const g of GROUPS) {
    if (!isSet(planned[g.version]) || valuesEqual(planned[g.version] ?? null, prior[g.version] ?? null)) continue;
    for (const f of g.fields) if (isSet(config[writeOnlyName(f)])) out.push(f.name);
  }
  return out;
}
