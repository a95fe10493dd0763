// terraform_data shaped like hotspot_account: terraform's own per-resource cost grows with the
// size of the object it carries through each plan (decoding, ProposedNew, validity checks,
// sensitive marks), so a 4-attribute terraform_data is not the floor of a 50-attribute resource.
// This yardstick carries one attribute per hotspot_account attribute, the same ones sensitive,
// read from the provider's own schema (`terraform providers schema -json`), so it follows the
// schema as it changes. Every value is a string: terraform_data's input is one dynamic object,
// the closest it gets to a typed schema.
import { execFileSync } from "node:child_process";

export interface ResourceShape {
  attributes: number;
  sensitive: number;
  /** Names in schema order, sensitive ones flagged. */
  names: { name: string; sensitive: boolean }[];
}

/** hotspot_account's attributes, from the provider terraform has installed in `dir`. */
export function accountShape(dir: string, env: NodeJS.ProcessEnv): ResourceShape {
  const out = execFileSync("terraform", ["providers", "schema", "-json"], { cwd: dir, env, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const schemas = JSON.parse(out.toString()).provider_schemas as Record<string, { resource_schemas?: Record<string, { block: { attributes?: Record<string, { sensitive?: boolean }> } }> }>;
  const resource = Object.values(schemas).find((p) => p.resource_schemas?.hotspot_account)?.resource_schemas?.hotspot_account;
  if (!resource) throw new Error("terraform providers schema -json: no hotspot_account resource");
  const names = Object.entries(resource.block.attributes ?? {}).map(([name, a]) => ({ name, sensitive: a.sensitive === true }));
  return { attributes: names.length, sensitive: names.filter((a) => a.sensitive).length, names };
}

/** N terraform_data resources whose input has `shape`'s attributes, sensitive ones from a sensitive variable. */
export function shapedDataTf(n: number, shape: ResourceShape, prefix: string): string {
  const lines = shape.names.map(({ name, sensitive }) => `    ${name} = ${sensitive ? "var.secret" : `"${prefix}\${count.index + 1}"`}`);
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
