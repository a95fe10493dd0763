// Diff of a whole site: desired × live × state → Plan (for people and saved plans) + statements
// (for apply). Pure: the caller passes the clock in (`now`, `createdAt`). Order: accounts by
// username, then batches by prefix.
import type { Account } from "@hotspot-iac/core";
import type { CreateAccountStatement, DeleteAccountStatement, Statement } from "./statements.js";
import { type DesiredSite, desiredCount, ownerOf } from "../plan/desired.js";
import { type Change, Impact, type Plan, type PlanDiagnostic } from "../plan/model.js";
import { summarize } from "../plan/summary.js";
import type { Membership } from "../plan/members.js";
import type { LiveState } from "../read/live-state.js";
import { checkSafety, type SafetyThresholds } from "../safety/thresholds.js";
import type { ServerState } from "../state/state-file.js";
import { diffAccount } from "./account.js";
import type { DiffContext } from "./context.js";
import { diffBatch, diffDroppedBatch, expiringBatch } from "./batch.js";
import { type ExpiryTarget, expiredOnArrival } from "./expired.js";
import { findRenames } from "./renames.js";
import type { ResolvedPricePlans } from "./price-plans.js";

export interface SiteDiffInput {
  desired: DesiredSite;
  live: LiveState;
  state: ServerState | undefined;
  /** The configuration's price-plan references, resolved against the server's price plans. */
  pricePlans: ResolvedPricePlans;
  ctx: DiffContext;
  thresholds: SafetyThresholds;
  force?: boolean;
  /** The server's wall-clock now (expiries, a grow's relative dates). */
  now: Date;
  /** When the plan is made (ISO, UTC): the plan's `createdAt`. */
  createdAt: string;
  /** Why write-only values are unknown, for the warning (e.g. "no state file at .hotspot/state.json"). */
  unknownBecause: string;
  /** Prefixes of batches this tool created (state file): dropped from the configuration, they are deleted as batches. */
  createdBatches?: string[];
  /**
   * Whether this state file created, imported or adopted the account (`batch`: the dropped batch
   * it would be deleted with). Deletes of others are takeovers: refused unless `allowTakeover`.
   * Absent: every owned account counts as known.
   */
  knows?: (username: string, batch?: string) => boolean;
  /**
   * Whether the state file proves `username` a member of the declared batch `prefix`
   * (plan/members.ts). Others under the prefix are strangers: a takeover. Absent: every account
   * under the prefix is a member (one batch without a state file, the provider's).
   */
  isMember?: Membership;
  allowTakeover?: boolean;
}

export interface SiteDiff {
  plan: Plan;
  statements: Statement[];
}

/** What the steps of diffSite build up, in the plan's order. */
interface SiteWork {
  changes: Change[];
  statements: Statement[];
  diagnostics: PlanDiagnostic[];
  /** Accounts touched (a batch growing by 50 counts 50 creates): the plan's summary line. */
  accounts: { create: number; update: number; delete: number };
  /**
   * Updates that only finish an interrupted apply's owed work: counted in the plan, not by safety
   * (the interrupted apply was already reviewed; refusing it would leave the server half-done).
   */
  resumed: number;
  /** Accounts and batches created, or moved to a declared expiry: one that is already past is refused. */
  expiring: ExpiryTarget[];
  /** Owned accounts this state file never knew that the plan deletes. */
  takeovers: string[];
}

export function diffSite(input: SiteDiffInput): SiteDiff {
  const { desired: d, live } = input;
  const work: SiteWork = {
    changes: [],
    statements: [],
    diagnostics: [...input.pricePlans.diagnostics],
    accounts: { create: 0, update: 0, delete: 0 },
    resumed: 0,
    expiring: [],
    takeovers: [],
  };
  const unknownAccounts = diffDeclaredAccounts(input, work);
  const { membersByBatch, strangers, orphans } = sortOwned(input);
  const { droppedMembers, singles } = byDroppedBatch(orphans, d, input.createdBatches ?? []);
  deleteDroppedBatches(droppedMembers, input, work);
  deleteUndeclared(singles, input, work);
  const unknownBatches = diffDeclaredBatches(membersByBatch, strangers, input, work);
  const { diagnostics } = work;
  diagnostics.push(...writeOnlyUnknownDiagnostics(unknownAccounts, unknownBatches, input));
  diagnostics.push(...takeoverDiagnostics(work.takeovers, input));
  diagnostics.push(...vanishedDiagnostics(live.vanished, d.name));
  diagnostics.push(...expiredOnArrival(work.expiring, input.now, { force: input.force, site: d.name }));
  diagnostics.push(
    ...checkSafety(
      { owned: live.owned.size, updates: work.accounts.update - work.resumed, deletes: work.accounts.delete, desired: desiredCount(d) },
      input.thresholds,
      d.name,
      input.force === true,
    ),
  );

  const { changes } = work;
  return {
    plan: {
      formatVersion: 1,
      createdAt: input.createdAt,
      changes,
      diagnostics,
      summary: summarize(changes),
      severity: changes.reduce((w, c) => Math.max(w, c.impact), Impact.NoChange) as Impact,
      site: d.name,
      server: live.server,
      ownedCount: live.owned.size,
      accounts: work.accounts,
    },
    statements: work.statements,
  };
}

/** Declared accounts, by username: create, update, adopt (write-only values recorded) or nothing. Returns how many have write-only values assumed in sync. */
function diffDeclaredAccounts(input: SiteDiffInput, work: SiteWork): number {
  const { desired: d, live, state, ctx } = input;
  let unknownAccounts = 0;
  for (const username of [...d.accounts.keys()].sort()) {
    const account = d.accounts.get(username)!;
    const r = diffAccount(account, live.owned.get(username), state?.accounts[username], ctx);
    work.changes.push(r.change);
    const pricePlanId = account.plan !== undefined ? input.pricePlans.ids.get(account.plan) : undefined;
    if (r.change.action === "create" || r.updateFields.includes("expires")) {
      work.expiring.push({ what: `account ${JSON.stringify(username)}`, expires: account.expires, action: r.change.action === "create" ? "create" : "update", source: account.source });
    }
    if (r.change.action === "create") {
      work.statements.push({ kind: "create-account", change: r.change, username, pricePlanId, writeOnly: r.writeOnly });
      work.accounts.create++;
    } else if (r.change.action === "update") {
      work.statements.push({ kind: "update-account", change: r.change, username, pricePlanId, fields: r.updateFields, ...(r.implied ? { implied: r.implied } : {}), writeOnly: r.writeOnly, adoptWriteOnly: r.writeOnlyUnknown.length > 0 });
      work.accounts.update++;
      if (r.resumesInterrupted) work.resumed++;
    } else if (r.writeOnlyUnknown.length > 0) {
      work.statements.push({ kind: "adopt-account", username, writeOnly: r.writeOnly });
    }
    if (r.writeOnlyUnknown.length > 0) unknownAccounts++;
  }
  return unknownAccounts;
}

/**
 * Owned accounts that are not declared by name: batch members (by batch prefix), and orphans (under
 * an ownership prefix only), which are deleted. Accounts under a batch's prefix that the state file
 * does not prove are its members are strangers: counted as members only with a takeover
 * (plan/members.ts).
 */
function sortOwned(input: SiteDiffInput): { membersByBatch: Map<string, Account[]>; strangers: Map<string, string[]>; orphans: string[] } {
  const membersByBatch = new Map<string, Account[]>();
  const strangers = new Map<string, string[]>();
  const orphans: string[] = [];
  for (const [username, a] of input.live.owned) {
    const owner = ownerOf(input.desired, username);
    if (!owner || owner.kind === "declared") continue;
    if (owner.kind === "batch") {
      const prefix = owner.batch.prefix;
      const list = membersByBatch.get(prefix) ?? [];
      list.push(a);
      membersByBatch.set(prefix, list);
      if (input.isMember && !input.isMember(prefix, username)) {
        const s = strangers.get(prefix) ?? [];
        s.push(username);
        strangers.set(prefix, s);
      }
    } else {
      orphans.push(username);
    }
  }
  orphans.sort();
  return { membersByBatch, strangers, orphans };
}

/**
 * Orphans that were members of a batch this tool created and the configuration no longer declares
 * (still owned through an ownership prefix), by that batch: deleted as a shrink to zero rather than
 * a delete per voucher. The rest are `singles`, deleted one by one.
 */
function byDroppedBatch(orphans: readonly string[], d: DesiredSite, createdBatches: readonly string[]): { droppedMembers: Map<string, string[]>; singles: string[] } {
  const declaredPrefixes = new Set(d.batches.map((b) => b.prefix));
  const dropped = createdBatches.filter((p) => !declaredPrefixes.has(p)).sort((a, b) => b.length - a.length);
  const droppedMembers = new Map<string, string[]>();
  const singles: string[] = [];
  for (const username of orphans) {
    const p = dropped.find((x) => username.startsWith(x));
    if (p === undefined) {
      singles.push(username);
      continue;
    }
    const names = droppedMembers.get(p);
    if (names) names.push(username);
    else droppedMembers.set(p, [username]);
  }
  return { droppedMembers, singles };
}

/** Whether deleting `username` takes over an account the state file never knew (recorded in `work.takeovers`). */
function isTakeover(input: SiteDiffInput, work: SiteWork, username: string, batch?: string): boolean {
  if (!input.knows || input.knows(username, batch)) return false;
  work.takeovers.push(username);
  return true;
}

/** Dropped batches, by prefix: a shrink to zero each. */
function deleteDroppedBatches(droppedMembers: ReadonlyMap<string, string[]>, input: SiteDiffInput, work: SiteWork): void {
  for (const [prefix, names] of [...droppedMembers].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const taken = names.filter((n) => isTakeover(input, work, n, prefix)).length;
    const r = diffDroppedBatch(
      prefix,
      names.map((n) => input.live.owned.get(n)!),
      input.ctx,
      { force: input.force, reason: "created by this tool, no longer declared, and still under an ownership prefix", takeoverMembers: taken },
    );
    work.changes.push(r.statement.change);
    work.statements.push(r.statement);
    work.diagnostics.push(...r.diagnostics);
    work.accounts.delete += r.statement.remove.length + (input.force ? r.statement.inUseBlocked.length : 0);
  }
}

/** Owned accounts neither declared nor a batch's: deleted one by one, renames marked. */
function deleteUndeclared(singles: readonly string[], input: SiteDiffInput, work: SiteWork): void {
  const { desired: d, live, state, ctx } = input;
  const deletes: DeleteAccountStatement[] = [];
  for (const username of singles) {
    const owner = ownerOf(d, username);
    const reason = owner?.kind === "prefix" ? `under ownership prefix ${JSON.stringify(owner.prefix)} and not declared` : "owned and not declared";
    const r = diffAccount(undefined, live.owned.get(username), state?.accounts[username], ctx, reason);
    if (isTakeover(input, work, username)) r.change.takeover = true;
    work.changes.push(r.change);
    const statement: DeleteAccountStatement = { kind: "delete-account", change: r.change, username };
    deletes.push(statement);
    work.statements.push(statement);
    work.accounts.delete++;
  }
  markRenames(deletes, work.statements, d, live);
}

/** Declared batches, by prefix: grow, shrink, member updates; strangers under a prefix refused or adopted. Returns how many have write-only values assumed in sync. */
function diffDeclaredBatches(membersByBatch: ReadonlyMap<string, Account[]>, strangers: ReadonlyMap<string, string[]>, input: SiteDiffInput, work: SiteWork): number {
  const { desired: d, state, ctx } = input;
  let unknownBatches = 0;
  for (const batch of [...d.batches].sort((a, b) => (a.prefix < b.prefix ? -1 : 1))) {
    const members = membersByBatch.get(batch.prefix) ?? [];
    const r = diffBatch(batch, members, state?.batches[batch.prefix], ctx, { force: input.force, now: input.now });
    const foreignMembers = (strangers.get(batch.prefix) ?? []).sort();
    if (foreignMembers.length > 0) {
      r.statement.change.takeoverMembers = foreignMembers.length;
      work.diagnostics.push(strangersDiagnostic(batch.prefix, foreignMembers, d.name, input.allowTakeover === true));
    }
    work.changes.push(r.statement.change);
    work.diagnostics.push(...r.diagnostics);
    if (r.writeOnlyUnknown) unknownBatches++;
    if (r.statement.change.action !== "no-op" || r.statement.adoptWriteOnly) work.statements.push(r.statement);
    work.accounts.create += r.statement.grow?.count ?? 0;
    work.accounts.update += r.statement.memberUpdates.length;
    work.resumed += r.resumedMembers;
    const expiring = expiringBatch(batch, r.statement);
    if (expiring) work.expiring.push(expiring);
    work.accounts.delete += r.statement.remove.length + (input.force ? r.statement.inUseBlocked.length : 0);
  }
  return unknownBatches;
}

/** The warning for write-only values assumed in sync, once for the site. */
function writeOnlyUnknownDiagnostics(unknownAccounts: number, unknownBatches: number, input: SiteDiffInput): PlanDiagnostic[] {
  if (unknownAccounts + unknownBatches === 0) return [];
  const what = [unknownAccounts > 0 ? `${unknownAccounts} account(s)` : "", unknownBatches > 0 ? `${unknownBatches} batch(es)` : ""].filter(Boolean).join(" and ");
  return [
    {
      severity: "warning",
      code: "write-only-unknown",
      site: input.desired.name,
      message: `${what} declare write-only fields (type, customer, card, multilogin, ...) that the server does not report, and ${input.unknownBecause}: they are assumed to match and the next apply records them as applied; use --resend-write-only to send them instead`,
    },
  ];
}

/** Deletes of accounts this state file never knew: refused, or a warning when takeovers are allowed. */
function takeoverDiagnostics(takeovers: string[], input: SiteDiffInput): PlanDiagnostic[] {
  if (takeovers.length === 0) return [];
  takeovers.sort();
  const site = input.desired.name;
  const what = `${takeovers.length} owned account(s) that this state file never created, imported or adopted (e.g. ${JSON.stringify(takeovers[0])})`;
  return [
    input.allowTakeover
      ? { severity: "warning", code: "takeover", site, message: `deleting ${what} (takeover allowed)` }
      : {
          severity: "error",
          code: "takeover",
          site,
          message: `the plan would delete ${what}: refusing to take them over; declare them, record them with hotspot import, or use --allow-takeover (ownership.allowTakeover: true)`,
        },
  ];
}

/** Accounts this checkout knew that are gone from the server: planned again, with a warning. */
function vanishedDiagnostics(vanished: readonly string[] | undefined, site: string): PlanDiagnostic[] {
  if (!vanished || vanished.length === 0) return [];
  const v = vanished;
  return [
    {
      severity: "warning",
      code: "known-account-gone",
      site,
      message: `${v.length} account(s) this checkout created or adopted are gone from the server (deleted outside this tool?): ${v.slice(0, 5).map((n) => JSON.stringify(n)).join(", ")}${v.length > 5 ? ", ..." : ""}; planned again as missing`,
    },
  ];
}

/** A delete and a create that look like a rename: noted on both, and the delete waits for the create. */
function markRenames(deletes: readonly DeleteAccountStatement[], statements: readonly Statement[], d: DesiredSite, live: LiveState): void {
  const creates = statements.filter((s): s is CreateAccountStatement => s.kind === "create-account");
  const renames = findRenames(
    deletes.flatMap((s) => (live.owned.has(s.username) ? [{ username: s.username, live: live.owned.get(s.username)! }] : [])),
    creates.map((s) => ({ account: d.accounts.get(s.username)!, planId: s.pricePlanId })),
  );
  for (const rename of renames) {
    const del = deletes.find((s) => s.username === rename.from)!;
    del.change.rename = rename;
    del.replacedBy = rename.to;
    creates.find((s) => s.username === rename.to)!.change.rename = rename;
  }
}

/** Accounts under a declared batch's prefix that its state never made: refused, or adopted when allowed. */
function strangersDiagnostic(prefix: string, names: readonly string[], site: string, allowed: boolean): PlanDiagnostic {
  const what = `${names.length} account(s) under the prefix of batch ${JSON.stringify(prefix)} that this state file never created, imported or adopted (e.g. ${JSON.stringify(names[0])})`;
  return allowed
    ? { severity: "warning", code: "takeover", site, message: `adopting ${what} as its members (takeover allowed)` }
    : {
        severity: "error",
        code: "takeover",
        site,
        message: `${what} would count as its members: refusing to take them over; declare them under accounts:, record them with hotspot import, or use --allow-takeover (ownership.allowTakeover: true) to adopt them as members`,
      };
}
