// Sections written before keys were stretched (no `kdf`): their hashes were keyed with the fast
// sha256 derivation, which lets anyone holding the file test passphrase guesses offline. They are
// re-keyed when planned: a stored hash that still matches the declared value (checked with the old
// key) is replaced by the new key's hash of that value; one that does not is dropped, so the field
// is sent (it differed anyway). Undeclared entries lose their hashes (nothing to compare them with).
// The next apply writes the section in the new form, even when it changes nothing else.
import { writeOnlyHashesOf } from "../diff/account.js";
import { batchWriteOnlyHashes } from "../diff/batch.js";
import type { DesiredSite } from "../plan/desired.js";
import { createHasher, CURRENT_KDF, type Hasher } from "./hash.js";
import type { LoadedState, ServerState, WriteOnlyHashes } from "./state-file.js";

/** Re-key `server` (a section without `kdf`) to `hasher`; true when it changed. */
export function rekeySection(state: LoadedState, server: ServerState, desired: DesiredSite, hasher: Hasher, secret: string | undefined): boolean {
  if (server.kdf === CURRENT_KDF) return false;
  const legacy = createHasher(state.file.salt, secret, "sha256");
  // Made with another key altogether: the plan says so and the next apply starts over.
  if (server.keyCheck !== undefined && server.keyCheck !== legacy.keyCheck) return false;
  for (const [name, acc] of Object.entries(server.accounts)) {
    const d = desired.accounts.get(name);
    acc.writeOnly = d ? carried(acc.writeOnly, writeOnlyHashesOf(d, legacy), writeOnlyHashesOf(d, hasher)) : {};
  }
  for (const [prefix, batch] of Object.entries(server.batches)) {
    const d = desired.batches.find((b) => b.prefix === prefix);
    batch.writeOnly = d ? carried(batch.writeOnly, batchWriteOnlyHashes(d, { hasher: legacy }), batchWriteOnlyHashes(d, { hasher })) : {};
  }
  if (server.keyCheck !== undefined) server.keyCheck = hasher.keyCheck;
  server.kdf = CURRENT_KDF;
  state.rekeyed = true;
  return true;
}

function carried(stored: WriteOnlyHashes, old: Record<string, string>, now: Record<string, string>): WriteOnlyHashes {
  const out: WriteOnlyHashes = {};
  for (const [field, hash] of Object.entries(stored)) {
    if (old[field] === hash && now[field] !== undefined) out[field] = now[field];
  }
  return out;
}
