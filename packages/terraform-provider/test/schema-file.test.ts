// schema/provider-schema.json is committed (the CDKTF bindings are generated
// from it): it must be what the provider serves today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../scripts/write-schema.js";
import { providerSchemaJson } from "../src/schema-json.js";

describe("committed provider schema JSON", () => {
  it("matches the provider's schema (regenerate with `pnpm --filter @hotspot-iac/terraform-provider schema`)", () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, "utf8"))).toEqual(providerSchemaJson());
  });

  it("names hotspot_account attributes after the model's fields in snake_case", () => {
    const schemas = (providerSchemaJson() as { provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, { sensitive?: boolean }> } }> }> })
      .provider_schemas["registry.terraform.io/hotspot-iac/hotspot"]!.resource_schemas;
    const account = schemas.hotspot_account!.block.attributes;
    for (const name of ["username", "password", "type", "time_left", "expires", "plan_id", "rates_download", "customer_first_name", "card_number"]) {
      expect(account).toHaveProperty(name);
    }
    for (const name of ["password", "card_number", "card_cvv2"]) expect(account[name]?.sensitive).toBe(true);
    const batch = schemas.hotspot_voucher_batch!.block.attributes;
    for (const name of ["prefix", "member_count", "plan_id", "type", "usernames", "passwords"]) expect(batch).toHaveProperty(name);
    expect(batch.passwords?.sensitive).toBe(true);
  });
});
