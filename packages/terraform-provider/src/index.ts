export { hotspotProvider } from "./hotspot/provider.js";
export { providerSchemaJson } from "./schema-json.js";
