// @hotspot-iac/core: the declarative model and the HotSpot wire client.
export * from "./model/index.js";
export * from "./wire/index.js";
export { ERROR_CODES, type ErrorCode, HotspotIacError } from "./errors.js";
