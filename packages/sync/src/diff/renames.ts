// A deleted account and a created one that look like a rename (`staff-housekeeping` → `staff-hk`):
// the created account has the deleted one's password, or all of its declared settings. Only a
// note for the reviewer (and apply keeps the old account when the new one could not be created);
// pairs are one to one, so a plan creating many accounts with one plan names no rename at all.
import { type Account, accountField, type DesiredAccount, diffEnforced, fieldValue } from "@hotspot-iac/core";

export interface Rename {
  from: string;
  to: string;
  /** What makes it look like one: the same password, or the same settings (password aside). */
  same: "password" | "settings";
}

/** Beyond this many delete × create comparisons no rename is looked for (a note is not worth it). */
const MAX_COMPARISONS = 100_000;

export function findRenames(
  deleted: ReadonlyArray<{ username: string; live: Account }>,
  created: ReadonlyArray<{ account: DesiredAccount; planId: number | undefined }>,
): Rename[] {
  if (deleted.length === 0 || created.length === 0 || deleted.length * created.length > MAX_COMPARISONS) return [];
  const candidates = new Map<string, Rename[]>();
  const byCreate = new Map<string, number>();
  for (const d of deleted) {
    const found: Rename[] = [];
    for (const c of created) {
      const same = alike(c.account, d.live, c.planId);
      if (same) found.push({ from: d.username, to: c.account.username, same });
    }
    // The strongest likeness wins: one account with the same password beats others with the same settings.
    const best = found.some((r) => r.same === "password") ? found.filter((r) => r.same === "password") : found;
    candidates.set(d.username, best);
    for (const r of best) byCreate.set(r.to, (byCreate.get(r.to) ?? 0) + 1);
  }
  const out: Rename[] = [];
  for (const list of candidates.values()) {
    if (list.length === 1 && byCreate.get(list[0]!.to) === 1) out.push(list[0]!);
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : 1));
}

const PASSWORD = accountField("password");

function alike(account: DesiredAccount, live: Account, planId: number | undefined): Rename["same"] | undefined {
  // Compared in memory by the catalogue's own comparison; neither value leaves it.
  const password = fieldValue(account, "password");
  const declared = password === undefined ? undefined : PASSWORD.compare?.(password as never, {});
  if (declared !== undefined && declared === PASSWORD.read?.(live)) return "password";
  // Settings alike only where there are some to compare (a price plan at least).
  if (fieldValue(account, "plan") === undefined) return undefined;
  return diffEnforced(account, live, { planId }).every((d) => d.field.name === "password") ? "settings" : undefined;
}
