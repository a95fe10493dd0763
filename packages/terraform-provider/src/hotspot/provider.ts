// The hotspot provider: its configuration, resources and data sources.
import type { ProviderDefinition } from "../framework/types.js";
import { accountResource } from "./account-resource.js";
import { batchResource } from "./batch-resource.js";
import { HotspotContext } from "./client.js";
import { accountDataSource, pricePlanDataSource, pricePlansDataSource } from "./data-sources.js";
import { providerSchema, resolveConnection, validateProviderConfig } from "./provider-config.js";

export function hotspotProvider(env: NodeJS.ProcessEnv = process.env): ProviderDefinition<HotspotContext> {
  return {
    schema: providerSchema,
    validate: validateProviderConfig,
    async configure(config, diags) {
      const settings = resolveConnection(config, env, diags);
      return settings ? HotspotContext.connect(settings) : undefined;
    },
    resources: [accountResource, batchResource],
    dataSources: [accountDataSource, pricePlanDataSource, pricePlansDataSource],
  };
}
