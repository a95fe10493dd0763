// The declarative model: types, units, the field catalogue, loading and serializing YAML.
export * from "./fields/index.js";
export { humanDuration, humanLimit, humanMinute, humanRate, humanSize } from "./human-units.js";
export { DEFAULT_SITE, selectSite, selectSites } from "./sites.js";
export * from "./secret.js";
export * from "./types.js";
export * from "./units.js";
export * from "./diagnostics.js";
export { type LoadOptions, loadConfig, parseConfig, referenceKey } from "./load.js";
export {
  accountSchema,
  batchSchema,
  cardsSchema,
  CONFIG_VERSION,
  type DocumentInput,
  defaultsSchema,
  documentSchema,
  jsonSchema,
  pricePlanSchema,
  serverSchema,
  siteSchema,
} from "./schema.js";
export { MASKED_SECRET, type ToYamlOptions, toYaml } from "./serialize.js";
export { describeReference, escapeReferences } from "./references.js";
export { taintedValues } from "./taint.js";
export { YAML_LIMITS } from "./yaml-limits.js";
export { closest, didYouMean } from "./suggest.js";
