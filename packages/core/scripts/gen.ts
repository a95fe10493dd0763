// Writes the generated reference files: `pnpm --filter @hotspot-iac/core gen`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { renderConfigurationDoc, renderJsonSchema } from "./reference.js";

export const SCHEMA_FILE = join(import.meta.dirname, "../schema/hotspot.schema.json");
export const DOC_FILE = join(import.meta.dirname, "../../../docs/configuration.md");

for (const [file, text] of [
  [SCHEMA_FILE, renderJsonSchema()],
  [DOC_FILE, renderConfigurationDoc()],
] as const) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
