// hotspot_voucher_batch: `member_count` members named prefix + counter (tickets:
// prefix + random code). Members are the usernames this resource's state records (the state
// proves membership, as the CLI's state file does: sync's plan/members.ts); other accounts under
// the prefix are strangers, never counted, deleted or listed, and only `import` adopts them.
// What to do is the sync engine's decision for this one batch (readBatchMembers, batchChanges:
// the read, the numbering, the removal order, the members to correct, the forceable refusals;
// membersAfter: the members once applied, which the plan shows); the writes are its building
// blocks in its order (convergeBatch: updateMembers, shrinkBatch, growBatch with growParameters),
// which resolve lost answers without duplicating members. This file maps those to terraform's
// plan, apply, refresh and import.
import { type Account, BATCH_FIELDS, type Batch, effectiveClass, liveView, memberAccount, batchAttributeName } from "@hotspot-iac/core";
import {
  type BatchChanges,
  batchChanges,
  batchRemoval,
  convergeBatch,
  declaredChanges,
  growBatch,
  growParameters,
  membersAfter,
  membersToRemove,
  memberNumber,
  readAccount,
  readBatchMembers,
  shrinkBatch,
  sortMembers,
  updateMembers,
} from "@hotspot-iac/sync";
import { DiagnosticError, type Diagnostics } from "../framework/diagnostics.js";
import { type OperationContext, PartialStateError, type ResourceType } from "../framework/types.js";
import type { Schema } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { containsUnknown, isUnknown, type ObjectValue, unknown, type Value } from "../values/value.js";
import { attributeValue } from "./account-fields.js";
import { BATCH_CONFIG_ATTRIBUTES, desiredBatch, ENFORCE_ATTRIBUTE, memberField, setSettingAttribute } from "./batch-fields.js";
import type { HotspotContext } from "./client.js";
import { fillPlanRef, planIdToSend, planPlanRef, validatePlanRef } from "./price-plans.js";
import { toNumber } from "./units.js";

type Ctx = OperationContext<HotspotContext>;

export const batchSchema: Schema = {
  // 1: plan by name beside plan_id (version 0 states pass through: plan starts null, the refresh fills it).
  version: 1,
  description:
    "A batch of vouchers: `member_count` accounts named `prefix` + a counter (tickets: `prefix` + a random code). " +
    "Growing it generates the missing members (one generateaccounts call per 10,000); shrinking it removes unused members first, highest numbers first.",
  attributes: {
    id: { type: types.string, computed: true, description: "The prefix.", planModifiers: ["useStateForUnknown"] },
    ...BATCH_CONFIG_ATTRIBUTES,
    enforce: ENFORCE_ATTRIBUTE,
    force: {
      type: types.bool,
      optional: true,
      description: "Allow a shrink to delete members that are in use (logged in or already used). Default false: such a plan fails.",
    },
    usernames: { type: types.list(types.string), computed: true, description: "The members' usernames (for tickets, the codes)." },
    passwords: {
      type: types.map(types.string),
      computed: true,
      sensitive: true,
      description: "Each member's password by username, as generated (empty for tickets).",
    },
  },
};

/** How the engine's refusals name the way past them, here. */
const FORCE_NAME = "force = true";

/** The usernames the state records: the members, as the state proves them. */
function stateMembers(state: ObjectValue | null): string[] {
  const u = state?.usernames;
  return Array.isArray(u) ? u.filter((x): x is string => typeof x === "string") : [];
}

function stopIfAborted(ctx: Ctx, members: string[], state: ObjectValue): void {
  if (ctx.signal.aborted) {
    throw new PartialStateError(
      withMembers(state, members, state.passwords ?? null),
      new DiagnosticError("Interrupted", "terraform asked the provider to stop; the batch holds the members the state now records."),
    );
  }
}

function withMembers(state: ObjectValue, members: readonly string[], passwords: Value): ObjectValue {
  const prefix = state.prefix as string;
  const known = passwords !== null && typeof passwords === "object" && !Array.isArray(passwords) && !isUnknown(passwords) ? passwords : {};
  const sorted = sortMembers(prefix, members);
  // Own keys only: a member named like an Object.prototype member must not find it.
  const out: ObjectValue = { ...state, id: prefix, usernames: sorted, passwords: Object.fromEntries(sorted.map((u) => [u, (Object.hasOwn(known, u) ? known[u] : undefined) ?? ""])) };
  for (const [k, v] of Object.entries(out)) if (isUnknown(v)) out[k] = null;
  return out;
}

/** The accounts under the prefix: the members (`recorded`, or every one when importing) as the server holds them, and the others' names. */
async function readMembers(ctx: Ctx, batch: Batch, recorded: readonly string[] | "all"): Promise<{ live: Map<string, Account>; others: string[] }> {
  const all = await readBatchMembers(ctx.client.api, batch, { concurrency: ctx.client.settings.concurrency, now: () => ctx.client.now() });
  if (recorded === "all") return { live: all, others: [] };
  const proven = new Set(recorded);
  const live = new Map<string, Account>();
  const others: string[] = [];
  for (const [u, a] of all) {
    if (proven.has(u)) live.set(u, a);
    else others.push(u);
  }
  return { live, others };
}

function changesFor(ctx: Ctx, batch: Batch, planId: number | undefined, read: { live: Map<string, Account>; others: string[] }, force: boolean): BatchChanges {
  return batchChanges(batch, read.live.values(), { ...(planId !== undefined ? { pricePlanId: planId } : {}), force, now: ctx.client.now(), taken: read.others, forceName: FORCE_NAME });
}

const SUMMARIES: Record<string, { summary: string; path: string }> = {
  "batch-members-in-use": { summary: "Members in use", path: "member_count" },
  "expired-on-arrival": { summary: "Expired on arrival", path: "expires" },
};

/** The engine's refusals and warnings as terraform diagnostics, on the attribute they are about. */
function report(changes: BatchChanges, diags: Diagnostics): void {
  for (const d of changes.diagnostics) {
    const { summary, path } = SUMMARIES[d.code] ?? { summary: "Batch", path: "member_count" };
    if (d.severity === "error") diags.error(summary, d.message, [path]);
    else diags.warning(summary, d.message, [path]);
  }
}

/** The engine's first refusal, thrown (apply: the plan was made before the server changed; destroy). */
function refuse(changes: Pick<BatchChanges, "diagnostics">): void {
  const d = changes.diagnostics.find((x) => x.severity === "error");
  if (!d) return;
  const { summary, path } = SUMMARIES[d.code] ?? { summary: "Batch", path: "member_count" };
  throw new DiagnosticError(summary, d.message, [path]);
}

const failure = (failures: Array<{ username: string; error: string }>, what: string): string =>
  `${what} failed for ${failures.length} member(s), first ${failures[0]!.username}: ${failures[0]!.error}`;

/** Generates the engine's growth with one generateaccounts per 10,000, then sets what generation cannot carry. */
async function grow(
  ctx: Ctx,
  batch: Batch,
  planId: number | undefined,
  run: { members: string[]; others: readonly string[]; passwords: Record<string, Value>; errors: string[] },
  g: NonNullable<BatchChanges["grow"]>,
) {
  const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
  const { members, passwords, errors } = run;
  let created: string[];
  try {
    // Every name under the prefix before growing, strangers too: a new member is one none of them.
    ({ created } = await growBatch(ctx.client.api, batch, { count: g.count, startNumber: g.startNumber, generate: growParameters(batch, wire).generate, existing: [...members, ...run.others] }));
  } catch (err) {
    // Members generated before the failure are ours: record them.
    created = (err as { created?: string[] }).created ?? [];
    errors.push(`generating members failed after ${created.length} of ${g.count}: ${err instanceof Error ? err.message : String(err)}`);
  }
  members.push(...created);
  const concurrency = ctx.client.settings.concurrency;
  // Generated passwords, for the sensitive `passwords` map (tickets have none).
  if (batch.type === "ticket") for (const u of created) passwords[u] = "";
  else {
    await Promise.all(
      created.map(async (u) => {
        passwords[u] = (await readAccount(ctx.client.api, u))?.password ?? "";
      }),
    );
  }
  if (g.memberUpdateFields.length > 0 && created.length > 0) {
    const updates = created.map((username) => ({ username, fields: g.memberUpdateFields }));
    const failures = await updateMembers(ctx.client.api, batch, updates, wire, { concurrency });
    if (failures.length > 0) errors.push(failure(failures, "Setting the new members' settings"));
  }
}

function currentPasswords(state: ObjectValue | null): Record<string, Value> {
  const p = state?.passwords;
  // No prototype: keys are member usernames.
  const out: Record<string, Value> = Object.create(null);
  return p !== null && p !== undefined && typeof p === "object" && !Array.isArray(p) && !isUnknown(p) ? Object.assign(out, p) : out;
}

/** Passwords of members the state does not know yet, where the read returned them. */
function addLivePasswords(passwords: Record<string, Value>, live: ReadonlyMap<string, Account>): void {
  for (const [u, a] of live) if (!(u in passwords) && a.password !== undefined) passwords[u] = a.password;
}

const sameList = (a: readonly Value[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The batch as declared: the configuration's values only, as the CLI declares what its YAML says.
 * Computed attributes (settings read from the first member) are what the server held, not a
 * declaration: sending them would generate and correct members with values nobody asked for.
 */
const declaredBatch = (config: ObjectValue) => desiredBatch(config);

async function converge(prior: ObjectValue | null, planned: ObjectValue, config: ObjectValue, ctx: Ctx): Promise<ObjectValue> {
  const { batch } = declaredBatch(config);
  // The configuration's plan (by name or id) as the server's id.
  const planId = await planIdToSend(config, ctx.client);
  const passwords = currentPasswords(prior);
  const force = planned.force === true;
  const read = await readMembers(ctx, batch, stateMembers(prior));
  addLivePasswords(passwords, read.live);
  const members = [...read.live.keys()];
  const state: ObjectValue = { ...planned };
  const errors: string[] = [];
  try {
    stopIfAborted(ctx, members, { ...state, passwords });
    const changes = changesFor(ctx, batch, planId, read, force);
    refuse(changes);
    // The plan named the members: apply makes exactly those, or nothing.
    const after = membersAfter(batch, members, changes, force);
    if (Array.isArray(planned.usernames) && !containsUnknown(planned.usernames) && !(after && sameList(planned.usernames, after))) {
      throw new DiagnosticError("The batch changed since the plan", `The plan named ${planned.usernames.length} member(s); the server now holds others, so applying would make a different list. Plan again.`, ["usernames"]);
    }
    const concurrency = ctx.client.settings.concurrency;
    const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
    await convergeBatch({
      // Members whose enforced settings differ: one updateaccount each.
      update: async () => {
        if (changes.memberUpdates.length === 0) return;
        const failures = await updateMembers(ctx.client.api, batch, changes.memberUpdates, wire, { concurrency });
        if (failures.length > 0) errors.push(failure(failures, "Updating members"));
      },
      // The engine's choice (unused first, then highest number first); members in use only with force.
      remove: async () => {
        const remove = membersToRemove(changes, force);
        if (remove.length === 0) return;
        stopIfAborted(ctx, members, { ...state, passwords });
        const failures = await shrinkBatch(ctx.client.api, remove, { concurrency });
        const failed = new Set(failures.map((f) => f.username));
        const removed = new Set(remove.filter((u) => !failed.has(u)));
        members.splice(0, members.length, ...members.filter((u) => !removed.has(u)));
        for (const u of removed) delete passwords[u];
        if (failures.length > 0) errors.push(failure(failures, "Removing members"));
      },
      // The missing members, one generateaccounts per 10,000, numbered where the engine says.
      grow: async () => {
        if (changes.grow) await grow(ctx, batch, planId, { members, others: read.others, passwords, errors }, changes.grow);
      },
    });
    if (errors.length > 0) throw new Error(errors.join("; "));
  } catch (err) {
    // Settings as before (the next plan re-applies them), members as they now are.
    const partial = withMembers({ ...(prior ?? planned), member_count: members.length }, members, passwords);
    if (prior === null && members.length === 0) throw err;
    throw err instanceof PartialStateError ? new PartialStateError(partial, err.cause) : new PartialStateError(partial, err);
  }
  const done = await fillPlanRef(withMembers({ ...state, member_count: members.length }, members, passwords), planId ?? toNumber(prior?.plan_id ?? null), ctx.client);
  // Computed member settings not configured: what the first member holds.
  const unknownSettings = BATCH_FIELDS.filter((f) => f.kind !== "planRef" && isUnknown(planned[batchAttributeName(f)]));
  if (unknownSettings.length > 0 && members[0]) {
    const values = liveView(await ctx.client.api.viewAccount(members[0]));
    for (const f of unknownSettings) {
      const spec = memberField(f);
      const v = values[f.name];
      done[batchAttributeName(f)] = spec && v !== undefined ? attributeValue(spec, v) : (prior?.[batchAttributeName(f)] ?? null);
    }
  }
  return done;
}

/**
 * The members once applied, as the plan shows them: the engine's choice of who stays (and, for a
 * numbered batch, the names its growth makes), their passwords by name (known for those staying).
 * Undefined where the configuration or the server leaves them unknown.
 */
async function plannedMembers(
  ctx: Ctx,
  prior: ObjectValue | null,
  planned: ObjectValue,
  config: ObjectValue,
  diags: Diagnostics,
): Promise<{ usernames: string[]; passwords: ObjectValue } | undefined> {
  // What the engine's choice depends on must be known.
  if (typeof planned.prefix !== "string" || ["member_count", "start_number", "type", "force", "length"].some((k) => isUnknown(planned[k]))) return undefined;
  const { batch } = declaredBatch(config);
  // As apply resolves it; an unknown plan name is reported by planPlanRef.
  const planId = await planIdToSend(config, ctx.client).catch(() => undefined);
  const force = planned.force === true;
  const read = await readMembers(ctx, batch, stateMembers(prior));
  const changes = changesFor(ctx, batch, planId, read, force);
  report(changes, diags);
  const after = membersAfter(batch, read.live.keys(), changes, force);
  if (!after) return undefined;
  const known = currentPasswords(prior);
  addLivePasswords(known, read.live);
  return { usernames: after, passwords: Object.fromEntries(after.map((u) => [u, Object.hasOwn(known, u) ? (known[u] ?? "") : unknown])) };
}

/** Member settings the server holds where they differ from the batch's: the first differing member's value shows as drift. */
function refreshSettings(next: ObjectValue, changes: BatchChanges, live: ReadonlyMap<string, Account>): void {
  const shown = new Set<string>();
  for (const u of changes.memberUpdates) {
    const values = liveView(live.get(u.username)!);
    for (const name of u.fields) {
      const f = BATCH_FIELDS.find((x) => x.name === name);
      const spec = f && memberField(f);
      const v = values[name];
      if (!f || !spec || shown.has(name) || v === undefined) continue;
      shown.add(name);
      setSettingAttribute(next, f, v);
    }
  }
}

/** Settings of existing members come from the first member when the state has none (import). */
function settingsFromMember(state: ObjectValue, member: Account | undefined): void {
  if (!member) return;
  const values = liveView(member);
  for (const f of BATCH_FIELDS) {
    const spec = f.member ? memberField(f) : undefined;
    const name = batchAttributeName(f);
    if (!spec || f.class !== "enforced" || (state[name] ?? null) !== null || values[f.name] === undefined) continue;
    setSettingAttribute(state, f, values[f.name]!);
  }
}

const NEW_MEMBERS_ONLY = BATCH_FIELDS.filter((f) => f.class !== "identity" && f.name !== "count");

export const batchResource: ResourceType<HotspotContext> = {
  name: "hotspot_voucher_batch",
  schema: batchSchema,
  validate: validatePlanRef,

  async plan({ prior, planned, config }, ctx, diags: Diagnostics) {
    // Only a configured plan is checked: a computed one is whatever the server holds.
    await planPlanRef(prior, config, planned, ctx?.client, diags);
    if (prior !== null) planned.id = prior.id ?? null;
    const count = toNumber(planned.member_count ?? null);
    if (prior !== null && count === stateMembers(prior).length) {
      // Same members: the computed lists stay known in the plan.
      planned.usernames = prior.usernames ?? null;
      planned.passwords = prior.passwords ?? null;
    } else {
      // Growing or shrinking: the plan names the members that stay (and new numbered ones).
      const after = ctx && count !== undefined ? await plannedMembers(ctx, prior, planned, config, diags) : undefined;
      planned.usernames = after?.usernames ?? unknown;
      planned.passwords = after?.passwords ?? unknown;
    }
    if (prior === null) return undefined;
    const { batch, planId } = desiredBatch(planned);
    const before = desiredBatch(prior);
    // Members moved to another expiry: the engine's refusal of one already past, before apply.
    if (ctx && count === stateMembers(prior).length && declaredChanges({ value: before.batch }, { value: batch }, ["expires"]).length > 0) {
      const declared = declaredBatch(config);
      report(changesFor(ctx, declared.batch, declared.planId, await readMembers(ctx, declared.batch, stateMembers(prior)), planned.force === true), diags);
    }
    // Settings that only members generated later get: say so when they change.
    const member = memberAccount(batch, batch.prefix);
    const candidates = NEW_MEMBERS_ONLY.filter((f) => {
      const v = planned[batchAttributeName(f)] ?? null;
      return v !== null && !isUnknown(v) && !(f.member && memberField(f) && effectiveClass(member, f.name) === "enforced");
    });
    const changed = declaredChanges({ value: before.batch, ctx: { planId: before.planId } }, { value: batch, ctx: { planId } }, candidates.map((f) => f.name));
    for (const f of candidates.filter((c) => changed.includes(c.name))) {
      const name = batchAttributeName(f);
      diags.warning(`${name} applies to new members only`, `${name} is used when members are generated; existing members keep theirs.`, [name]);
    }
    return undefined;
  },

  create: (planned, config, ctx) => converge(null, planned, config, ctx),
  update: (prior, planned, config, ctx) => converge(prior, planned, config, ctx),

  async read(state, ctx) {
    const { batch, planId } = desiredBatch(state);
    const recorded = stateMembers(state);
    // Only the members the state records: a stranger's account under the prefix is not one.
    const read = await readMembers(ctx, batch, recorded);
    const { live } = read;
    if (live.size === 0 && recorded.length > 0) return null;
    const next = withMembers({ ...state, member_count: live.size }, [...live.keys()], state.passwords ?? null);
    refreshSettings(next, changesFor(ctx, batch, planId, read, false), live);
    return fillPlanRef(next, toNumber(next.plan_id ?? null), ctx.client);
  },

  async importState(id, ctx) {
    const prefix = id.trim();
    // Import adopts every account under the prefix (the operator names it).
    // count 0: the engine reads every member for its usage, and with it its password and settings.
    const { live } = await readMembers(ctx, { prefix, count: 0 } as Batch, "all");
    if (live.size === 0) return null;
    const passwords = currentPasswords(null);
    addLivePasswords(passwords, live);
    const sorted = sortMembers(prefix, [...live.keys()]);
    // Numbered members: the lowest number is where the batch started (growth continues after the highest anyway).
    const first = memberNumber(prefix, sorted[0]!);
    const state = withMembers({ prefix, member_count: live.size, start_number: first ?? null }, sorted, passwords);
    settingsFromMember(state, live.get(sorted[0]!));
    return fillPlanRef(state, toNumber(state.plan_id ?? null), ctx.client);
  },

  async delete(prior, ctx) {
    const prefix = prior.prefix as string;
    const force = prior.force === true;
    // The engine's rule for a batch no longer declared: members in use are kept unless forced.
    const { live } = await readMembers(ctx, { prefix, count: 0 } as Batch, stateMembers(prior));
    const removal = batchRemoval(prefix, live.values(), { force, forceName: FORCE_NAME });
    refuse(removal);
    const members = membersToRemove(removal, force);
    const failures = await shrinkBatch(ctx.client.api, members, { concurrency: ctx.client.settings.concurrency });
    if (failures.length > 0) {
      const failed = new Set(failures.map((f) => f.username));
      const remaining = members.filter((u) => failed.has(u));
      throw new PartialStateError(withMembers({ ...prior, member_count: remaining.length }, remaining, prior.passwords ?? null), new Error(
        `Deleting ${failures.length} member(s) failed, first ${failures[0]!.username}: ${failures[0]!.error}`,
      ));
    }
  },
};
