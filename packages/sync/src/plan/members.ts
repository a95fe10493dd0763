// A batch's members are proven, never guessed from a name: the accounts this state file created,
// imported or adopted for it. Anything else under a batch's prefix (made at the console, by another
// checkout, or before this state file existed) is a stranger: counting it as a member would delete
// it in a shrink or print its password on a card, so the diff marks it as a takeover. The one rule
// the diff, `hotspot vouchers print` and the provider's callers share.
//
// Evidence, per server section of the state file:
// - the batch's `members` (recorded by every apply and by `hotspot import`);
// - a grow in flight (`growing`): the members it was making when the process stopped;
// - `accounts` and `imported`: names this state file created, adopted or imported one by one;
// - a batch entry from before member lists were recorded (no `members`): the state file says this
//   tool made the batch but not which names; the members are the names in the form the batch
//   generates (prefix + counter; tickets: prefix + an upper-case code), the next apply records them.
import type { Batch } from "@hotspot-iac/core";
import { type ServerState, findServerState, grownBy, loadState } from "../state/state-file.js";

/** Whether `username` (under `prefix`) is a proven member of the batch with that prefix. */
export type Membership = (prefix: string, username: string) => boolean;

export function membershipOf(server: ServerState | undefined, declared: readonly Batch[] = []): Membership {
  if (!server) return () => false;
  let known: Set<string> | undefined;
  const members = new Map<string, Set<string>>();
  const grown = new Map<string, (username: string) => boolean>();
  return (prefix, username) => {
    const own = server.accounts[username];
    if (own && !own.creating) return true;
    known ??= new Set(server.imported ?? []);
    if (known.has(username)) return true;
    const entry = server.batches[prefix];
    if (!entry) return false;
    if (entry.members) {
      let set = members.get(prefix);
      if (!set) members.set(prefix, (set = new Set(entry.members)));
      if (set.has(username)) return true;
    }
    if (entry.growing) {
      let test = grown.get(prefix);
      if (!test) grown.set(prefix, (test = grownBy(entry.growing, prefix)));
      if (test(username)) return true;
    }
    if (entry.members !== undefined) return false;
    return inGeneratedForm(prefix, username, declared.find((b) => b.prefix === prefix));
  };
}

/** The names a batch's generateaccounts makes: prefix + counter, or (tickets) prefix + upper-case code. */
function inGeneratedForm(prefix: string, username: string, batch: Batch | undefined): boolean {
  const rest = username.slice(prefix.length);
  // A batch no longer declared: either form.
  if (!batch) return /^[A-Z0-9]{1,64}$/.test(rest);
  if (batch.type !== "ticket") return /^\d{1,15}$/.test(rest);
  return /^[A-Z0-9]{1,64}$/.test(rest) && (batch.length === undefined || username.length === batch.length);
}

/** The membership rule as the state file at `statePath` records it for the server at `serverUrl`. */
export async function loadMembership(statePath: string, serverUrl: string, declared: readonly Batch[] = []): Promise<Membership> {
  const state = await loadState(statePath);
  return membershipOf(findServerState(state.file, serverUrl), declared);
}
