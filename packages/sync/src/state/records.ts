// What the state records per server: the types of the state file (state-file.ts reads and writes
// it; backend.ts loads and saves it).
import type { KeyDerivation } from "./hash.js";

export const STATE_FILE_VERSION = 1;

export interface WriteOnlyHashes {
  /** Field name (catalogue name, e.g. "customer.email") → keyed hash of the value last sent. */
  [field: string]: string;
}

export interface AccountState {
  /** This tool created the account (as opposed to adopting one that already existed). */
  created?: boolean;
  /** It existed, and this checkout took it over (declared and found, or `hotspot import`). */
  adopted?: boolean;
  writeOnly: WriteOnlyHashes;
  /**
   * Fields (catalogue names) sent or about to be sent that the server has not confirmed: the next
   * plan sends them whatever `writeOnly` says. Written before the request, cleared on its answer.
   */
  owed?: string[];
  /**
   * Written ahead of its create, not confirmed yet: the account may not exist (a kill before the
   * request). Replaced by `created` once the server answered or the account is found.
   */
  creating?: boolean;
}

export interface BatchState {
  created?: boolean;
  /** Write-only settings every member has received (except `pendingMembers`). */
  writeOnly: WriteOnlyHashes;
  /** Members that have not received the current write-only settings yet (a failed follow-up). */
  pendingMembers?: string[];
  /**
   * Every member as of the last apply or import (created or adopted), sorted. Known names the
   * server's list leaves out are looked up before anything is planned in their place (read stage),
   * and only these are deleted when the batch is dropped (no takeover). Absent in older files.
   */
  members?: string[];
  /** Members owed fields their follow-up updateaccount has not confirmed (after a grow). */
  owedMembers?: Record<string, string[]>;
  /**
   * A grow in flight whose new members owe `fields` (written before the generateaccounts): new
   * members are those numbered `from` or above, or (tickets) those not in `before`.
   */
  growing?: { fields: string[]; from?: number; before?: string[] };
}

export interface ServerState {
  /** The server's canonical identity (core's wire/core's wire/server-identity.ts): never credentials. */
  url: string;
  /** Check value of the key this server's hashes were made with (its passphrase or HOTSPOT_STATE_KEY). */
  keyCheck?: string;
  /** How that key was derived (hash.ts); absent in sections written before keys were stretched. */
  kdf?: KeyDerivation;
  /** The configuration's name for this server (its site) at the last apply. */
  site?: string;
  lastAppliedAt?: string;
  /**
   * Accounts `hotspot import` wrote into the configuration and no apply has recorded yet: known
   * (their deletion is no takeover). Folded into `accounts` / batch members by the next apply.
   */
  imported?: string[];
  /** Null-prototype (usernames such as `constructor` or `__proto__` are data): index, never `in`. */
  accounts: Record<string, AccountState>;
  batches: Record<string, BatchState>;
}

export interface StateFile {
  version: typeof STATE_FILE_VERSION;
  /** Random salt of the keyed hashes (public by design: the key is not in this file). */
  salt: string;
  /**
   * Bumped by every write: a saved plan records it and is refused once it moved, and `state
   * migrate` never replaces a state with a higher serial. Absent (0) in files written before it.
   */
  serial?: number;
  servers: Record<string, ServerState>;
}
