// terraform_data shaped like hotspot_account: terraform's own per-resource cost grows with the
// size of the object it carries through each plan (decoding, ProposedNew, validity checks,
// sensitive marks), so a 4-attribute terraform_data is not the floor of a 50-attribute resource.
// This yardstick carries one attribute per hotspot_account attribute, the same ones sensitive,
// read from the provider's own schema (`terraform providers schema -json`), so it follows the
// schema as it changes: nested attributes (`nested_type`) become nested objects (a list or set
// of one object for those nesting modes), and write-only attributes are null, as terraform
// stores them. Every other value is a string: terraform_data's input is one dynamic object, the
// closest it gets to a typed schema.
import { execFileSync } from "node:child_process";

/** One attribute of the shape: a leaf, or nested attributes (`nested_type`). */
export interface ShapeAttribute {
  name: string;
  sensitive: boolean;
  writeOnly: boolean;
  nested?: { mode: "single" | "list" | "set" | "map"; attributes: ShapeAttribute[] };
}

export interface ResourceShape {
  /** Attributes at every level (a nested attribute and each attribute inside it count). */
  attributes: number;
  sensitive: number;
  writeOnly: number;
  nested: number;
  /** Top-level attributes in schema order. */
  names: ShapeAttribute[];
}

/** An attribute as `terraform providers schema -json` writes it. */
interface SchemaAttribute {
  sensitive?: boolean;
  write_only?: boolean;
  nested_type?: { nesting_mode?: string; attributes?: Record<string, SchemaAttribute> };
}

function shapeOf(attributes: Record<string, SchemaAttribute>): ShapeAttribute[] {
  return Object.entries(attributes).map(([name, a]) => {
    const out: ShapeAttribute = { name, sensitive: a.sensitive === true, writeOnly: a.write_only === true };
    if (a.nested_type) {
      const mode = a.nested_type.nesting_mode;
      out.nested = { mode: mode === "list" || mode === "set" || mode === "map" ? mode : "single", attributes: shapeOf(a.nested_type.attributes ?? {}) };
    }
    return out;
  });
}

function flatten(attrs: ShapeAttribute[]): ShapeAttribute[] {
  return attrs.flatMap((a) => [a, ...(a.nested ? flatten(a.nested.attributes) : [])]);
}

/** A resource type's shape from the JSON of `terraform providers schema -json`. */
export function shapeFromSchemaJson(json: string, resourceType = "hotspot_account"): ResourceShape {
  const schemas = JSON.parse(json).provider_schemas as Record<string, { resource_schemas?: Record<string, { block: { attributes?: Record<string, SchemaAttribute> } }> }>;
  const resource = Object.values(schemas).find((p) => p.resource_schemas?.[resourceType])?.resource_schemas?.[resourceType];
  if (!resource) throw new Error(`terraform providers schema -json: no ${resourceType} resource`);
  const names = shapeOf(resource.block.attributes ?? {});
  const all = flatten(names);
  return {
    attributes: all.length,
    sensitive: all.filter((a) => a.sensitive).length,
    writeOnly: all.filter((a) => a.writeOnly).length,
    nested: all.filter((a) => a.nested).length,
    names,
  };
}

/** hotspot_account's attributes, from the provider terraform has installed in `dir`. */
export function accountShape(dir: string, env: NodeJS.ProcessEnv): ResourceShape {
  const out = execFileSync("terraform", ["providers", "schema", "-json"], { cwd: dir, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return shapeFromSchemaJson(out.toString());
}

function hclValue(a: ShapeAttribute, prefix: string, indent: string): string {
  // Write-only: terraform keeps null in plans and state, whatever the configuration says.
  if (a.writeOnly) return "null";
  if (a.nested) {
    const inner = a.nested.attributes.map((x) => `${indent}  ${x.name} = ${hclValue(x, prefix, `${indent}  `)}`);
    const object = `{\n${inner.join("\n")}\n${indent}}`;
    const value = a.nested.mode === "single" ? object : a.nested.mode === "map" ? `{ one = ${object} }` : `[${object}]`;
    return a.sensitive ? `sensitive(${value})` : value;
  }
  return a.sensitive ? "var.secret" : `"${prefix}\${count.index + 1}"`;
}

/** N terraform_data resources whose input has `shape`'s attributes, sensitive ones from a sensitive variable. */
export function shapedDataTf(n: number, shape: ResourceShape, prefix: string): string {
  const lines = shape.names.map((a) => `    ${a.name} = ${hclValue(a, prefix, "    ")}`);
  return `variable "secret" {
  type      = string
  sensitive = true
  default   = "bench-secret"
}

resource "terraform_data" "bench" {
  count = ${n}
  input = {
${lines.join("\n")}
  }
}
`;
}
