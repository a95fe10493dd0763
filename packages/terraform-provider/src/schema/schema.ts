// The typed description of a provider, resource or data source schema.
// One definition produces GetProviderSchema, the schema JSON and the
// plan behaviour (computed, replace, keep state) of each attribute.
import type { Diagnostics, AttributePath } from "../framework/diagnostics.js";
import { isUnknown, type Value } from "../values/value.js";
import { type TfType, types } from "./types.js";

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
  /**
   * A nested attribute (protocol 6 `nested_type`, nesting SINGLE): one object whose children are
   * attributes of their own (`customer = { email = … }`). `type` is then the object type of the
   * children (see nestedAttribute).
   */
  nested?: { [name: string]: Attribute };
}

/** A SINGLE nested attribute over `children`; its `type` is derived from theirs. */
export function nestedAttribute(children: { [name: string]: Attribute }, attr: Omit<Attribute, "type" | "nested">): Attribute {
  return { ...attr, type: types.object(Object.fromEntries(Object.entries(children).map(([n, a]) => [n, a.type]))), nested: children };
}

export interface Schema {
  version: number;
  description: string;
  attributes: { [name: string]: Attribute };
}

/** Runs the attribute validators on a configuration object, nested children included (unknown and null values are skipped). */
export function validateConfig(schema: Schema, config: { [k: string]: Value }, diags: Diagnostics): void {
  validateAttributes(schema.attributes, config, [], diags);
}

function validateAttributes(attributes: { [name: string]: Attribute }, config: { [k: string]: Value }, at: AttributePath, diags: Diagnostics): void {
  for (const [name, attr] of Object.entries(attributes)) {
    const v = config[name] ?? null;
    if (v === null || isUnknown(v)) continue;
    for (const validate of attr.validators ?? []) validate(v, [...at, name], diags);
    if (attr.nested && typeof v === "object" && !Array.isArray(v)) validateAttributes(attr.nested, v as { [k: string]: Value }, [...at, name], diags);
  }
}

/**
 * Terraform before 1.11 does not know write-only attributes and would store their values in state:
 * refuse them there (ValidateResourceConfig says whether the client allows them).
 */
export function rejectWriteOnly(schema: Schema, config: { [k: string]: Value }, diags: Diagnostics): void {
  for (const [name, attr] of Object.entries(schema.attributes)) {
    if (!attr.writeOnly || (config[name] ?? null) === null) continue;
    // Only some secrets keep a stored twin (`password`); card data has none.
    const stored = name.replace(/_wo$/, "");
    diags.error(
      "Write-only attribute not supported by this Terraform",
      `${name} is write-only: it needs Terraform 1.11 or later, which keeps its value out of plans and state. Upgrade Terraform${stored !== name && schema.attributes[stored] ? `, or use ${stored} (stored in state, marked sensitive)` : ""}.`,
      [name],
    );
  }
}
