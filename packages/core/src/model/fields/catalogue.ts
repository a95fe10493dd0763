// The field catalogue: every account field once, joined from what it is (definitions.ts), how it
// travels on the wire (wire-encoding.ts) and how it is compared (comparison.ts). The sync engine
// (diff, state file of write-only hashes), the Terraform provider and the constructs all read it.

import { snakeName } from "./attribute-names.js";
import { FIELD_COMPARISON, type FieldComparison } from "./comparison.js";
import { type AccountFieldName, FIELD_DEFINITIONS, type FieldDefinition } from "./definitions.js";
import { FIELD_WIRE, type FieldWire } from "./wire-encoding.js";

export interface FieldSpec extends FieldDefinition, FieldWire, FieldComparison {
  name: AccountFieldName;
  /** The path's segments in snake_case joined by `_` (`rates_download`); see attributeName. */
  snake: string;
}

export const ACCOUNT_FIELDS: readonly FieldSpec[] = FIELD_DEFINITIONS.map(
  (d): FieldSpec => ({
    sensitive: false,
    ...d,
    snake: snakeName(d.name),
    ...FIELD_WIRE[d.name],
    view: [],
    ...FIELD_COMPARISON[d.name],
  }),
);

const BY_NAME = new Map<string, FieldSpec>(ACCOUNT_FIELDS.map((f) => [f.name, f]));

export function accountField(name: string): FieldSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`no account field ${name}`);
  return spec;
}

export const SENSITIVE_FIELDS: readonly string[] = ACCOUNT_FIELDS.filter((f) => f.sensitive).map((f) => f.name);
