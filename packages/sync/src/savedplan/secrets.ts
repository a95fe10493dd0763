// Keyed hashes of every secret the statements would send: fields secret by nature and fields whose
// value came from a reference (taint), so a saved plan notices either changing without holding a
// value. The values are read from the desired site the statements name (statements carry none).
import { ACCOUNT_FIELDS, fieldValue, referenceKey, SENSITIVE_FIELDS } from "@hotspot-iac/core";
import type { Statement } from "../diff/statements.js";
import type { DesiredSite } from "../plan/desired.js";
import type { Hasher } from "../state/hash.js";

const ALL_FIELDS = ACCOUNT_FIELDS.map((f) => f.name);

/** "username/field" (accounts) or "batch:PREFIX/field" (batches) → keyed hash of the value sent. */
export function secretHashes(statements: readonly Statement[], desired: DesiredSite, hasher: Hasher, tainted?: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  const add = (key: string, owner: object, fields: readonly string[], section: "accounts" | "batches", id: string) => {
    for (const f of fields) {
      if (!SENSITIVE_FIELDS.includes(f) && !tainted?.has(referenceKey(desired.name, section, id, f))) continue;
      const v = fieldValue(owner, f) as { reveal?: () => string } | undefined;
      if (v === undefined) continue;
      out[`${key}/${f}`] = hasher.hash(`secret:${key}`, f, typeof v.reveal === "function" ? v.reveal() : v);
    }
  };
  for (const s of statements) {
    if (s.kind === "create-account" || s.kind === "update-account") {
      const account = desired.accounts.get(s.username);
      if (account) add(s.username, account, s.kind === "create-account" ? ALL_FIELDS : s.fields, "accounts", s.username);
    } else if (s.kind === "batch" && tainted) {
      // A batch no longer declared is only deleted: it sends nothing.
      const batch = desired.batches.find((b) => b.prefix === s.prefix);
      if (batch) add(`batch:${s.prefix}`, batch, ALL_FIELDS, "batches", s.prefix);
    }
  }
  return out;
}
