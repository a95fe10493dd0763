// The committed JSON Schema and configuration reference are what the generator writes now.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderConfigurationDoc, renderJsonSchema } from "../../scripts/reference.js";

const root = join(import.meta.dirname, "../..");

describe("generated reference files", () => {
  it("schema/hotspot.schema.json is up to date (run: pnpm --filter @hotspot-iac/core gen)", () => {
    expect(readFileSync(join(root, "schema/hotspot.schema.json"), "utf8")).toBe(renderJsonSchema());
  });

  it("docs/configuration.md is up to date (run: pnpm --filter @hotspot-iac/core gen)", () => {
    expect(readFileSync(join(root, "../../docs/configuration.md"), "utf8")).toBe(renderConfigurationDoc());
  });

  it("documents every catalogue field", () => {
    const doc = renderConfigurationDoc();
    for (const f of ["`timeLeft` | `time_left` | initial", "`password` | `password` | enforced | yes", "`card.cvv2`"]) {
      expect(doc).toContain(f);
    }
  });
});
