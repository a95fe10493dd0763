// Public API of the HotSpot wire client.
export * from "./types.js";
export { HotSpotClient, type HotSpotClientOptions } from "./client.js";
export { COMMANDS, type HotSpotCommand, isReadCommand, READ_COMMANDS } from "./commands.js";
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
export { defaultServerPort, HOTSPOT_HTTP_PORT, serverPort, withDefaultPort } from "./server-port.js";
export { isSecretParam, redactUrl, redactUrlsIn, REDACTED, SECRET_PARAMS } from "./redact.js";
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  type HotSpotLogEvent,
  type HotSpotLogger,
  type HotSpotRetryEvent,
} from "./transport.js";
export { DEFAULT_MAX_LIST_RESPONSE_BYTES, DEFAULT_MAX_RESPONSE_BYTES } from "./body.js";
export { formatWallClock, formatWireDate, formatWireDateTime, parseWallClock, serverNow, wallClock } from "./wall-clock.js";
