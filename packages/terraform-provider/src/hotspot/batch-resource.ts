// hotspot_voucher_batch: `member_count` members named prefix + counter (tickets:
// prefix + random code). What to do is the sync engine's decision for this one
// batch (readBatchMembers, batchChanges: the read, the numbering, the removal
// order, the members to correct); the writes are its building blocks
// (growBatch, shrinkBatch, updateMembers), which resolve lost answers without
// duplicating members. This file maps those to terraform's plan, apply,
// refresh and import.
import { type Account, BATCH_FIELDS, type Batch, batchGenerateParams, effectiveClass, liveView, memberAccount, batchAttributeName } from "@hotspot-iac/core";
import { type BatchChanges, batchChanges, declaredChanges, growBatch, memberNumber, readAccount, readBatchMembers, shrinkBatch, updateMembers } from "@hotspot-iac/sync";
import { DiagnosticError, type Diagnostics } from "../framework/diagnostics.js";
import { type OperationContext, PartialStateError, type ResourceType } from "../framework/types.js";
import type { Schema } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, unknown, type Value } from "../values/value.js";
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

/** Members in a stable order: numbered ones by number (the engine's numbering), others (ticket codes) by name. */
function sortMembers(prefix: string, usernames: readonly string[]): string[] {
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

/** The batch's members on the server: one getaccountlist, viewaccount only where the list lacks what the engine needs. */
function readMembers(ctx: Ctx, batch: Batch): Promise<Map<string, Account>> {
  return readBatchMembers(ctx.client.api, batch, { concurrency: ctx.client.settings.concurrency, now: () => ctx.client.now() });
}

function changesFor(ctx: Ctx, batch: Batch, planId: number | undefined, live: Map<string, Account>, force: boolean): BatchChanges {
  return batchChanges(batch, live.values(), { ...(planId !== undefined ? { pricePlanId: planId } : {}), force, now: ctx.client.now() });
}

function inUseError(prefix: string, count: number, inUse: readonly string[]): DiagnosticError {
  return new DiagnosticError(
    "Members in use",
    `Shrinking ${prefix} to ${count} would delete ${inUse.length} member(s) in use (${inUse.slice(0, 5).join(", ")}${inUse.length > 5 ? ", …" : ""}). Set force = true to allow it.`,
    ["member_count"],
  );
}

/** Throws the first failure of a per-member step (the others were done). */
function failOn(failures: Array<{ username: string; error: string }>, what: string): void {
  if (failures.length === 0) return;
  const first = failures[0]!;
  throw new Error(`${what} failed for ${failures.length} member(s), first ${first.username}: ${first.error}`);
}

/** Generates the engine's growth with one generateaccounts per 10,000, then sets what generation cannot carry. */
async function grow(ctx: Ctx, batch: Batch, planId: number | undefined, members: string[], passwords: Record<string, Value>, g: NonNullable<BatchChanges["grow"]>) {
  const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
  const { generate } = batchGenerateParams(batch, { ...wire, number: g.count, startNumber: g.startNumber });
  const { account: _a, count: _c, startNumber: _s, ...settings } = generate;
  let created: string[];
  try {
    ({ created } = await growBatch(ctx.client.api, batch, { count: g.count, startNumber: g.startNumber, generate: settings, existing: members }));
  } catch (err) {
    // Members generated before the failure are ours: record them.
    for (const u of (err as { created?: string[] }).created ?? []) members.push(u);
    throw err;
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
  if (g.memberUpdateFields.length > 0) {
    const updates = created.map((username) => ({ username, fields: g.memberUpdateFields }));
    failOn(await updateMembers(ctx.client.api, batch, updates, wire, { concurrency }), "Setting the new members' settings");
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

async function converge(prior: ObjectValue | null, planned: ObjectValue, ctx: Ctx): Promise<ObjectValue> {
  const { batch } = desiredBatch(planned);
  const planId = await planIdToSend(planned, ctx.client);
  const passwords = currentPasswords(prior);
  const force = planned.force === true;
  const live = await readMembers(ctx, batch);
  addLivePasswords(passwords, live);
  const members = [...live.keys()];
  const state: ObjectValue = { ...planned };
  try {
    stopIfAborted(ctx, members, { ...state, passwords });
    const changes = changesFor(ctx, batch, planId, live, force);
    if (changes.inUseBlocked.length > 0 && !force) throw inUseError(batch.prefix, batch.count, changes.inUseBlocked);
    // 1. Members whose enforced settings differ: one updateaccount each.
    if (changes.memberUpdates.length > 0) {
      const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
      failOn(await updateMembers(ctx.client.api, batch, changes.memberUpdates, wire, { concurrency: ctx.client.settings.concurrency }), "Updating members");
    }
    // 2. Shrink, in the engine's order (unused first, then highest number first); members in use only with force.
    const remove = [...changes.remove, ...(force ? changes.inUseBlocked : [])];
    if (remove.length > 0) {
      stopIfAborted(ctx, members, { ...state, passwords });
      const failures = await shrinkBatch(ctx.client.api, remove, { concurrency: ctx.client.settings.concurrency });
      const failed = new Set(failures.map((f) => f.username));
      const removed = new Set(remove.filter((u) => !failed.has(u)));
      members.splice(0, members.length, ...members.filter((u) => !removed.has(u)));
      for (const u of removed) delete passwords[u];
      failOn(failures, "Removing members");
    }
    // 3. Grow: the missing members, one generateaccounts per 10,000, numbered where the engine says.
    if (changes.grow) await grow(ctx, batch, planId, members, passwords, changes.grow);
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
    if (prior === null) return undefined;
    const members = Array.isArray(prior.usernames) ? prior.usernames.length : 0;
    const count = toNumber(planned.member_count ?? null);
    // Same members: the computed lists stay known in the plan.
    if (count === members) {
      planned.usernames = prior.usernames ?? null;
      planned.passwords = prior.passwords ?? null;
    } else {
      planned.usernames = unknown;
      planned.passwords = unknown;
    }
    planned.id = prior.id ?? null;
    const { batch, planId } = desiredBatch(planned);
    if (count !== undefined && count < members && ctx && planned.force !== true) {
      const { inUseBlocked } = changesFor(ctx, batch, planId, await readMembers(ctx, batch), false);
      if (inUseBlocked.length > 0) {
        const err = inUseError(batch.prefix, count, inUseBlocked);
        diags.error(err.summary, err.detail, err.path);
      }
    }
    // Settings that only members generated later get: say so when they change.
    const member = memberAccount(batch, batch.prefix);
    const candidates = NEW_MEMBERS_ONLY.filter((f) => {
      const v = planned[batchAttributeName(f)] ?? null;
      return v !== null && !isUnknown(v) && !(f.member && memberField(f) && effectiveClass(member, f.name) === "enforced");
    });
    const before = desiredBatch(prior);
    const changed = declaredChanges({ value: before.batch, ctx: { planId: before.planId } }, { value: batch, ctx: { planId } }, candidates.map((f) => f.name));
    for (const f of candidates.filter((c) => changed.includes(c.name))) {
      const name = batchAttributeName(f);
      diags.warning(`${name} applies to new members only`, `${name} is used when members are generated; existing members keep theirs.`, [name]);
    }
    return undefined;
  },

  create: (planned, _config, ctx) => converge(null, planned, ctx),
  update: (prior, planned, _config, ctx) => converge(prior, planned, ctx),

  async read(state, ctx) {
    const { batch, planId } = desiredBatch(state);
    const live = await readMembers(ctx, batch);
    if (live.size === 0 && Array.isArray(state.usernames) && state.usernames.length > 0) return null;
    const next = withMembers({ ...state, member_count: live.size }, [...live.keys()], state.passwords ?? null);
    refreshSettings(next, changesFor(ctx, batch, planId, live, false), live);
    return fillPlanRef(next, toNumber(next.plan_id ?? null), ctx.client);
  },

  async importState(id, ctx) {
    const prefix = id.trim();
    // count 0: the engine reads every member for its usage, and with it its password and settings.
    const live = await readMembers(ctx, { prefix, count: 0 } as Batch);
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
    const members = Array.isArray(prior.usernames) ? prior.usernames.filter((u): u is string => typeof u === "string") : [];
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
