// The committed bindings (gen/ of each flavour's package) must be what the flavour's
// generator makes from the provider's committed schema JSON: a provider change without
// `pnpm gen` in both packages fails here.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FLAVOURS } from "../scripts/flavours.js";
import { generateBindings, generatedDir, PROVIDER_SCHEMA, readSchema } from "../scripts/generate.js";
import { readTree } from "../scripts/tree.js";

describe.each(Object.values(FLAVOURS))("generated $cdk bindings", (flavour) => {
  it(`match the provider's schema JSON (run \`pnpm --filter @hotspot-iac/${flavour.cdk}-provider gen\` when this fails)`, async () => {
    expect(existsSync(PROVIDER_SCHEMA), `${PROVIDER_SCHEMA} is missing: the provider package writes it`).toBe(true);
    const scratch = mkdtempSync(join(tmpdir(), `hotspot-${flavour.cdk}-drift-`));
    try {
      await generateBindings(readSchema(), scratch, flavour);
      const fresh = readTree(scratch);
      const committed = readTree(generatedDir(flavour));
      expect([...committed.keys()]).toEqual([...fresh.keys()]);
      for (const [path, content] of fresh) expect(committed.get(path), path).toBe(content);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("cover every resource and data source of the schema", () => {
    const schema = readSchema() as {
      provider_schemas: Record<string, { resource_schemas?: object; data_source_schemas?: object }>;
    };
    const provider = schema.provider_schemas["registry.terraform.io/hotspot-iac/hotspot"];
    expect(provider).toBeDefined();
    const committed = readTree(generatedDir(flavour));
    const folders = new Set([...committed.keys()].map((p) => p.split("/").slice(0, 3).join("/")));
    const expected = [
      ...Object.keys(provider?.resource_schemas ?? {}).map((t) => t.replace(/^hotspot_/, "")),
      ...Object.keys(provider?.data_source_schemas ?? {}).map((t) => `data_${t}`),
    ].map((t) => `providers/hotspot/${t.replace(/_/g, "-")}`);
    for (const folder of expected) expect(folders, folder).toContain(folder);
    // Bindings for the flavour's library, not the other one's.
    const other = flavour.cdk === "cdktf" ? "cdktn" : "cdktf";
    const index = committed.get("providers/hotspot/account/index.ts") ?? "";
    expect(index).toContain(`from '${flavour.cdk}'`);
    expect(index).not.toContain(`from '${other}'`);
  });
});

describe("attribute names", () => {
  it("exist in the provider's schema for every account and batch field of the catalogue", async () => {
    const { ACCOUNT_FIELDS, attributeLocation, BATCH_FIELDS, batchAttributeName } = await import("@hotspot-iac/core");
    const { readSchema } = await import("../scripts/generate.js");
    type Attribute = { nested_type?: { attributes: Record<string, unknown> } };
    type Block = { block: { attributes: Record<string, Attribute> } };
    const schema = readSchema() as { provider_schemas: Record<string, { resource_schemas: Record<string, Block> }> };
    const resources = schema.provider_schemas["registry.terraform.io/hotspot-iac/hotspot"]!.resource_schemas;
    const accountAttributes = resources["hotspot_account"]!.block.attributes;
    const account = Object.keys(accountAttributes);
    const batch = Object.keys(resources["hotspot_voucher_batch"]!.block.attributes);
    for (const f of ACCOUNT_FIELDS) {
      // A nested field (`customer.email`, `card_wo.number`) is a child of its nested attribute.
      const at = attributeLocation(f);
      expect(account, f.name).toContain(at.attribute);
      if (at.child !== undefined) expect(Object.keys(accountAttributes[at.attribute]?.nested_type?.attributes ?? {}), f.name).toContain(at.child);
    }
    for (const f of BATCH_FIELDS) expect(batch, f.name).toContain(batchAttributeName(f));
  });
});
