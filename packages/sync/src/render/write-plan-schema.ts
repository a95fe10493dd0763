// Regenerates plan-json.schema.json from the zod contract:
//   pnpm --filter @hotspot-iac/sync exec tsx src/render/write-plan-schema.ts
import { writeFileSync } from "node:fs";
import { planJsonSchemaDocument } from "./json-format.js";

const target = new URL("./plan-json.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(planJsonSchemaDocument(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
