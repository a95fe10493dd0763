import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planJsonSchema, planJsonSchemaDocument, renderJson } from "../../src/render/index.js";
import { batchResizePlan, emptyPlan, mixedPlan } from "./fixtures.js";

const schemaPath = new URL("../../src/render/plan-json.schema.json", import.meta.url);

describe("renderJson", () => {
  it("writes the versioned document (golden)", async () => {
    await expect(renderJson(mixedPlan)).toMatchFileSnapshot("golden/mixed.json");
  });

  it("produces documents that satisfy the published schema", () => {
    for (const p of [mixedPlan, batchResizePlan, emptyPlan]) {
      const doc = JSON.parse(renderJson(p));
      expect(planJsonSchema.safeParse(doc).success).toBe(true);
      expect(doc.formatVersion).toBe(1);
    }
  });

  it("names impacts instead of numbering them", () => {
    const doc = JSON.parse(renderJson(mixedPlan));
    expect(doc.severity).toBe("destructive");
    expect(doc.changes.map((c: { impact: string }) => c.impact)).toContain("safe");
  });

  it("carries sensitive values as a bare marker even if the model grew extra fields", () => {
    const leaky = structuredClone(mixedPlan);
    const field = leaky.changes[0]!.fields[0]!;
    (field.after as Record<string, unknown>).hash = "sha256:deadbeef";
    (leaky as unknown as Record<string, unknown>).internal = "x";
    const doc = JSON.parse(renderJson(leaky));
    expect(doc.changes[0].fields[0].after).toEqual({ kind: "sensitive", value: null });
    expect(doc.internal).toBeUndefined();
  });

  it("keeps the committed JSON Schema in sync with the zod contract", () => {
    const committed = JSON.parse(readFileSync(schemaPath, "utf8"));
    // On failure: pnpm --filter @hotspot-iac/sync exec tsx src/render/write-plan-schema.ts
    expect(committed).toEqual(planJsonSchemaDocument());
  });
});
