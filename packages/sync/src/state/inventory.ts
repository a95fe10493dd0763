// What a state records, for people (`hotspot state list` / `show`): servers, sites, names and
// which fields are recorded or owed. Never a hash, a key check or the salt: those are the state's
// business, and a hash is what an offline guesser would start from.
import type { LoadedState } from "./state-file.js";

export interface StateSummary {
  /** The server's canonical identity. */
  server: string;
  site?: string;
  lastAppliedAt?: string;
  accounts: number;
  batches: number;
  /** Batch members recorded, all batches together. */
  members: number;
  /** Accounts and members owed fields by an interrupted write. */
  owed: number;
}

export interface StateAccountRecord {
  name: string;
  /** created: by this tool; adopted: found and taken over; creating: written ahead, not confirmed. */
  origin: "created" | "adopted" | "creating" | "updated";
  /** Write-only fields whose last sent value is recorded (as a keyed hash, not shown). */
  recorded: string[];
  owed: string[];
}

export interface StateBatchRecord {
  prefix: string;
  created: boolean;
  members: string[];
  recorded: string[];
  pendingMembers: string[];
  /** Member → fields owed. */
  owedMembers: Record<string, string[]>;
  growing?: string[];
}

export interface StateServerRecord extends StateSummary {
  imported: string[];
  accountRecords: StateAccountRecord[];
  batchRecords: StateBatchRecord[];
}

export interface StateInventory {
  location: string;
  existed: boolean;
  serial: number;
  servers: StateServerRecord[];
}

const sorted = (names: Iterable<string>) => [...names].sort();

export function stateInventory(state: LoadedState): StateInventory {
  const servers: StateServerRecord[] = [];
  for (const id of sorted(Object.keys(state.file.servers))) {
    const s = state.file.servers[id]!;
    const accountRecords: StateAccountRecord[] = sorted(Object.keys(s.accounts)).map((name) => {
      const a = s.accounts[name]!;
      return {
        name,
        origin: a.creating ? "creating" : a.created ? "created" : a.adopted ? "adopted" : "updated",
        recorded: sorted(Object.keys(a.writeOnly)),
        owed: sorted(a.owed ?? []),
      };
    });
    const batchRecords: StateBatchRecord[] = sorted(Object.keys(s.batches)).map((prefix) => {
      const b = s.batches[prefix]!;
      const owedMembers: Record<string, string[]> = {};
      for (const m of sorted(Object.keys(b.owedMembers ?? {}))) owedMembers[m] = sorted(b.owedMembers![m]!);
      return {
        prefix,
        created: b.created === true,
        members: sorted(b.members ?? []),
        recorded: sorted(Object.keys(b.writeOnly)),
        pendingMembers: sorted(b.pendingMembers ?? []),
        owedMembers,
        ...(b.growing ? { growing: sorted(b.growing.fields) } : {}),
      };
    });
    servers.push({
      server: id,
      ...(s.site !== undefined ? { site: s.site } : {}),
      ...(s.lastAppliedAt !== undefined ? { lastAppliedAt: s.lastAppliedAt } : {}),
      accounts: accountRecords.length,
      batches: batchRecords.length,
      members: batchRecords.reduce((n, b) => n + b.members.length, 0),
      owed: accountRecords.filter((a) => a.owed.length > 0).length + batchRecords.reduce((n, b) => n + Object.keys(b.owedMembers).length, 0),
      imported: sorted(s.imported ?? []),
      accountRecords,
      batchRecords,
    });
  }
  return { location: state.path, existed: state.existed, serial: state.file.serial ?? 0, servers };
}
