// Secrets never reach a log line: the passphrase, account passwords and card data are masked by
// parameter name (core's list, derived from the field catalogue's `sensitive` flag), and any text
// about to be logged is scrubbed of the passphrase itself (it could arrive under another name or
// inside a path).

import { isSecretParam } from "@hotspot-iac/core";

export const REDACTED = "***";

export class Redactor {
  private readonly needles: string[];

  constructor(passphrase: string) {
    // Also its URL-encoded forms. Very short passphrases are still masked where they stand as
    // whole values (params), but not scrubbed from free text, which would mangle every line.
    this.needles =
      passphrase.length >= 3
        ? [...new Set([passphrase, encodeURIComponent(passphrase), new URLSearchParams({ p: passphrase }).toString().slice(2)])]
        : [];
  }

  /** Remove the passphrase from free text. */
  scrub(text: string): string {
    let out = text;
    for (const n of this.needles) if (n) out = out.split(n).join(REDACTED);
    return out;
  }

  /** Parameters for the request log: secrets masked by name, everything scrubbed. */
  params(entries: Iterable<[string, string]>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of entries) {
      const key = this.scrub(k);
      out[key] = isSecretParam(k) ? REDACTED : this.scrub(v);
    }
    return out;
  }
}
