// One voucher batch on its own, for the Terraform provider (a resource manages one batch, with no
// configuration file or state file around it): the engine's read and diff rules applied to a
// site that declares only this batch. Members are the accounts under the prefix; the read is
// one getaccountlist plus viewaccount only where a list entry lacks what the diff needs; growth
// numbering, removal order and per-member corrections are diffBatch's.
import { type Account, type Batch, type HotSpotClient, SAFETY_DEFAULTS, type Site } from "@hotspot-iac/core";
import type { DiffContext } from "./diff/context.js";
import { diffBatch } from "./diff/batch.js";
import type { DesiredSite } from "./plan/desired.js";
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
}

/** What converging the batch takes, decided by the engine's diffBatch (no state file: write-only settings are not re-sent). */
export function batchChanges(batch: Batch, members: Iterable<Account>, opts: { pricePlanId?: number; force?: boolean; now: Date }): BatchChanges {
  const pricePlanIds = new Map<string, number>(batch.plan !== undefined && opts.pricePlanId !== undefined ? [[batch.plan, opts.pricePlanId]] : []);
  const ctx: DiffContext = {
    site: SITE,
    pricePlanIds,
    pricePlanNames: new Map([...pricePlanIds].map(([k, v]) => [v, k])),
    hasher: createHasher("00", undefined),
    stateKnown: false,
    writeOnly: "assume",
  };
  const { statement } = diffBatch(batch, [...members], undefined, ctx, { force: opts.force, now: opts.now });
  const grow = statement.grow;
  return {
    ...(grow ? { grow: { count: grow.count, startNumber: grow.startNumber, memberUpdateFields: grow.memberUpdateFields } } : {}),
    remove: statement.remove,
    inUseBlocked: statement.inUseBlocked,
    memberUpdates: statement.memberUpdates,
  };
}
