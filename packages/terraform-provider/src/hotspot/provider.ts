// The hotspot provider: its configuration, resources and data sources.
import type { ProviderDefinition } from "../framework/types.js";
import { type ConnectionSettings, providerSchema, resolveConnection, validateProviderConfig } from "./provider-config.js";

export type HotspotClient = ConnectionSettings;

export function hotspotProvider(env: NodeJS.ProcessEnv = process.env): ProviderDefinition<HotspotClient> {
  return {
    schema: providerSchema,
    validate: validateProviderConfig,
    async configure(config, diags) {
      return resolveConnection(config, env, diags);
    },
    resources: [],
    dataSources: [],
  };
}
