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
  /**
   * Terraform ≥ 1.11: the value is in the configuration only (it may come from an ephemeral
   * value); terraform stores null in plans and state, and so must every answer of ours.
   */
  writeOnly?: boolean;
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

/**
 * Terraform before 1.11 does not know write-only attributes and would store their values in state:
 * refuse them there (ValidateResourceConfig says whether the client allows them).
 */
export function rejectWriteOnly(schema: Schema, config: { [k: string]: Value }, diags: Diagnostics): void {
  for (const [name, attr] of Object.entries(schema.attributes)) {
    if (!attr.writeOnly || (config[name] ?? null) === null) continue;
    diags.error(
      "Write-only attribute not supported by this Terraform",
      `${name} is write-only: it needs Terraform 1.11 or later, which keeps its value out of plans and state. Upgrade Terraform, or use the attribute without the _wo suffix.`,
      [name],
    );
  }
}
