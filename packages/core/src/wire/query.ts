// Building request URLs. Every name and value goes through encodeURIComponent, so spaces become
// %20 (never `+`, which a server may read as a literal plus) and & = + # % and non-ASCII letters
// survive exactly.

import type { HotSpotCommand } from "./commands.js";

/** Ordered wire parameters, already formatted as text. */
export type WireParams = ReadonlyArray<readonly [name: string, value: string]>;

export function encodeQuery(params: WireParams): string {
  return params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}

/** `http://host:82` + command + params + pass → the full request URL. */
export function commandUrl(baseUrl: string, command: HotSpotCommand, params: WireParams, passphrase: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  return `${base}/${command}?${encodeQuery([...params, ["pass", passphrase]])}`;
}

/** Checks the base URL once, at client construction, with a clear message. */
export function checkBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`HotSpot URL is not a valid URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TypeError(`HotSpot URL must start with http:// or https://, got ${JSON.stringify(url)}`);
  }
  if (parsed.search || parsed.hash) {
    throw new TypeError("HotSpot URL must not carry a query or fragment: give the passphrase separately");
  }
  return url.replace(/\/+$/, "");
}
