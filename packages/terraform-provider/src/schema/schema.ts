// The typed description of a provider, resource or data source schema.
// One definition produces GetProviderSchema, the schema JSON and the
// plan behaviour (computed, replace, keep state) of each attribute.
import type { Diagnostics, AttributePath } from "../framework/diagnostics.js";
import { isUnknown, type Value } from "../values/value.js";
import type { TfType } from "./types.js";

export type PlanModifier =
  /** Changing the value destroys and re-creates the object. */
  | "requiresReplace"
  /** A computed value that does not change once known: plan the prior value instead of "known after apply". */
  | "useStateForUnknown";

export type Validator = (value: Value, path: AttributePath, diags: Diagnostics) => void;

export interface Attribute {
  type: TfType;
  description: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  planModifiers?: PlanModifier[];
  /** Checks a known, non-null configured value. */
  validators?: Validator[];
}

export interface Schema {
  version: number;
  description: string;
  attributes: { [name: string]: Attribute };
}

/** Runs the attribute validators on a configuration object (unknown and null values are skipped). */
export function validateConfig(schema: Schema, config: { [k: string]: Value }, diags: Diagnostics): void {
  for (const [name, attr] of Object.entries(schema.attributes)) {
    const v = config[name] ?? null;
    if (v === null || isUnknown(v)) continue;
    for (const validate of attr.validators ?? []) validate(v, [name], diags);
  }
}
