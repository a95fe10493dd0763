// Taint, like Terraform's sensitive values: a value that came from `${env:…}` or `${file:…}` is
// sensitive whatever the field (config.tainted names them). The clear values, for the wire client
// to redact wherever a request's URL or a failure text might carry one.

import { fieldValue } from "./fields/paths.js";
import { isSecret } from "./secret.js";
import type { Config } from "./types.js";

/** The clear value (as written and as sent, for text fields) of every tainted account and batch field. */
export function taintedValues(config: Config): Set<string> {
  const out = new Set<string>();
  if (!config.tainted || config.tainted.size === 0) return out;
  for (const site of config.sites) {
    const owners = {
      accounts: new Map<string, object>(site.accounts.map((a) => [a.username, a])),
      batches: new Map<string, object>(site.batches.map((b) => [b.prefix, b])),
    };
    for (const section of ["accounts", "batches"] as const) {
      const prefix = `${site.name}/${section}/`;
      for (const key of config.tainted.keys()) {
        if (!key.startsWith(prefix)) continue;
        const slash = key.lastIndexOf("/"); // field names hold no slash; names may
        const owner = owners[section].get(key.slice(prefix.length, slash));
        const value = owner ? fieldValue(owner, key.slice(slash + 1)) : undefined;
        if (isSecret(value)) {
          if (value.resolved) out.add(value.reveal());
        } else if (typeof value === "string" || typeof value === "number") {
          out.add(String(value));
        }
      }
    }
  }
  return out;
}
