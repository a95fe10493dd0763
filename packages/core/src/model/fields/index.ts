// The account and batch field catalogue, by concern: what the fields are, how they compare, how
// they travel on the wire, how their values and names are written.
export { effectiveClass, writeOnlyFields } from "./account-classes.js";
export {
  type AttributeLocation,
  attributeLocation,
  attributeName,
  batchAttributeName,
  CARD_ATTRIBUTE,
  CUSTOMER_ATTRIBUTE,
  hasWriteOnlyAttribute,
  PLAN_ID_ATTRIBUTE,
  snakeName,
  writeOnlyAttributeName,
  writeOnlyVersionName,
} from "./attribute-names.js";
export { BATCH_FIELDS, type BatchFieldSpec, batchGenerateParams, memberAccount } from "./batch.js";
export { ACCOUNT_FIELDS, accountField, type FieldSpec, SENSITIVE_FIELDS } from "./catalogue.js";
export type { Comparable } from "./comparison.js";
export type { AccountFieldName, FieldClass, ValueKind } from "./definitions.js";
export { desiredView, diffEnforced, type FieldDifference, liveView, missingLiveFields, sameValue } from "./diff.js";
export { type FormattedValue, formatValue, type ValueForm } from "./format.js";
export { parseValue } from "./parse.js";
export { createParams, fillGenerate, updateParams } from "./params.js";
export { fieldValue, setFieldValue } from "./paths.js";
export { ACCOUNT_LIMITS, BATCH_LIMITS, CUSTOMER_TEXT_LIMIT, type FieldLimit, fieldLimit, SAFETY_DEFAULTS, SECRET_TEXT_LIMIT, SERVER_LIMITS } from "./limits.js";
export type { WireContext } from "./wire-encoding.js";
