// Secrets travel in the query string (the passphrase `pass`, account passwords, card data), so every
// URL or text that may reach a log, an error or a terminal goes through here first.

import { ACCOUNT_FIELDS } from "../model/fields/catalogue.js";

/**
 * Query parameters whose values are secrets: the passphrase plus every wire parameter of a field
 * the catalogue marks sensitive (one list for the client, the emulator's log and the provider).
 */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  "pass",
  ...ACCOUNT_FIELDS.filter((f) => f.sensitive).flatMap((f) => [...f.generate, ...f.update].map((p) => p.toLowerCase())),
]);

export function isSecretParam(name: string): boolean {
  return SECRET_PARAMS.has(name.toLowerCase());
}

export const REDACTED = "REDACTED";

// scheme://userinfo@ — user-info is everything before the last @ of the authority.
const USER_INFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*@)/i;

/**
 * The URL with its user-info and the value of every secret parameter replaced by REDACTED; also
 * any parameter whose value is one of `values` (values from references, secret whatever the field).
 */
export function redactUrl(url: string, values?: ReadonlySet<string>): string {
  url = url.replace(USER_INFO, `$1${REDACTED}@`);
  const q = url.indexOf("?");
  if (q < 0) return url;
  const hash = url.indexOf("#", q);
  const query = hash < 0 ? url.slice(q + 1) : url.slice(q + 1, hash);
  const redacted = query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName);
      } catch {
        // keep the raw name
      }
      if (isSecretParam(name)) return `${rawName}=${REDACTED}`;
      if (values && values.size > 0 && eq >= 0) {
        let value = pair.slice(eq + 1);
        try {
          value = decodeURIComponent(value);
        } catch {
          // compare the raw value
        }
        if (values.has(value)) return `${rawName}=${REDACTED}`;
      }
      return pair;
    })
    .join("&");
  return url.slice(0, q + 1) + redacted + (hash < 0 ? "" : url.slice(hash));
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** Every URL inside a free text redacted (messages of other libraries, log lines). */
export function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (u) => redactUrl(u));
}

/**
 * Removes every known secret value (raw and URL-encoded) from a free text, e.g. a message of a
 * lower-level library that may have quoted the request.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}
