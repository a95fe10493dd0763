// Sorting the errors of undici / node:net into our kinds, and knowing which of them happen before
// a single byte of the request reached the server (those cannot have committed a write).

import type { HotSpotErrorKind } from "./errors.js";

export interface NetworkFailure {
  kind: HotSpotErrorKind;
  /** True when the request certainly never reached the server. */
  beforeSend: boolean;
  code: string | undefined;
}

const DROPPED = new Set([
  "UND_ERR_SOCKET",
  "ECONNRESET",
  "EPIPE",
  "UND_ERR_RES_CONTENT_LENGTH_MISMATCH",
  "ECONNABORTED",
]);
const TIMEOUT = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"]);
const UNREACHABLE = new Set(["ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);

/** The error code of err or of the error it wraps. */
function errorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code !== "UND_ERR") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export function classifyNetworkError(err: unknown): NetworkFailure {
  const code = errorCode(err);
  if (code === "ECONNREFUSED") return { kind: "refused", beforeSend: true, code };
  if (code === "UND_ERR_CONNECT_TIMEOUT") return { kind: "timeout", beforeSend: true, code };
  if (code && TIMEOUT.has(code)) return { kind: "timeout", beforeSend: false, code };
  if (code && DROPPED.has(code)) return { kind: "dropped", beforeSend: false, code };
  if (code && UNREACHABLE.has(code)) return { kind: "network", beforeSend: true, code };
  return { kind: "network", beforeSend: false, code };
}
