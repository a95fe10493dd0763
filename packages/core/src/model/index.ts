// The declarative model: types, units, the field catalogue, loading and serializing YAML. Only what
// other packages use (packages/release/test/public-surface.test.ts checks it).
export * from "./fields/index.js";
export { humanDuration, humanLimit, humanMinute, humanRate, humanSize } from "./human-units.js";
export { selectSite, selectSites } from "./sites.js";
export { isSecret, Secret } from "./secret.js";
export type {
  Batch,
  CardSettings,
  Config,
  Defaults,
  DesiredAccount,
  PricePlanRef,
  Safety,
  Server,
  Site,
  SourceLocation,
} from "./types.js";
export {
  CARD_INSTRUCTION_KEYS,
  CARD_LABEL_KEYS,
  CARD_LANGUAGES,
  CARD_PAPERS,
  type CardLanguage,
  type CardTextKey,
  ENFORCEABLE_INITIAL,
} from "./vocabulary.js";
export { type Expiry, formatDay, formatMinute, parseDuration, parseExpiry, parseMoney, UNLIMITED, type Unlimited } from "./units.js";
export { type Diagnostic, type DiagnosticGroup, formatDiagnosticGroup, groupDiagnostics, LoadError } from "./diagnostics.js";
export { type LoadOptions, loadConfig, parseConfig, referenceKey } from "./load.js";
export { batchSchema, cardsSchema, defaultsSchema, documentSchema, pricePlanSchema, serverSchema } from "./schema.js";
export { type ToYamlOptions, toYaml } from "./serialize.js";
export { escapeReferences } from "./references.js";
export { taintedValues } from "./taint.js";
export { didYouMean } from "./suggest.js";
