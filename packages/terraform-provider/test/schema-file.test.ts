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

  it("shapes hotspot_account for people: customer nested, card data write-only only, plan by name or id, few sensitive attributes", () => {
    type Attr = { type?: unknown; sensitive?: boolean; write_only?: boolean; computed?: boolean; nested_type?: { nesting_mode: string; attributes: Record<string, Attr> } };
    const provider = (providerSchemaJson() as { provider_schemas: Record<string, { provider: { block: { attributes: Record<string, Attr> } }; resource_schemas: Record<string, { version: number; block: { attributes: Record<string, Attr> } }> }> })
      .provider_schemas["registry.terraform.io/hotspot-iac/hotspot"]!;
    const schemas = provider.resource_schemas;
    expect(schemas.hotspot_account!.version).toBe(1);
    const account = schemas.hotspot_account!.block.attributes;
    for (const name of ["username", "password", "password_wo", "type", "time_left", "expires", "plan", "plan_id", "rates_download", "customer", "card_wo", "card_wo_version"]) {
      expect(account).toHaveProperty(name);
    }
    // Card data exists only write-only; the customer is one attribute.
    expect(Object.keys(account).filter((n) => n.startsWith("card_") || n.startsWith("customer_"))).toEqual(["card_wo", "card_wo_version"]);
    expect(Object.entries(account).filter(([, a]) => a.sensitive).map(([n]) => n)).toEqual(["card_wo", "password", "password_wo"]);
    const card = account.card_wo!;
    expect(card).toMatchObject({ write_only: true, nested_type: { nesting_mode: "single" } });
    expect(Object.keys(card.nested_type!.attributes)).toEqual(["cvv2", "exp_month", "exp_year", "name", "number", "password", "type"]);
    for (const child of Object.values(card.nested_type!.attributes)) expect(child.write_only).toBe(true);
    const customer = account.customer!;
    expect(customer.write_only).toBeUndefined();
    expect(customer.nested_type?.nesting_mode).toBe("single");
    expect(customer.nested_type?.attributes).toHaveProperty("email");
    expect(customer.nested_type?.attributes).toHaveProperty("first_name");
    expect(account.plan).toMatchObject({ type: "string", computed: true });
    expect(account.plan_id).toMatchObject({ type: "number", computed: true });
    const batch = schemas.hotspot_voucher_batch!.block.attributes;
    for (const name of ["prefix", "member_count", "plan", "plan_id", "type", "usernames", "passwords"]) expect(batch).toHaveProperty(name);
    expect(batch.passwords?.sensitive).toBe(true);
    expect(provider.provider.block.attributes.timeout?.type).toBe("string");
  });
});
