// Secrets travel in the query string (the passphrase `pass`, account passwords, card data), so every
// URL or text that may reach a log, an error or a terminal goes through here first.

/** Query parameters whose values are secrets. */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  "pass",
  "password",
  "ccnumber",
  "ccpassword",
  "cccvv2",
  "ccexpmonth",
  "ccexpyear",
]);

export const REDACTED = "REDACTED";

/** The URL with the value of every secret parameter replaced by REDACTED. */
export function redactUrl(url: string): string {
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
      return SECRET_PARAMS.has(name.toLowerCase()) ? `${rawName}=${REDACTED}` : pair;
    })
    .join("&");
  return url.slice(0, q + 1) + redacted + (hash < 0 ? "" : url.slice(hash));
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
