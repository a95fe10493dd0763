// The provider's schema as `terraform providers schema -json` prints it,
// rendered from the same definitions the provider serves.
import type { ProviderDefinition } from "./framework/types.js";
import { hotspotProvider } from "./hotspot/provider.js";
import { toSchemaJson } from "./schema/render.js";

export const PROVIDER_ADDRESS = "registry.terraform.io/hotspot-iac/hotspot";

export function providerSchemaJson<C>(def: ProviderDefinition<C> = hotspotProvider() as unknown as ProviderDefinition<C>): object {
  const byName = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => (a.name < b.name ? -1 : 1));
  return {
    format_version: "1.0",
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: toSchemaJson(def.schema),
        // terraform leaves empty maps out.
        ...(def.resources.length ? { resource_schemas: Object.fromEntries(byName(def.resources).map((r) => [r.name, toSchemaJson(r.schema)])) } : {}),
        ...(def.dataSources.length
          ? { data_source_schemas: Object.fromEntries(byName(def.dataSources).map((d) => [d.name, toSchemaJson(d.schema)])) }
          : {}),
      },
    },
  };
}
