// Members of a voucher batch: their numbering (prefix + counter, no
// padding), a stable order, and which to remove when the batch shrinks:
// unused before in use, then from the end of that order (highest counter
// first; ticket codes, which have no counter and no age, before numbered
// members, by name from the end). Numbering and "in use" are the sync
// engine's rules; this removal order and nextNumber are the provider's own
// and differ from the engine's (sync diff/batch.ts).
import type { Account } from "@hotspot-iac/core";
import { inUse, memberNumber as syncMemberNumber } from "@hotspot-iac/sync";

export function memberNumber(prefix: string, username: string): number | undefined {
  return username.startsWith(prefix) ? syncMemberNumber(prefix, username) : undefined;
}

/**
 * The counter after the highest numbered member, or `start` when no member is
 * numbered. Once members exist `start` is ignored (the engine continues at
 * max(start, highest + 1)).
 */
export function nextNumber(prefix: string, usernames: readonly string[], start: number): number {
  const numbers = usernames.map((u) => memberNumber(prefix, u)).filter((n): n is number => n !== undefined);
  return numbers.length === 0 ? start : Math.max(...numbers) + 1;
}

/** Members in a stable order: numbered ones by number, others (ticket codes) by name. */
export function sortMembers(prefix: string, usernames: readonly string[]): string[] {
  return [...usernames].sort((a, b) => {
    const na = memberNumber(prefix, a);
    const nb = memberNumber(prefix, b);
    if (na !== undefined && nb !== undefined) return na - nb;
    if (na !== undefined) return -1;
    if (nb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

export interface ShrinkChoice {
  /** Every member to delete, the in-use ones included. */
  remove: string[];
  /** In-use members that would have to go too (only removed with force). */
  inUse: string[];
}

/**
 * Members to remove to reach `count`: unused ones first (one the server no
 * longer has counts as unused), each group from the end of sortMembers'
 * order; in-use ones only when the unused do not suffice.
 */
export function chooseRemovals(prefix: string, members: readonly string[], live: ReadonlyMap<string, Account>, count: number): ShrinkChoice {
  const excess = members.length - count;
  if (excess <= 0) return { remove: [], inUse: [] };
  const newestFirst = sortMembers(prefix, members).reverse();
  // A member the server no longer has costs nothing to drop.
  const unused = newestFirst.filter((u) => {
    const a = live.get(u);
    return a === undefined || !inUse(a);
  });
  const used = newestFirst.filter((u) => !unused.includes(u));
  const remove = unused.slice(0, excess);
  const needUsed = used.slice(0, excess - remove.length);
  return { remove: [...remove, ...needUsed], inUse: needUsed };
}
