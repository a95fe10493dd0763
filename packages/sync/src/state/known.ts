// What this checkout knows exists on a server: accounts it created, adopted (declared and found)
// or imported, and the members of its batches. Two uses: names the server's list leaves out are
// looked up before anything is planned in their place (read stage), and deleting an owned
// account it does not know is a takeover, refused unless allowed (octoDNS's allow_takeover).
import type { Batch } from "@hotspot-iac/core";
import type { ApplyResult } from "../apply/events.js";
import { membershipOf } from "../plan/members.js";
import { type DesiredSite, ownerOf } from "../plan/desired.js";
import type { LiveState } from "../read/live-state.js";
import type { ServerState } from "./state-file.js";

/** Every name the section knows: accounts, then batch members. */
export function* knownNames(server: ServerState | undefined): Generator<string> {
  if (!server) return;
  // An account written ahead of its create (`creating`) may never have reached the server: not
  // known to exist, so its absence from the list says nothing about the list.
  for (const [name, a] of Object.entries(server.accounts)) if (!a.creating) yield name;
  if (server.imported) yield* server.imported;
  for (const b of Object.values(server.batches)) if (b.members) yield* b.members;
}

/** `knows(username, batch?)` for the diff; the member set is built only if a delete asks. */
export function knowsOf(server: ServerState | undefined, declared: readonly Batch[] = []): (username: string, batch?: string) => boolean {
  const member = membershipOf(server, declared);
  let others: Set<string> | undefined;
  return (username, batch) => {
    if (!server) return false;
    if (server.accounts[username]) return true;
    // A member of the (dropped) batch it is deleted with, as plan/members.ts proves it.
    if (batch !== undefined && member(batch, username)) return true;
    others ??= new Set([...(server.imported ?? []), ...Object.values(server.batches).flatMap((b) => b.members ?? [])]);
    return others.has(username);
  };
}

/**
 * After an apply: declared accounts now on the server get an entry (adopted, unless created), and
 * each declared batch records its members (listed before, minus deleted, plus created). Accounts
 * whose change failed are left as they were.
 */
export function recordKnown(server: ServerState, d: DesiredSite, live: LiveState, result: ApplyResult): void {
  const failed = new Set<string>();
  const created = new Map<string, string[]>();
  const deleted = new Set<string>();
  for (const o of [...result.done, ...result.failed]) {
    if (o.change.resource === "account" && !o.ok) failed.add(o.change.username);
    if (o.change.resource === "batch") {
      const list = created.get(o.change.prefix) ?? [];
      list.push(...o.created);
      created.set(o.change.prefix, list);
    }
    for (const u of [...o.deleted, ...(o.alreadyGone ?? [])]) deleted.add(u);
  }
  for (const c of result.skipped) if (c.resource === "account") failed.add(c.username);

  for (const [username] of d.accounts) {
    if (server.accounts[username] || failed.has(username) || !live.owned.has(username)) continue;
    server.accounts[username] = { adopted: true, writeOnly: {} };
  }
  const members = new Map<string, string[]>(d.batches.map((b) => [b.prefix, created.get(b.prefix) ?? []]));
  for (const username of live.owned.keys()) {
    const owner = ownerOf(d, username);
    if (owner?.kind === "batch" && !deleted.has(username)) members.get(owner.batch.prefix)!.push(username);
  }
  const recorded = new Set<string>();
  for (const [prefix, names] of members) {
    const list = [...new Set(names)].sort();
    for (const n of list) recorded.add(n);
    const entry = server.batches[prefix];
    if (entry) entry.members = list;
    else if (list.length > 0) server.batches[prefix] = { writeOnly: {}, members: list };
  }
  // Imported names now recorded (or deleted) need no separate list.
  if (server.imported) {
    const left = server.imported.filter((n) => !deleted.has(n) && !server.accounts[n] && !recorded.has(n));
    server.imported = left.length > 0 ? left : undefined;
  }
}

/** `hotspot import`: the names it wrote into the configuration become known to this state file. */
export function recordImported(server: ServerState, usernames: readonly string[]): void {
  server.imported = [...new Set([...(server.imported ?? []), ...usernames])].sort();
}
