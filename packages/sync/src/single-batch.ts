// One voucher batch on its own, for the Terraform provider (a resource manages one batch, with no
// configuration file or state file around it): the engine's read and diff rules applied to a
// site that declares only this batch. The read is one getaccountlist plus viewaccount only where
// a list entry lacks what the diff needs; which of the accounts under the prefix are members is
// the caller's evidence (the provider's state, as the CLI's state file: plan/members.ts); growth
// numbering, removal order, per-member corrections and the forceable refusals (members in use,
// expired on arrival) are diffBatch's and the site diff's.
import { type Account, type Batch, type HotSpotClient, SAFETY_DEFAULTS, type Site } from "@hotspot-iac/core";
import { membersToRemove, numberedNames } from "./apply/batch.js";
import type { DiffContext } from "./diff/context.js";
import { diffBatch, diffDroppedBatch, expiringBatch, memberNumber } from "./diff/batch.js";
import { expiredOnArrival } from "./diff/expired.js";
import type { DesiredSite } from "./plan/desired.js";
import type { PlanDiagnostic } from "./plan/model.js";
import { readLive } from "./read/introspect.js";
import { createHasher } from "./state/hash.js";

const SITE = "terraform";

function siteOf(batch: Batch): DesiredSite {
  const site: Site = {
    name: SITE,
    server: { safety: { ...SAFETY_DEFAULTS } },
    ownership: { prefixes: [] },
    pricePlans: Object.create(null),
    defaults: {},
    accounts: [],
    batches: [batch],
  };
  return { site, name: SITE, accounts: new Map(), batches: [batch], prefixes: [] };
}

/**
 * The batch's members as the server holds them, by username. A batch with `count` below the
 * members listed is shrinking: members are then viewed for their usage too (removal order).
 */
export async function readBatchMembers(
  client: HotSpotClient,
  batch: Batch,
  opts: { concurrency: number; now: () => Date },
): Promise<Map<string, Account>> {
  const live = await readLive(client, siteOf(batch), { appliedBefore: false, concurrency: opts.concurrency, serverKey: SITE, now: opts.now });
  return live.owned;
}

export interface BatchChanges {
  /** Members to add, from `startNumber` (numbered batches), and the fields each new member needs set afterwards. */
  grow?: { count: number; startNumber: number; memberUpdateFields: string[] };
  /** Members to delete, in the engine's order: unused first, highest number first. */
  remove: string[];
  /** Members in use the shrink would need (deleted only with force). */
  inUseBlocked: string[];
  /** Staying members whose enforced settings differ from the batch's, with the fields to send. */
  memberUpdates: Array<{ username: string; fields: string[] }>;
  /** The engine's refusals (errors unless forced) and warnings, worded for `forceName`. */
  diagnostics: Array<{ severity: "error" | "warning"; code: string; message: string }>;
}

export interface BatchChangeOptions {
  pricePlanId?: number;
  force?: boolean;
  now: Date;
  /** Names under the prefix that are not members (strangers): never counted, numbering continues past them. */
  taken?: Iterable<string>;
  /** How a refusal says to force it (default `--force`). */
  forceName?: string;
}

/** The diff's context for one batch: no state file, so write-only settings are assumed in sync, never re-sent. */
function contextOf(pricePlanIds: ReadonlyMap<string, number>, forceName: string | undefined): DiffContext {
  return {
    site: SITE,
    pricePlanIds,
    pricePlanNames: new Map([...pricePlanIds].map(([k, v]) => [v, k])),
    hasher: createHasher("00", undefined),
    stateKnown: false,
    writeOnly: "assume",
    ...(forceName !== undefined ? { forceName } : {}),
  };
}

const diagnosticsOf = (list: readonly PlanDiagnostic[]): BatchChanges["diagnostics"] =>
  list.map((d) => ({ severity: d.severity === "error" ? "error" : "warning", code: d.code ?? "", message: d.message }));

/** What converging the batch takes, decided by the engine's diffBatch (no state file: write-only settings are not re-sent). */
export function batchChanges(batch: Batch, members: Iterable<Account>, opts: BatchChangeOptions): BatchChanges {
  const pricePlanIds = new Map<string, number>(batch.plan !== undefined && opts.pricePlanId !== undefined ? [[batch.plan, opts.pricePlanId]] : []);
  const ctx = contextOf(pricePlanIds, opts.forceName);
  const { statement, diagnostics } = diffBatch(batch, [...members], undefined, ctx, { force: opts.force, now: opts.now, taken: opts.taken });
  const expiring = expiringBatch(batch, statement);
  const refusals = [...diagnostics, ...(expiring ? expiredOnArrival([expiring], opts.now, { force: opts.force, site: SITE, forceName: opts.forceName }) : [])];
  const grow = statement.grow;
  return {
    ...(grow ? { grow: { count: grow.count, startNumber: grow.startNumber, memberUpdateFields: grow.memberUpdateFields } } : {}),
    remove: statement.remove,
    inUseBlocked: statement.inUseBlocked,
    memberUpdates: statement.memberUpdates,
    diagnostics: diagnosticsOf(refusals),
  };
}

/**
 * Removing the whole batch (the provider's destroy): the engine's rule for a batch no longer
 * declared (diffDroppedBatch), members in use kept unless forced, in its removal order.
 */
export function batchRemoval(prefix: string, members: Iterable<Account>, opts: { force?: boolean; forceName?: string }): Pick<BatchChanges, "remove" | "inUseBlocked" | "diagnostics"> {
  const { statement, diagnostics } = diffDroppedBatch(prefix, [...members], contextOf(new Map(), opts.forceName), { force: opts.force, reason: "destroyed", takeoverMembers: 0 });
  return { remove: statement.remove, inUseBlocked: statement.inUseBlocked, diagnostics: diagnosticsOf(diagnostics) };
}

/**
 * The members once the changes are applied, in the engine's member order (numbered by number,
 * others by name): those staying (the removal choice is diffBatch's) and, for a numbered batch,
 * the names its grow makes. Undefined where they cannot be known before apply (ticket codes).
 */
export function membersAfter(batch: Batch, members: Iterable<string>, changes: Pick<BatchChanges, "grow" | "remove" | "inUseBlocked">, force: boolean | undefined): string[] | undefined {
  if (changes.grow && batch.type === "ticket") return undefined;
  const going = new Set(membersToRemove(changes, force));
  const after = [...members].filter((u) => !going.has(u));
  if (changes.grow) after.push(...numberedNames(batch.prefix, changes.grow.startNumber, changes.grow.count));
  return sortMembers(batch.prefix, after);
}

/** Members in a stable order: numbered ones by number (the engine's numbering), others (ticket codes) by name. */
export function sortMembers(prefix: string, usernames: Iterable<string>): string[] {
  const key = (u: string) => (u.startsWith(prefix) ? memberNumber(prefix, u) : undefined);
  return [...usernames].sort((a, b) => {
    const na = key(a);
    const nb = key(b);
    if (na !== undefined && nb !== undefined) return na - nb;
    if (na !== undefined) return -1;
    if (nb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
