// Keyed hashes of values we must compare later without keeping them: write-only fields last
// applied (state file) and secrets of a saved plan. HMAC-SHA256 keyed with a key derived from a
// secret that is NOT in the file (HOTSPOT_STATE_KEY, else the server passphrase) plus the file's
// random salt: a state file committed to git does not let anyone test guesses of a customer's
// card number or a low-entropy password offline. Inputs are scoped (account + field), so two
// accounts with the same value do not share a hash.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export interface Hasher {
  /** Hash of `value` for `scope` (e.g. "account:alice") and `field` (e.g. "customer.email"). */
  hash(scope: string, field: string, value: unknown): string;
  /** Short public check of the key, so a changed key is detected instead of mass "changes". */
  readonly keyCheck: string;
  /** The salt the hasher was made with (hex). */
  readonly salt: string;
  /** False when no secret key material was available (hashes then rely on the salt alone). */
  readonly keyed: boolean;
}

export function newSalt(): string {
  return randomBytes(16).toString("hex");
}

/** Canonical text of a value: stable across runs (sorted object keys, ISO dates). */
export function canonical(value: unknown): string {
  if (value instanceof Date) return `d:${value.toISOString()}`;
  if (value === undefined) return "u:";
  if (value === null || typeof value !== "object") return `${typeof value}:${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
}

/**
 * A hasher keyed with `secret` (HOTSPOT_STATE_KEY or the passphrase) and `salt`.
 * Without a secret the hashes are still salted and scoped but guessable offline: say so.
 */
export function createHasher(salt: string, secret: string | undefined): Hasher {
  const keyed = secret !== undefined && secret !== "";
  const key = createHash("sha256")
    .update("hotspot-iac/hash/v1\0")
    .update(salt)
    .update("\0")
    .update(secret ?? "")
    .digest();
  const keyCheck = createHmac("sha256", key).update("key-check").digest("hex").slice(0, 16);
  return {
    salt,
    keyed,
    keyCheck,
    hash(scope, field, value) {
      return createHmac("sha256", key)
        .update(scope)
        .update("\0")
        .update(field)
        .update("\0")
        .update(canonical(value))
        .digest("base64url")
        .slice(0, 32);
    },
  };
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The secret the hashes are keyed with: HOTSPOT_STATE_KEY wins over the server passphrase. */
export function hashSecret(passphrase: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const k = env.HOTSPOT_STATE_KEY;
  return k !== undefined && k !== "" ? k : passphrase;
}
