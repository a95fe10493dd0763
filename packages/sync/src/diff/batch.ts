// Diff of one voucher batch. Members are the owned accounts under the batch prefix (declared
// accounts excepted). Grow: one generateaccounts per 10,000 members (prefix + startnumber = next
// free counter; tickets get random codes). Shrink: unused members first (never logged in, no time
// used, no first login), highest numbers first; members in use are only removed with force.
// Settings of existing members are compared like an account's (enforced fields only); batch
// write-only settings through the state file like an account's.
import {
  type Account,
  accountField,
  type Batch,
  BATCH_FIELDS,
  batchGenerateParams,
  diffEnforced,
  effectiveClass,
  fieldValue,
  memberAccount,
  sameValue,
} from "@hotspot-iac/core";
import { type BatchGrow, type BatchStatement, GENERATE_CHUNK } from "./statements.js";
import type { BatchChange, FieldChange, PlanDiagnostic } from "../plan/model.js";
import { Impact, sourceRef } from "../plan/model.js";
import { inUse } from "../read/live-state.js";
import { type BatchState, grownBy } from "../state/state-file.js";
import { OWED_NOTE } from "./account.js";
import type { DiffContext } from "./context.js";
import { impliedByPlan, impliedNote, impliedValue } from "./implied-rates.js";
import { ABSENT, showDesired, showLive, taintOf, UNREPORTED } from "./display.js";
import type { PlanRates } from "./price-plans.js";
import type { ExpiryTarget } from "./expired.js";
import { decideWriteOnly, writeOnlyImpact } from "./write-only.js";

export const batchScope = (prefix: string) => `batch:${prefix}`;

export interface BatchDiff {
  statement: BatchStatement;
  diagnostics: PlanDiagnostic[];
  writeOnlyUnknown: boolean;
  /** Member updates that only finish what an interrupted apply left owed (not new changes). */
  resumedMembers: number;
}

/** `1 member`, `3 members`: how a member line's note starts. */
const membersCount = (count: number): string => `${count} member${count === 1 ? "" : "s"}`;

/** The member's counter (prefix + digits), or undefined for ticket codes and other names. */
export function memberNumber(prefix: string, username: string): number | undefined {
  const rest = username.slice(prefix.length);
  return /^\d{1,15}$/.test(rest) ? Number(rest) : undefined;
}

const BATCH_WRITE_ONLY = BATCH_FIELDS.filter((f) => f.class === "writeOnly").map((f) => f.name);

export function batchWriteOnlyHashes(batch: Batch, ctx: Pick<DiffContext, "hasher">): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of BATCH_WRITE_ONLY) {
    const v = fieldValue(batch, name);
    if (v !== undefined) out[name] = ctx.hasher.hash(batchScope(batch.prefix), name, v);
  }
  return out;
}

/** Order of removal: unused before used, then highest counter (or last code) first. */
function removalOrder(prefix: string, a: Account, b: Account): number {
  const ua = inUse(a) ? 1 : 0;
  const ub = inUse(b) ? 1 : 0;
  if (ua !== ub) return ua - ub;
  const na = memberNumber(prefix, a.username);
  const nb = memberNumber(prefix, b.username);
  if (na !== undefined && nb !== undefined && na !== nb) return nb - na;
  return a.username < b.username ? 1 : a.username > b.username ? -1 : 0;
}

/** What the steps of diffBatch build up: the plan's field lines, the members' updates, the impact. */
interface BatchWork {
  fields: FieldChange[];
  memberUpdates: MemberUpdate[];
  impact: Impact;
}

type MemberUpdate = { username: string; fields: string[] };

export function diffBatch(
  batch: Batch,
  members: Account[],
  last: BatchState | undefined,
  ctx: DiffContext,
  opts: { force?: boolean; now: Date; taken?: Iterable<string> },
): BatchDiff {
  const pricePlanId = batch.plan !== undefined ? ctx.pricePlanIds.get(batch.plan) : undefined;
  const work: BatchWork = { fields: [], memberUpdates: [], impact: Impact.NoChange };
  const { remove, inUseBlocked, online, diagnostics } = planShrink(batch, members, ctx, opts.force, work);
  const going = new Set([...remove, ...inUseBlocked]);
  const staying = members.filter((m) => !going.has(m.username));
  const stayingNames = staying.map((m) => m.username);
  const grow = planGrow(batch, members, opts.taken ?? [], pricePlanId, opts.now, work);
  const template = memberAccount(batch, batch.prefix); // the comparison does not depend on the name
  const implied = compareSettings(batch, members, staying, template, pricePlanId, ctx, work);

  const writeOnly = batchWriteOnlyHashes(batch, ctx);
  const known = ctx.stateKnown && last !== undefined;
  const writeOnlyUnknown = sendWriteOnly(batch, known ? last : undefined, writeOnly, stayingNames, ctx, work);
  const owedBy = owedMembers(batch, last, stayingNames);
  sendOwed(batch, members, owedBy, template, ctx, work);
  if (members.length === 0 && grow) work.fields.push(...createdFields(batch, ctx));

  const { memberUpdates } = work;
  const resumes = interruptedGrow(batch, last, writeOnly);
  return {
    statement: {
      kind: "batch",
      change: batchChange(batch, members.length, { grow, remove, inUseBlocked, online }, ctx, work),
      prefix: batch.prefix,
      pricePlanId,
      existing: members.map((m) => m.username),
      grow,
      memberUpdates,
      remove,
      inUseBlocked,
      writeOnly,
      adoptWriteOnly: writeOnlyUnknown,
      ...(implied && Object.keys(implied.rates).length > 0 ? { implied: implied.rates } : {}),
    },
    diagnostics,
    writeOnlyUnknown,
    resumedMembers: memberUpdates.filter((u) => u.fields.every((f) => owedBy.get(u.username)?.includes(f) || resumes(u.username, f))).length,
  };
}

/** The batch as expired-on-arrival checks it: members generated, or moved to its expiry by an update. */
export function expiringBatch(batch: Batch, statement: Pick<BatchStatement, "grow" | "memberUpdates">): ExpiryTarget | undefined {
  const moved = statement.memberUpdates.some((u) => u.fields.includes("expires"));
  if (!statement.grow && !moved) return undefined;
  return { what: `batch ${JSON.stringify(batch.prefix)}`, expires: batch.expires, action: statement.grow ? "create" : "update", source: batch.source };
}

/** Shrink: which members go, and the refusal (or forced warning) for those in use. */
function planShrink(batch: Batch, members: readonly Account[], ctx: DiffContext, force: boolean | undefined, work: BatchWork) {
  if (members.length <= batch.count) return { remove: [], inUseBlocked: [], online: [], diagnostics: [] as PlanDiagnostic[] };
  const chosen = chooseRemovals(batch.prefix, members, batch.count);
  work.impact = Impact.Destructive;
  return { ...chosen, diagnostics: inUseDiagnostics(batch.prefix, `shrinking to ${batch.count}`, chosen.inUseBlocked, ctx, force, batch.source) };
}

/**
 * Grow: how many members to make from which number, and which fields need a follow-up per member.
 * `taken`: names under the prefix that are not members (a stranger's): numbering continues past
 * them too, so a new member never collides with one.
 */
function planGrow(batch: Batch, members: readonly Account[], taken: Iterable<string>, pricePlanId: number | undefined, now: Date, work: BatchWork): BatchGrow | undefined {
  if (members.length >= batch.count) return undefined;
  const count = batch.count - members.length;
  let highest = 0;
  for (const m of members) highest = Math.max(highest, memberNumber(batch.prefix, m.username) ?? 0);
  for (const u of taken) highest = Math.max(highest, memberNumber(batch.prefix, u) ?? 0);
  const startNumber = Math.max(batch.startNumber ?? 1, highest + 1);
  // Only which fields need a follow-up: apply builds the parameters (values) when it sends them.
  const { memberUpdateFields } = batchGenerateParams(batch, { planId: pricePlanId, now, number: Math.min(count, GENERATE_CHUNK), startNumber });
  work.impact = Math.max(work.impact, Impact.Safe);
  return { count, startNumber, memberUpdateFields };
}

/**
 * Enforced settings of the members that stay, compared with the batch's member template: an
 * update per differing member, one plan line per field (how many differ), and the rates a plan
 * change implies.
 */
function compareSettings(
  batch: Batch,
  members: Account[],
  staying: readonly Account[],
  template: ReturnType<typeof memberAccount>,
  pricePlanId: number | undefined,
  ctx: DiffContext,
  work: BatchWork,
): { rates: PlanRates; notes: Map<string, string> } | undefined {
  const differing = new Map<string, { count: number; first: Account }>();
  for (const m of staying) {
    const diffs = diffEnforced(template, m, { planId: pricePlanId }).filter((d) => !(d.field.name === "plan" && pricePlanId === undefined));
    if (diffs.length === 0) continue;
    work.memberUpdates.push({ username: m.username, fields: diffs.map((d) => d.field.name) });
    for (const d of diffs) {
      const seen = differing.get(d.field.name);
      if (seen) seen.count++;
      else differing.set(d.field.name, { count: 1, first: m });
    }
  }
  const implied = pricePlanId !== undefined && differing.has("plan") ? impliedMemberRates(batch, members, work.memberUpdates, pricePlanId, ctx, differing) : undefined;
  for (const [name, { count, first }] of differing) {
    const spec = accountField(name);
    const from = taintOf(ctx, "batches", batch.prefix, name);
    work.fields.push({
      field: name,
      before: showLive(spec, first, ctx.pricePlanNames, from !== undefined),
      after: showDesired(spec, fieldValue(batch, name) ?? impliedValue(implied?.rates, name), ctx.pricePlanNames, ctx.pricePlanIds, from),
      fieldClass: spec.class === "initial" ? "initial" : "enforced",
      note: noteOf(name, `${count} of ${staying.length} member${count === 1 ? " differs" : "s differ"}`, implied?.notes),
    });
    work.impact = Math.max(work.impact, spec.class === "initial" ? Impact.MayDisrupt : Impact.Safe);
  }
  return implied;
}

/**
 * Write-only settings (type, sell, autologin, inactivity), decided through the state file like an
 * account's (write-only.ts), go to every staying member; members a failed follow-up left pending
 * get them too. `last`: the batch's state entry where it can be trusted. Returns whether unknown
 * values were assumed in sync.
 */
function sendWriteOnly(batch: Batch, last: BatchState | undefined, writeOnly: Record<string, string>, staying: readonly string[], ctx: DiffContext, work: BatchWork): boolean {
  const known = last !== undefined;
  let writeOnlyUnknown = false;
  const resend: string[] = [];
  // No member stays: nothing to send, so an unknown value is left as assumed (without a warning).
  const mode = staying.length === 0 ? "assume" : ctx.writeOnly;
  for (const name of Object.keys(writeOnly)) {
    const decision = decideWriteOnly({ known, recorded: last?.writeOnly[name], declared: writeOnly[name], mode, resentTo: " to every member" });
    if (decision.kind === "assumed") writeOnlyUnknown ||= staying.length > 0;
    if (decision.kind !== "send") continue;
    resend.push(name);
    work.fields.push({ field: name, before: UNREPORTED, after: showDesired(accountField(name), fieldValue(batch, name), ctx.pricePlanNames, ctx.pricePlanIds, taintOf(ctx, "batches", batch.prefix, name)), fieldClass: "writeOnly", note: decision.note });
  }
  const pending = new Set(last?.pendingMembers ?? []);
  if (resend.length === 0 && pending.size === 0) return writeOnlyUnknown;
  const wo = resend.length > 0 ? resend : Object.keys(writeOnly);
  addToUpdates(work.memberUpdates, staying.filter((username) => resend.length > 0 || pending.has(username)).map((username) => [username, wo]));
  work.impact = Math.max(work.impact, writeOnlyImpact(known));
  // Only pending members: say which settings they are sent, and why.
  const count = resend.length === 0 ? staying.filter((u) => pending.has(u)).length : 0;
  for (const name of count > 0 ? wo : []) {
    const note = `${membersCount(count)}: an earlier apply failed or was interrupted before the server confirmed it: sent again`;
    work.fields.push({ field: name, before: UNREPORTED, after: showDesired(accountField(name), fieldValue(batch, name), ctx.pricePlanNames, ctx.pricePlanIds), fieldClass: "writeOnly", note });
  }
  return writeOnlyUnknown;
}

/** Members an interrupted apply left owing fields (a grow's follow-ups): sent whatever else is known. */
function sendOwed(batch: Batch, members: readonly Account[], owedBy: ReadonlyMap<string, string[]>, template: ReturnType<typeof memberAccount>, ctx: DiffContext, work: BatchWork): void {
  if (owedBy.size === 0) return;
  addToUpdates(work.memberUpdates, owedBy);
  const counts = new Map<string, number>();
  for (const owed of owedBy.values()) for (const f of owed) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (work.fields.some((f) => f.field === name)) continue;
    const spec = accountField(name);
    work.fields.push({
      field: name,
      before: effectiveClass(template, name) === "writeOnly" ? UNREPORTED : showLive(spec, members.find((m) => owedBy.has(m.username))!, ctx.pricePlanNames),
      after: showDesired(spec, fieldValue(batch, name), ctx.pricePlanNames, ctx.pricePlanIds),
      fieldClass: effectiveClass(template, name),
      note: `${membersCount(count)}: ${OWED_NOTE}`,
    });
  }
  work.impact = Math.max(work.impact, Impact.Safe);
}

/** Adds fields to members' updates: to a member's existing update, else as a new one (in the order given). */
function addToUpdates(memberUpdates: MemberUpdate[], add: Iterable<readonly [string, readonly string[]]>): void {
  const byName = new Map(memberUpdates.map((u) => [u.username, u]));
  for (const [username, fields] of add) {
    const u = byName.get(username);
    if (u) u.fields.push(...fields.filter((f) => !u.fields.includes(f)));
    else memberUpdates.push({ username, fields: [...fields] });
  }
}

/** A new batch's declared settings, each as a plan line. */
function createdFields(batch: Batch, ctx: DiffContext): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const f of BATCH_FIELDS) {
    if (f.class === "identity" || f.name === "count") continue;
    const value = fieldValue(batch, f.name);
    if (value === undefined) continue;
    const spec = safeSpec(f.name);
    const from = taintOf(ctx, "batches", batch.prefix, f.name);
    fields.push({
      field: f.name,
      before: ABSENT,
      after: spec
        ? showDesired(spec, value, ctx.pricePlanNames, ctx.pricePlanIds, from)
        : from !== undefined
          ? { kind: "sensitive", from }
          : { kind: "value", value: value as number },
      fieldClass: f.class,
    });
  }
  return fields;
}

/** The batch's change as the plan shows it: its action follows from what the steps found. */
function batchChange(
  batch: Batch,
  countBefore: number,
  s: { grow: BatchGrow | undefined; remove: string[]; inUseBlocked: string[]; online: string[] },
  ctx: DiffContext,
  work: BatchWork,
): BatchChange {
  const { grow, remove, inUseBlocked, online } = s;
  const action = countBefore === 0 && grow ? "create" : grow || remove.length + inUseBlocked.length > 0 || work.memberUpdates.length > 0 ? "update" : "no-op";
  return {
    resource: "batch",
    action,
    prefix: batch.prefix,
    site: ctx.site,
    impact: action === "no-op" ? Impact.NoChange : work.impact,
    countBefore,
    countAfter: batch.count,
    removeMembers: remove,
    inUseBlocked,
    ...(online.length > 0 ? { online } : {}),
    fields: work.fields,
    source: sourceRef(batch.source),
    ticket: batch.type === "ticket",
    generate: grow
      ? {
          count: grow.count,
          startNumber: batch.type === "ticket" ? undefined : grow.startNumber,
          calls: Math.ceil(grow.count / GENERATE_CHUNK),
          perMemberUpdate: grow.memberUpdateFields.length > 0,
          perMemberFields: grow.memberUpdateFields,
        }
      : undefined,
    updateMembers: work.memberUpdates.map((u) => u.username),
  };
}

/**
 * Which members a shrink to `count` removes: unused first, highest counter first. Members in use
 * are kept unless forced (`inUseBlocked`); `online` are those of them logged in now.
 */
export function chooseRemovals(prefix: string, members: readonly Account[], count: number): { remove: string[]; inUseBlocked: string[]; online: string[] } {
  const ordered = [...members].sort((a, b) => removalOrder(prefix, a, b));
  const going = ordered.slice(0, Math.max(0, members.length - count));
  return {
    remove: going.filter((a) => !inUse(a)).map((a) => a.username),
    inUseBlocked: going.filter((a) => inUse(a)).map((a) => a.username),
    online: going.filter((a) => a.loggedIn === true).map((a) => a.username),
  };
}

/** The forceable refusal of a shrink (or a removed batch) that needs members in use. */
function inUseDiagnostics(prefix: string, what: string, inUseBlocked: readonly string[], ctx: DiffContext, force: boolean | undefined, source?: Batch["source"]): PlanDiagnostic[] {
  if (inUseBlocked.length === 0) return [];
  const names = `${inUseBlocked.slice(0, 5).join(", ")}${inUseBlocked.length > 5 ? ", ..." : ""}`;
  const flag = ctx.forceName ?? "--force";
  return [
    {
      severity: force ? "warning" : "error",
      code: "batch-members-in-use",
      forceable: true,
      site: ctx.site,
      ...(source ? { source: sourceRef(source) } : {}),
      message: `batch ${prefix}: ${what} needs ${inUseBlocked.length} member(s) that are in use (${names})${force ? `: they will be deleted (${flag})` : `; refusing unless ${flag}`}`,
    },
  ];
}

/**
 * A batch this tool created that the configuration no longer declares: a shrink to zero, with the
 * same rule for members in use (kept unless forced) and the same markers.
 */
export function diffDroppedBatch(prefix: string, members: readonly Account[], ctx: DiffContext, opts: { force?: boolean; reason: string; takeoverMembers: number }): { statement: BatchStatement; diagnostics: PlanDiagnostic[] } {
  const { remove, inUseBlocked, online } = chooseRemovals(prefix, members, 0);
  const change: BatchChange = {
    resource: "batch",
    action: "delete",
    prefix,
    site: ctx.site,
    impact: Impact.Destructive,
    countBefore: members.length,
    countAfter: 0,
    removeMembers: remove,
    inUseBlocked,
    ...(online.length > 0 ? { online } : {}),
    fields: [],
    reason: opts.reason,
    ...(opts.takeoverMembers > 0 ? { takeoverMembers: opts.takeoverMembers } : {}),
  };
  return {
    statement: { kind: "batch", change, prefix, pricePlanId: undefined, existing: members.map((m) => m.username), memberUpdates: [], remove, inUseBlocked, writeOnly: {}, adoptWriteOnly: false },
    diagnostics: inUseDiagnostics(prefix, "removing it", inUseBlocked, ctx, opts.force),
  };
}

/**
 * Whether sending `field` to `username` only finishes an interrupted grow: the member was made by
 * it (state file `growing` / `owedMembers`) and the field is a write-only setting the batch never
 * recorded (the interrupted apply records it when it finishes). Such work was reviewed with that
 * apply, so it never counts toward the safety thresholds.
 */
function interruptedGrow(batch: Batch, last: BatchState | undefined, writeOnly: Record<string, string>): (username: string, field: string) => boolean {
  if (!last?.growing && !last?.owedMembers) return () => false;
  const grown = last.growing ? grownBy(last.growing, batch.prefix) : () => false;
  const unrecorded = new Set(Object.keys(writeOnly).filter((n) => last.writeOnly[n] === undefined));
  return (username, field) => unrecorded.has(field) && (grown(username) || (last.owedMembers !== undefined && Object.hasOwn(last.owedMembers, username)));
}

/** A field's note: an implied rate says so; the plan adds which rates it leaves alone. */
function noteOf(name: string, differ: string, notes: ReadonlyMap<string, string> | undefined): string {
  const extra = notes?.get(name);
  if (extra === undefined) return differ;
  return name === "plan" ? `${differ}; ${extra}` : extra;
}

/**
 * Members moved to the batch's plan also get the rates it gives, where the batch declares none
 * (implied-rates.ts): added to those members' updates, shown with a note.
 */
function impliedMemberRates(
  batch: Batch,
  members: readonly Account[],
  memberUpdates: Array<{ username: string; fields: string[] }>,
  planId: number,
  ctx: DiffContext,
  differing: Map<string, { count: number; first: Account }>,
): { rates: PlanRates; notes: Map<string, string> } {
  const notes = new Map<string, string>();
  const rates: PlanRates = {};
  const implied = impliedByPlan(batch, planId, ctx);
  if (!implied) return { rates, notes };
  const byName = new Map(members.map((m) => [m.username, m]));
  for (const { name, key, value, spec, compared } of implied.given) {
    let count = 0;
    let first: Account | undefined;
    for (const u of memberUpdates) {
      const m = byName.get(u.username);
      if (!m || !u.fields.includes("plan") || u.fields.includes(name) || compared === undefined || sameValue(name, compared, spec.read?.(m))) continue;
      u.fields.push(name);
      count++;
      first ??= m;
    }
    if (count === 0 || !first) continue;
    rates[key] = value;
    differing.set(name, { count, first });
    notes.set(name, `${membersCount(count)}: ${impliedNote(implied.planName)}`);
  }
  if (implied.unknownNote !== undefined) notes.set("plan", implied.unknownNote);
  return { rates, notes };
}

/** Staying members that owe fields the batch still declares (state file `owedMembers` / `growing`). */
function owedMembers(batch: Batch, last: BatchState | undefined, staying: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!last?.owedMembers && !last?.growing) return out;
  const declared = (fields: readonly string[]) => fields.filter((f) => fieldValue(batch, f) !== undefined);
  const grown = last.growing ? grownBy(last.growing, batch.prefix) : () => false;
  for (const username of staying) {
    const owed = new Set<string>();
    const named = last.owedMembers && Object.hasOwn(last.owedMembers, username) ? last.owedMembers[username] : undefined;
    for (const f of named ?? []) owed.add(f);
    if (last.growing && grown(username)) for (const f of last.growing.fields) owed.add(f);
    const fields = declared([...owed]);
    if (fields.length > 0) out.set(username, fields);
  }
  return out;
}

function safeSpec(name: string) {
  try {
    return accountField(name);
  } catch {
    return undefined;
  }
}
