// hotspot_voucher_batch: `member_count` members named prefix + counter (tickets:
// prefix + random code). Grown with one generateaccounts per 10,000 members
// (growBatch), shrunk by removing
// unused members first (in-use ones only with force = true); member settings
// (plan, rates, absolute expiry) are enforced on every member. The writes are
// the sync engine's batch building blocks (growBatch, shrinkBatch,
// updateMembers), which resolve lost answers without duplicating members.
import {
  type Account,
  BATCH_FIELDS,
  type Batch,
  batchGenerateParams,
  desiredView,
  effectiveClass,
  liveView,
  memberAccount,
  sameValue,
} from "@hotspot-iac/core";
import { growBatch, readAccount, shrinkBatch, updateMembers } from "@hotspot-iac/sync";
import { DiagnosticError, type Diagnostics } from "../framework/diagnostics.js";
import { type OperationContext, PartialStateError, type ResourceType } from "../framework/types.js";
import type { Schema } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue, unknown, type Value } from "../values/value.js";
import { attributeValue } from "./account-fields.js";
import {
  BATCH_CONFIG_ATTRIBUTES,
  batchAttributeName,
  canonicalBatchValue,
  desiredBatch,
  ENFORCE_ATTRIBUTE,
  memberField,
} from "./batch-fields.js";
import { chooseRemovals, nextNumber, sortMembers } from "./batch-members.js";
import type { HotspotContext } from "./client.js";
import { checkPlanId } from "./price-plans.js";
import { toNumber } from "./units.js";

type Ctx = OperationContext<HotspotContext>;

export const batchSchema: Schema = {
  version: 0,
  description:
    "A batch of vouchers: `member_count` accounts named `prefix` + a counter (tickets: `prefix` + a random code). " +
    "Growing it generates the missing members with one generateaccounts call; shrinking it removes unused members first.",
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

/** Batch fields corrected on every member (enforced ones, and initial ones listed in enforce). */
function memberEnforcedFields(batch: Batch) {
  const member = memberAccount(batch, batch.prefix);
  return BATCH_FIELDS.filter((f) => f.member && memberField(f) && effectiveClass(member, f.name) === "enforced");
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

async function viewMembers(ctx: Ctx, members: readonly string[]): Promise<Map<string, Account>> {
  const out = new Map<string, Account>();
  await Promise.all(
    members.map(async (u) => {
      const live = await readAccount(ctx.client.api, u);
      if (live) out.set(u, live);
    }),
  );
  return out;
}

/** Throws the first failure of a per-member step (the others were done). */
function failOn(failures: Array<{ username: string; error: string }>, what: string): void {
  if (failures.length === 0) return;
  const first = failures[0]!;
  throw new Error(`${what} failed for ${failures.length} member(s), first ${first.username}: ${first.error}`);
}

/** Generates `number` members with one generateaccounts, then sets what generation cannot carry. */
async function grow(ctx: Ctx, batch: Batch, planId: number | undefined, members: string[], passwords: Record<string, Value>, number: number) {
  const start = nextNumber(batch.prefix, members, batch.startNumber ?? 1);
  const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
  const { generate, memberUpdateFields } = batchGenerateParams(batch, { ...wire, number, startNumber: start });
  const { account: _a, count: _c, startNumber: _s, ...settings } = generate;
  let created: string[];
  try {
    ({ created } = await growBatch(ctx.client.api, batch, { count: number, startNumber: start, generate: settings, existing: members }));
  } catch (err) {
    // Members generated before the failure are ours: record them.
    for (const u of (err as { created?: string[] }).created ?? []) members.push(u);
    throw err;
  }
  members.push(...created);
  const concurrency = ctx.client.settings.concurrency;
  // Generated passwords, for the sensitive `passwords` map (tickets have none).
  if (batch.type === "ticket") for (const u of created) passwords[u] = "";
  else for (const [u, live] of await viewMembers(ctx, created)) passwords[u] = live.password ?? "";
  if (memberUpdateFields.length > 0) {
    const updates = created.map((username) => ({ username, fields: memberUpdateFields }));
    failOn(await updateMembers(ctx.client.api, batch, updates, wire, { concurrency }), "Setting the new members' settings");
  }
}

function currentPasswords(state: ObjectValue): Record<string, Value> {
  const p = state.passwords;
  // No prototype: keys are member usernames.
  const out: Record<string, Value> = Object.create(null);
  return p !== null && typeof p === "object" && !Array.isArray(p) && !isUnknown(p) ? Object.assign(out, p) : out;
}

function currentMembers(state: ObjectValue): string[] {
  return Array.isArray(state.usernames) ? state.usernames.filter((u): u is string => typeof u === "string") : [];
}

async function converge(prior: ObjectValue | null, planned: ObjectValue, ctx: Ctx): Promise<ObjectValue> {
  const { batch, planId } = desiredBatch(planned);
  const members = prior ? currentMembers(prior) : [];
  const passwords = prior ? currentPasswords(prior) : {};
  const state: ObjectValue = { ...planned };
  try {
    stopIfAborted(ctx, members, { ...state, passwords });
    // 1. Settings changed on existing members: one updateaccount each.
    if (prior && members.length > 0) {
      const changed = memberEnforcedFields(batch).filter(
        (f) => canonicalBatchValue(f, planned[batchAttributeName(f)] ?? null) !== canonicalBatchValue(f, prior[batchAttributeName(f)] ?? null),
      );
      const fields = changed.map((f) => f.name).filter((n) => (planned[batchAttributeName(BATCH_FIELDS.find((f) => f.name === n)!)] ?? null) !== null);
      if (fields.length > 0) {
        const wire = { ...(planId !== undefined ? { planId } : {}), now: ctx.client.now() };
        const updates = members.map((username) => ({ username, fields }));
        failOn(await updateMembers(ctx.client.api, batch, updates, wire, { concurrency: ctx.client.settings.concurrency }), "Updating members");
      }
    }
    // 2. Shrink: unused members first.
    const count = toNumber(planned.member_count ?? null) ?? members.length;
    if (count < members.length) {
      const live = await viewMembers(ctx, members);
      const { remove, inUse } = chooseRemovals(batch.prefix, members, live, count);
      if (inUse.length > 0 && planned.force !== true) {
        throw new DiagnosticError("Members in use", `Shrinking would delete ${inUse.length} member(s) in use (${inUse.slice(0, 5).join(", ")}). Set force = true to allow it.`, ["member_count"]);
      }
      stopIfAborted(ctx, members, { ...state, passwords });
      const failures = await shrinkBatch(ctx.client.api, remove, { concurrency: ctx.client.settings.concurrency });
      const failed = new Set(failures.map((f) => f.username));
      for (const u of remove) {
        if (failed.has(u)) continue;
        members.splice(members.indexOf(u), 1);
        delete passwords[u];
      }
      failOn(failures, "Removing members");
    }
    // 3. Grow: all missing members in one generateaccounts.
    if (count > members.length) await grow(ctx, batch, planId, members, passwords, count - members.length);
  } catch (err) {
    // Settings as before (the next plan re-applies them), members as they now are.
    const partial = withMembers({ ...(prior ?? planned), member_count: members.length }, members, passwords);
    if (prior === null && members.length === 0) throw err;
    throw err instanceof PartialStateError ? new PartialStateError(partial, err.cause) : new PartialStateError(partial, err);
  }
  const done = withMembers({ ...state, member_count: members.length }, members, passwords);
  // Computed member settings not configured: what the first member holds.
  const unknownSettings = BATCH_FIELDS.filter((f) => isUnknown(planned[batchAttributeName(f)]));
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

export const batchResource: ResourceType<HotspotContext> = {
  name: "hotspot_voucher_batch",
  schema: batchSchema,

  async plan({ prior, planned, config }, ctx, diags: Diagnostics) {
    // Only a configured plan id is checked: a computed one is whatever the server holds.
    if (ctx) await checkPlanId(ctx.client, config.plan_id ?? null, ["plan_id"], diags);
    if (prior === null) return undefined;
    const members = currentMembers(prior);
    const count = toNumber(planned.member_count ?? null);
    // Same members: the computed lists stay known in the plan.
    if (count === members.length) {
      planned.usernames = prior.usernames ?? null;
      planned.passwords = prior.passwords ?? null;
    } else {
      planned.usernames = unknown;
      planned.passwords = unknown;
    }
    planned.id = prior.id ?? null;
    if (count !== undefined && count < members.length && ctx && planned.force !== true) {
      const live = await viewMembers(ctx, members);
      const { inUse } = chooseRemovals(prior.prefix as string, members, live, count);
      if (inUse.length > 0) {
        diags.error(
          "Members in use",
          `Shrinking ${prior.prefix as string} to ${count} would delete ${inUse.length} member(s) in use (${inUse.slice(0, 5).join(", ")}${inUse.length > 5 ? ", …" : ""}). Set force = true to allow it.`,
          ["member_count"],
        );
      }
    }
    const { batch } = desiredBatch(planned);
    const member = memberAccount(batch, batch.prefix);
    for (const f of BATCH_FIELDS) {
      const name = batchAttributeName(f);
      if (f.class === "identity" || f.name === "count") continue;
      const enforcedOnMembers = f.member && memberField(f) && effectiveClass(member, f.name) === "enforced";
      if (enforcedOnMembers) continue;
      const v = planned[name] ?? null;
      if (v === null || isUnknown(v)) continue;
      if (canonicalBatchValue(f, v) !== canonicalBatchValue(f, prior[name] ?? null)) {
        diags.warning(`${name} applies to new members only`, `${name} is used when members are generated; existing members keep theirs.`, [name]);
      }
    }
    return undefined;
  },

  create: (planned, _config, ctx) => converge(null, planned, ctx),
  update: (prior, planned, _config, ctx) => converge(prior, planned, ctx),

  async read(state, ctx) {
    const members = currentMembers(state);
    const list = await ctx.client.api.getAccountList();
    const listed = new Map(list.map((a) => [a.username, a]));
    const existing = members.filter((u) => listed.has(u));
    if (existing.length === 0 && members.length > 0) return null;
    const next = withMembers({ ...state, member_count: existing.length }, existing, state.passwords ?? null);
    // Member settings: the first member whose live value differs shows as drift.
    const { batch, planId } = desiredBatch(state);
    const fields = memberEnforcedFields(batch);
    if (fields.length === 0 || existing.length === 0) return next;
    // getaccountlist entries serve when they carry the fields (some servers send
    // full records); otherwise one viewaccount per member.
    const complete = (a: Account) => fields.every((f) => liveView(a)[f.name] !== undefined);
    const live = new Map<string, Account>();
    for (const u of existing) {
      const entry = listed.get(u);
      if (entry && complete(entry)) live.set(u, entry);
    }
    for (const [u, a] of await viewMembers(ctx, existing.filter((u) => !live.has(u)))) live.set(u, a);
    for (const f of fields) {
      const spec = memberField(f)!;
      const name = batchAttributeName(f);
      for (const u of existing) {
        const account = live.get(u);
        if (!account) continue;
        const lv = liveView(account)[f.name];
        const dv = desiredView(memberAccount(batch, u), { ...(planId !== undefined ? { planId } : {}) })[f.name];
        if (lv !== undefined && (dv === undefined || !sameValue(f.name, dv, lv))) {
          next[name] = attributeValue(spec, lv);
          break;
        }
      }
    }
    return next;
  },

  async delete(prior, ctx) {
    const members = currentMembers(prior);
    const failures = await shrinkBatch(ctx.client.api, members, { concurrency: ctx.client.settings.concurrency });
    if (failures.length > 0) {
      const remaining = members.filter((u) => failures.some((f) => f.username === u));
      throw new PartialStateError(withMembers({ ...prior, member_count: remaining.length }, remaining, prior.passwords ?? null), new Error(
        `Deleting ${failures.length} member(s) failed, first ${failures[0]!.username}: ${failures[0]!.error}`,
      ));
    }
  },
};
