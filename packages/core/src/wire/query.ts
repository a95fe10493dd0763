// Building request URLs. Every name and value goes through encodeURIComponent, so spaces become
// %20 (never `+`, which a server may read as a literal plus) and & = + # % and non-ASCII letters
// survive exactly.

import type { HotSpotCommand } from "./commands.js";
import { redactUrl } from "./redact.js";
import { withDefaultPort } from "./server-port.js";

/** Ordered wire parameters, already formatted as text. */
import type { WireParams } from "./params.js";

export type { WireParams };

function encodeQuery(params: WireParams): string {
  return params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}

/** `http://host:82` + command + params + pass → the full request URL. */
export function commandUrl(baseUrl: string, command: HotSpotCommand, params: WireParams, passphrase: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}/${command}?${encodeQuery([...params, ["pass", passphrase]])}`;
}

/**
 * The request target for a connection pool bound to the server's origin: exactly the path and
 * query the URL parser makes of commandUrl (same bytes on the wire), without parsing a URL per
 * request. `basePath` is the base URL's parsed path without its trailing slash.
 */
export function commandPath(basePath: string, command: HotSpotCommand, params: WireParams, passphrase: string): string {
  const pass = `pass=${encodeURIComponent(passphrase)}`;
  const query = params.length === 0 ? pass : `${encodeQuery(params)}&${pass}`;
  // encodeURIComponent leaves ' alone but the URL parser escapes it in a query.
  return `${basePath}/${command}?${query.includes("'") ? query.replaceAll("'", "%27") : query}`;
}

/** Checks the base URL once, at client construction, with a clear message; http without a port means :82. */
export function checkBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`HotSpot URL is not a valid URL: ${JSON.stringify(redactUrl(url))}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TypeError(`HotSpot URL must start with http:// or https://, got ${JSON.stringify(redactUrl(url))}`);
  }
  if (parsed.search || parsed.hash) {
    throw new TypeError("HotSpot URL must not carry a query or fragment: give the passphrase separately");
  }
  return withDefaultPort(url.replace(/\/+$/, ""));
}
