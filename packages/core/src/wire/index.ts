// Public API of the HotSpot wire client: what other packages use.
export * from "./types.js";
export { HotSpotClient, type HotSpotClientOptions } from "./client.js";
export { COMMANDS, type HotSpotCommand } from "./commands.js";
export {
  HotSpotError,
  type HotSpotErrorCause,
  type HotSpotErrorKind,
  isAmbiguous,
  isHotSpotError,
  isNotFound,
} from "./errors.js";
export {
  type DateRange,
  DocumentType,
  type GenerateAccountsParams,
  type LoginAccountParams,
  type LogoutAccountParams,
  type UpdateAccountParams,
} from "./params.js";
export { publicServerUrl, serverIdentity } from "./server-identity.js";
export { isSecretParam, redactUrl, redactUrlsIn } from "./redact.js";
export { DEFAULT_TIMEOUT_MS, type HotSpotLogEvent, type HotSpotRetryEvent } from "./transport.js";
export { formatWallClock, isTimeZone, serverNow, wallClock, wallClockAt } from "./wall-clock.js";
