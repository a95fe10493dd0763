// A batch statement, in the order its steps run: a grow killed earlier is resumed by name, existing
// members are corrected (a failure to grow must not keep them from it), members are removed, new
// members are generated and given their follow-ups, and the batch's record is written. Each step's
// failures are collected; the statement fails with all of them once every step has run.
import type { Batch } from "@hotspot-iac/core";
import type { BatchStatement } from "../../diff/statements.js";
import { type BatchState, grownBy } from "../../state/state-file.js";
import { convergeBatch, growBatch, growParameters, membersToRemove, shrinkBatch, updateMembers } from "../batch.js";
import type { ChangeOutcome } from "../events.js";
import type { WritePolicy } from "../write.js";
import { errorMessage } from "./message.js";
import type { RunContext } from "./context.js";
import { owe } from "./records.js";
import type { Step } from "./step.js";

/** What the steps of one batch statement share. */
interface BatchRun {
  s: BatchStatement;
  run: RunContext;
  outcome: ChangeOutcome;
  policy: WritePolicy;
  batch: Batch;
  entry: BatchState;
  /** Members still owed their write-only settings. */
  pending: Set<string>;
  /** Members removed (with force, those in use too), and those whose deletion failed. */
  removing: string[];
  failedDeletes: Set<string>;
  errors: string[];
  /** Counts an account done (progress in accounts, each once). */
  tick: (n?: number) => void;
  ctx: () => { planId: number | undefined; now: Date };
}

export async function runBatch(s: BatchStatement, run: RunContext, { outcome, policy }: Step): Promise<void> {
  const batch = run.batchOf(s.prefix);
  const entry = (run.state.batches[batch.prefix] ??= { writeOnly: {} });
  const pending = new Set(entry.pendingMembers ?? []);
  resumeGrow(s, batch, entry);
  const b: BatchRun = {
    s,
    run,
    outcome,
    policy,
    batch,
    entry,
    pending,
    // Members in use only with force, whether the batch shrinks or is no longer declared.
    removing: membersToRemove(s, run.opts.force),
    failedDeletes: new Set(),
    errors: [],
    tick: progressOf(s, run),
    ctx: () => ({ planId: s.pricePlanId, now: run.opts.now() }),
  };
  await convergeBatch({ update: () => updateExisting(b), remove: () => removeMembers(b), grow: () => grow(b) });
  record(b);
}

/** Progress in accounts, each once: a new member that also needs an updateaccount is done when that is. */
function progressOf(s: BatchStatement, run: RunContext): (n?: number) => void {
  const total = (s.grow?.count ?? 0) + s.memberUpdates.length + s.remove.length + (run.opts.force ? s.inUseBlocked.length : 0);
  let progress = 0;
  const tick = (n = 1) => {
    progress += n;
    run.emit({ type: "progress", change: s.change, done: progress, total });
  };
  // 0 of N at once: a batch whose first requests hang is still reported in accounts.
  if (total > 0) tick(0);
  return tick;
}

/** A grow killed before its members were known: the plan found them; owe them by name now. */
function resumeGrow(s: BatchStatement, batch: Batch, entry: BatchState): void {
  if (!entry.growing) return;
  const fields = entry.growing.fields;
  const grown = grownBy(entry.growing, batch.prefix);
  for (const u of s.existing) if (grown(u)) owe(entry, u, fields);
  entry.growing = undefined;
}

async function updateExisting({ s, run, outcome, policy, batch, entry, pending, errors, tick, ctx }: BatchRun): Promise<void> {
  if (s.memberUpdates.length === 0) return;
  // Write-only settings cannot be read back after a lost answer: pending until each is answered.
  const unverifiable = s.memberUpdates.filter((u) => u.fields.some((f) => Object.hasOwn(s.writeOnly, f))).map((u) => u.username);
  if (unverifiable.length > 0) {
    entry.pendingMembers = [...new Set([...(entry.pendingMembers ?? []), ...unverifiable])].sort();
    await run.persist();
  }
  const moved = s.implied ? { ...batch, rates: { ...batch.rates, ...s.implied } } : batch;
  const failures = await updateMembers(run.client, moved, s.memberUpdates, ctx(), { concurrency: run.concurrency, onDone: () => tick(), policy });
  const failedNames = new Set(failures.map((f) => f.username));
  for (const u of s.memberUpdates) {
    if (failedNames.has(u.username)) continue;
    pending.delete(u.username);
    owe(entry, u.username, []);
  }
  for (const f of failures) pending.add(f.username);
  outcome.updated += s.memberUpdates.length - failures.length;
  if (failures.length > 0) errors.push(`${failures.length} member update(s) failed (first: ${failures[0]!.username}: ${failures[0]!.error})`);
}

async function removeMembers({ run, outcome, policy, entry, pending, removing, failedDeletes, errors, tick }: BatchRun): Promise<void> {
  if (removing.length === 0) return;
  const gone = new Set<string>();
  const failures = await shrinkBatch(run.client, removing, { concurrency: run.concurrency, onDone: () => tick(), policy, onGone: (u) => gone.add(u) });
  const failedNames = new Set(failures.map((f) => f.username));
  for (const u of failedNames) failedDeletes.add(u);
  if (gone.size > 0) outcome.alreadyGone = [...gone].sort();
  for (const u of removing) {
    if (failedNames.has(u)) continue;
    if (!gone.has(u)) outcome.deleted.push(u);
    pending.delete(u);
    owe(entry, u, []);
  }
  if (failures.length > 0) errors.push(`${failures.length} member deletion(s) failed (first: ${failures[0]!.username}: ${failures[0]!.error})`);
}

async function grow({ s, run, outcome, policy, batch, entry, errors, tick, ctx }: BatchRun): Promise<void> {
  if (!s.grow) return;
  // Built now, not planned: generate parameters carry the declared values (a password too).
  const planned = { ...s.grow, generate: growParameters(batch, ctx()).generate };
  let created: string[] = [];
  const owedFields = planned.memberUpdateFields;
  // Before the generateaccounts: killed after it, the next plan knows which accounts it made
  // (they are members, plan/members.ts) and what they owe.
  entry.growing = batch.type === "ticket" ? { fields: owedFields, before: [...s.existing] } : { fields: owedFields, from: planned.startNumber };
  await run.persist();
  let grown = false;
  try {
    const r = await growBatch(
      run.client,
      batch,
      {
        count: planned.count,
        startNumber: planned.startNumber,
        generate: planned.generate,
        existing: s.existing,
        isMember: (u) => run.isMemberOf(batch.prefix, u),
      },
      policy,
    );
    created = r.created;
    grown = true;
  } catch (err) {
    created = (err as { created?: string[] }).created ?? [];
    errors.push(`generating members failed after ${created.length} of ${planned.count}: ${errorMessage(err)}`);
  }
  outcome.created.push(...created);
  if (owedFields.length === 0) tick(created.length);
  for (const u of created) owe(entry, u, owedFields);
  // A generateaccounts that failed unresolved may have made members nobody named: keep the mark.
  if (grown) entry.growing = undefined;
  if (owedFields.length > 0 && created.length > 0) {
    const updates = created.map((username) => ({ username, fields: owedFields }));
    const failures = await updateMembers(run.client, batch, updates, ctx(), { concurrency: run.concurrency, onDone: () => tick(), policy });
    const failedNames = new Set(failures.map((f) => f.username));
    for (const u of created) if (!failedNames.has(u)) owe(entry, u, []);
    if (failures.length > 0) errors.push(`${failures.length} new member(s) did not get ${planned.memberUpdateFields.join(", ")} (first: ${failures[0]!.username}: ${failures[0]!.error})`);
  }
}

/** The batch's record in the state section; throws the steps' failures, if any. */
function record({ s, run, outcome, batch, entry, pending, removing, failedDeletes, errors }: BatchRun): void {
  if (s.change.action === "delete") {
    // Forgotten once every member is gone; members kept (in use) stay recorded.
    if (errors.length === 0 && removing.length === s.existing.length) delete run.state.batches[batch.prefix];
    else {
      entry.pendingMembers = undefined;
      const left = new Set(removing);
      entry.members = s.existing.filter((u) => !left.has(u) || failedDeletes.has(u)).sort();
    }
    if (errors.length > 0) throw new Error(`batch ${batch.prefix}: ${errors.join("; ")}`);
    return;
  }
  if (outcome.created.length > 0 && s.change.action === "create") entry.created = true;
  entry.writeOnly = { ...s.writeOnly };
  entry.pendingMembers = pending.size > 0 ? [...pending].sort() : undefined;
  if (errors.length > 0) throw new Error(`batch ${batch.prefix}: ${errors.join("; ")}`);
}
