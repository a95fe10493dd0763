// Regenerates schema/output.schema.json from the zod contract (src/format/output-schema.ts):
//   pnpm --filter hotspot-iac exec tsx scripts/write-output-schema.ts
import { writeFileSync } from "node:fs";
import { outputJsonSchemaDocument } from "../src/format/output-schema.js";

const target = new URL("../schema/output.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(outputJsonSchemaDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
