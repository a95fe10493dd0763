// Keyed hashes of values we must compare later without keeping them: write-only fields last
// applied (state file) and secrets of a saved plan. HMAC-SHA256 keyed with a key derived from a
// secret that is NOT in the file (HOTSPOT_STATE_KEY, else the server passphrase) plus the file's
// random salt: a state file committed to git does not let anyone test guesses of a customer's
// card number or a low-entropy password offline. Inputs are scoped (account + field), so two
// accounts with the same value do not share a hash.
//
// The key is stretched with scrypt (KDF_PARAMS): the file's public keyCheck is a function of the
// passphrase, so a fast derivation would let anyone holding the file test passphrase guesses
// offline (the old sha256 derivation: ~180,000 a second per core). Derived once per salt and
// secret per process (a run plans, saves plans and checks them with one key).
import { createHash, createHmac, randomBytes, scrypt, scryptSync } from "node:crypto";

/**
 * scrypt cost: N·r·p = 2^15·8·1 (32 MiB, ~85 ms on a 2020s server core). An attacker's rate is
 * bounded by this per guess: kept well under 50 guesses a second per core.
 */
export const KDF_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;

/** How a section's hashes were keyed: "scrypt" (KDF_PARAMS); absent in files written before it (sha256). */
export type KeyDerivation = "scrypt" | "sha256";
export const CURRENT_KDF: KeyDerivation = "scrypt";

const derived = new Map<string, Buffer>();
/** Derivations under way (prepareKey), by the same id as `derived`. */
const deriving = new Map<string, Promise<void>>();

function deriveKey(salt: string, secret: string | undefined, kdf: KeyDerivation): Buffer {
  // No secret: nothing to protect (the hashes are unkeyed, and plans say so); the fast form.
  if (kdf === "sha256" || secret === undefined || secret === "") {
    return createHash("sha256")
      .update("hotspot-iac/hash/v1\0")
      .update(salt)
      .update("\0")
      .update(secret ?? "")
      .digest();
  }
  // The cache is keyed by a digest, so the map holds no secret in clear.
  const id = createHash("sha256").update(salt).update("\0").update(secret).digest("base64");
  let key = derived.get(id);
  if (!key) {
    key = scryptSync(secret, `hotspot-iac/hash/v2\0${salt}`, 32, { ...KDF_PARAMS, maxmem: 128 * KDF_PARAMS.N * KDF_PARAMS.r * 2 });
    derived.set(id, key);
  }
  return key;
}

/**
 * Derives the key createHasher(salt, secret) will use on libuv's thread pool, so a caller can
 * overlap the ~90 ms of scrypt with other work (a plan: the server's read). Never rejects: a
 * failure here is met again, and thrown, by createHasher's own derivation.
 */
export function prepareKey(salt: string, secret: string | undefined): Promise<void> {
  if (secret === undefined || secret === "") return Promise.resolve();
  const id = createHash("sha256").update(salt).update("\0").update(secret).digest("base64");
  if (derived.has(id)) return Promise.resolve();
  // One derivation per key at a time: a fleet's venues share one state, and each scrypt holds 32 MiB.
  let pending = deriving.get(id);
  if (!pending) {
    pending = new Promise<void>((resolve) => {
      const done = () => {
        deriving.delete(id);
        resolve();
      };
      try {
        scrypt(secret, `hotspot-iac/hash/v2\0${salt}`, 32, { ...KDF_PARAMS, maxmem: 128 * KDF_PARAMS.N * KDF_PARAMS.r * 2 }, (err, key) => {
          if (!err && !derived.has(id)) derived.set(id, key);
          done();
        });
      } catch {
        done();
      }
    });
    deriving.set(id, pending);
  }
  return pending;
}

/**
 * The keyCheck a state file would record for `secret`: what an offline guesser computes per
 * guess (uncached, so it can be measured).
 */
export function keyCheckOf(salt: string, secret: string, kdf: KeyDerivation = CURRENT_KDF): string {
  const key =
    kdf === "scrypt" && secret !== ""
      ? scryptSync(secret, `hotspot-iac/hash/v2\0${salt}`, 32, { ...KDF_PARAMS, maxmem: 128 * KDF_PARAMS.N * KDF_PARAMS.r * 2 })
      : deriveKey(salt, secret, "sha256");
  return createHmac("sha256", key).update("key-check").digest("hex").slice(0, 16);
}

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
export function createHasher(salt: string, secret: string | undefined, kdf: KeyDerivation = CURRENT_KDF): Hasher {
  const keyed = secret !== undefined && secret !== "";
  const key = deriveKey(salt, secret, kdf);
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

/** The secret the hashes are keyed with: HOTSPOT_STATE_KEY wins over the server passphrase. */
export function hashSecret(passphrase: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const k = env.HOTSPOT_STATE_KEY;
  return k !== undefined && k !== "" ? k : passphrase;
}
