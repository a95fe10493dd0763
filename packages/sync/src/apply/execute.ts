// Execute: statements → requests, with bounded concurrency (p-limit). Changes are independent
// (distinct usernames), so one failure never stops the others; each outcome is reported. The
// server state section is updated in memory as writes succeed; the engine saves it afterwards.
// Write-ahead: before a write whose effect cannot be confirmed in one answer (a create with a
// follow-up, a batch grow with follow-ups, an update of fields the server does not report), the
// fields are marked OWED in the state section and `persist` puts the mark on disk; the mark is
// cleared when the server confirms them. A process killed in between leaves them owed.
// Statements name what they change; the declared account or batch (with its secrets) is looked up
// in the desired site only here, when its request is built.
import { type Batch, type DesiredAccount, effectiveClass, type HotSpotClient, isHotSpotError } from "@hotspot-iac/core";
import pLimit from "p-limit";
import type { BatchStatement, Statement } from "../diff/statements.js";
import { withImplied } from "../diff/account.js";
import { type DesiredSite, ownerOf } from "../plan/desired.js";
import type { Change } from "../plan/model.js";
import { type AccountState, type BatchState, grownBy, type ServerState } from "../state/state-file.js";
import { createAccount, deleteAccount, followUpFields, PartialCreateError, updateAccount } from "./account.js";
import { growBatch, growParameters, shrinkBatch, updateMembers } from "./batch.js";
import type { ApplyEvent, ApplyResult, ChangeOutcome } from "./events.js";
import type { WritePolicy } from "./write.js";

export interface ExecuteOptions {
  client: HotSpotClient;
  state: ServerState;
  /** The site the statements were planned from: the declared accounts and batches they name. */
  desired: DesiredSite;
  /** Changes in flight (default 4); members of a batch use the same bound. */
  concurrency?: number;
  /** Also delete batch members in use (the plan refused them without force). */
  force?: boolean;
  now: () => Date;
  onEvent?: (e: ApplyEvent) => void;
  signal?: AbortSignal;
  policy?: WritePolicy;
  /** Accounts the plan touches, for the start event. */
  accounts?: { create: number; update: number; delete: number };
  /** Called after each finished change: the state section changed (the engine saves it now and then). */
  onCheckpoint?: () => void;
  /** Puts the state section as it is now on disk (write-ahead marks); resolves once durable. */
  persist?: () => Promise<void>;
}

/** Changes whose write-ahead marks one durable write of the state file covers. */
const MARK_AHEAD = 128;

const message = (err: unknown) => (isHotSpotError(err) || err instanceof Error ? err.message : String(err));

/** Whether a statement deletes accounts (a delete, a shrink, a batch no longer declared). */
function deletes(s: Statement, force: boolean | undefined): boolean {
  return s.kind === "delete-account" || (s.kind === "batch" && (s.remove.length > 0 || (force === true && s.inUseBlocked.length > 0)));
}

export async function execute(planned: Statement[], opts: ExecuteOptions): Promise<ApplyResult> {
  // Creates and updates first, deletes after they all finished (create before destroy): a rename
  // never leaves the venue with neither account, and a failed create keeps the one it replaces.
  const later = planned.filter((s) => deletes(s, opts.force));
  const first = planned.filter((s) => !deletes(s, opts.force));
  const statements = [...first, ...later];
  const notCreated = new Set<string>();
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const limit = pLimit(concurrency);
  const emit = opts.onEvent ?? (() => {});
  const done: ChangeOutcome[] = [];
  const failed: ChangeOutcome[] = [];
  const skipped: Change[] = [];
  const state = opts.state;
  const persist = opts.persist ?? (async () => {});
  const accountOf = (username: string): DesiredAccount => {
    const a = opts.desired.accounts.get(username);
    if (!a) throw new Error(`account ${username}: not declared in site ${opts.desired.name} (the statements belong to another plan)`);
    return a;
  };
  // A batch no longer declared is only deleted: its prefix is all that is needed.
  const batchOf = (prefix: string): Batch => opts.desired.batches.find((b) => b.prefix === prefix) ?? { prefix, count: 0 };
  // Declared accounts and other batches' members are never taken for new members of a batch.
  const isMemberOf = (prefix: string, username: string) => {
    const o = ownerOf(opts.desired, username);
    return o?.kind === "batch" && o.batch.prefix === prefix;
  };

  // Write-ahead marks of single accounts (create with a follow-up, update of unreported fields)
  // are made for a window of upcoming changes at once, refilled while the changes before it run:
  // one durable write covers up to MARK_AHEAD changes instead of the few in flight, and the
  // changes rarely wait for it. A mark left for a change never sent is harmless (a create's
  // account is absent, so it is created; an update's fields differ, so they are sent), and one
  // skipped after SIGINT is taken back.
  const onDisk = new Map<Statement, Promise<void>>();
  const before = new Map<string, AccountState | undefined>();
  const started = new Set<Statement>();
  const position = new Map(statements.map((s, i) => [s, i]));
  let cursor = 0;
  const markGroup = (first?: Statement): void => {
    const group = first ? [first] : [];
    for (; cursor < statements.length && group.length < MARK_AHEAD; cursor++) {
      const next = statements[cursor]!;
      if (next !== first && !started.has(next) && !onDisk.has(next) && writeAhead(next)) group.push(next);
    }
    if (group.length === 0) return;
    const flushed = persist();
    flushed.catch(() => {}); // each change awaits it (and fails if the mark could not be written)
    for (const x of group) onDisk.set(x, flushed);
  };
  const markAhead = (s: Statement): Promise<void> | undefined => {
    if (!onDisk.has(s)) {
      if (!writeAhead(s)) return undefined;
      markGroup(s);
    }
    if (cursor < statements.length && cursor - (position.get(s) ?? 0) < MARK_AHEAD / 2) markGroup();
    return onDisk.get(s);
  };
  const writeAhead = (s: Statement): boolean => {
    if (s.kind === "create-account") {
      const followUp = followUpFields(accountOf(s.username), { planId: s.pricePlanId, now: opts.now() });
      if (followUp.length === 0) return false;
      // Killed after the create, the next run sends the follow-up.
      remember(s.username);
      state.accounts[s.username] = { creating: true, writeOnly: omit(s.writeOnly, followUp), owed: followUp };
      return true;
    }
    if (s.kind === "update-account") {
      // Fields the server does not report cannot be read back after a lost answer: owed until confirmed.
      const account = accountOf(s.username);
      const unverifiable = s.fields.filter((f) => effectiveClass(account, f) !== "enforced");
      if (unverifiable.length === 0) return false;
      remember(s.username);
      // An account seen for the first time starts from the baseline the plan assumed.
      const entry = (state.accounts[s.username] ??= { writeOnly: s.adoptWriteOnly ? omit(s.writeOnly, s.fields) : {} });
      entry.owed = union(entry.owed, unverifiable);
      return true;
    }
    return false;
  };
  const remember = (username: string) => {
    if (!before.has(username)) before.set(username, structuredClone(state.accounts[username]));
  };
  const takeBack = (s: Statement) => {
    const username = s.kind === "create-account" || s.kind === "update-account" ? s.username : undefined;
    if (username === undefined || !onDisk.has(s) || !before.has(username)) return;
    const prev = before.get(username);
    if (prev) state.accounts[username] = prev;
    else delete state.accounts[username];
  };

  const run = async (s: Statement): Promise<void> => {
    started.add(s);
    if (s.kind === "adopt-account") {
      const entry = (state.accounts[s.username] ??= { writeOnly: {} });
      entry.writeOnly = { ...s.writeOnly };
      return;
    }
    const change = s.change;
    if (opts.signal?.aborted) {
      takeBack(s);
      skipped.push(change);
      return;
    }
    emit({ type: "change-start", change });
    const outcome: ChangeOutcome = { change, ok: true, created: [], updated: 0, deleted: [], ambiguous: 0 };
    const policy: WritePolicy = {
      ...opts.policy,
      onAmbiguous: (err, result) => {
        outcome.ambiguous++;
        emit({ type: "ambiguous", change, command: err.command, outcome: result });
      },
    };
    try {
      switch (s.kind) {
        case "create-account": {
          const ctx = { planId: s.pricePlanId, now: opts.now() };
          const { username } = s;
          const account = accountOf(username);
          const followUp = followUpFields(account, ctx);
          const carried = Object.keys(s.writeOnly).filter((f) => !followUp.includes(f));
          await markAhead(s);
          try {
            await createAccount(opts.client, account, ctx, policy);
            state.accounts[username] = { created: true, writeOnly: { ...s.writeOnly } };
          } catch (err) {
            if (err instanceof PartialCreateError) {
              // Exists, but the follow-up was not confirmed: only what generateaccounts carried is applied.
              state.accounts[username] = { created: true, writeOnly: pick(s.writeOnly, carried), owed: followUp };
              outcome.created.push(username);
            }
            throw err;
          }
          outcome.created.push(username);
          break;
        }
        case "update-account": {
          const { username } = s;
          await markAhead(s);
          await updateAccount(opts.client, withImplied(accountOf(username), s.implied), s.fields, { planId: s.pricePlanId, now: opts.now() }, policy);
          const entry = (state.accounts[username] ??= { writeOnly: {} });
          // Sent fields are now known; with an adopted baseline every declared value is recorded.
          entry.writeOnly = s.adoptWriteOnly ? { ...s.writeOnly } : { ...entry.writeOnly, ...pick(s.writeOnly, s.fields) };
          entry.owed = without(entry.owed, s.fields);
          if (entry.creating) {
            // Its create was answered after all (this run found the account): it is ours.
            entry.creating = undefined;
            entry.created = true;
          }
          outcome.updated = 1;
          break;
        }
        case "delete-account": {
          if (s.replacedBy !== undefined && notCreated.has(s.replacedBy)) {
            throw new Error(`not deleted: ${JSON.stringify(s.replacedBy)}, which looks like its new name, was not created`);
          }
          const r = await deleteAccount(opts.client, s.username, policy);
          delete state.accounts[s.username];
          if (r === "gone") outcome.alreadyGone = [s.username];
          else outcome.deleted.push(s.username);
          break;
        }
        case "batch":
          await runBatch(s, outcome, policy);
          break;
      }
      done.push(outcome);
      emit({ type: "change-done", outcome });
    } catch (err) {
      if (s.kind === "create-account" && outcome.created.length === 0) notCreated.add(s.username);
      outcome.ok = false;
      outcome.error = message(err);
      failed.push(outcome);
      emit({ type: "change-failed", outcome });
    }
  };

  const runBatch = async (s: BatchStatement, outcome: ChangeOutcome, policy: WritePolicy): Promise<void> => {
    const { change } = s;
    const batch = batchOf(s.prefix);
    const entry = (state.batches[batch.prefix] ??= { writeOnly: {} });
    const pending = new Set(entry.pendingMembers ?? []);
    // A grow killed before its members were known: the plan found them; owe them by name now.
    if (entry.growing) {
      const fields = entry.growing.fields;
      const grown = grownBy(entry.growing, batch.prefix);
      for (const u of s.existing) if (grown(u)) owe(entry, u, fields);
      entry.growing = undefined;
    }
    const ctx = () => ({ planId: s.pricePlanId, now: opts.now() });
    // Counted in accounts, each once: a new member that also needs an updateaccount is done when
    // that is (a grow of 5,000 is 5,000, not 10,000 steps).
    const total = (s.grow?.count ?? 0) + s.memberUpdates.length + s.remove.length + (opts.force ? s.inUseBlocked.length : 0);
    let progress = 0;
    const tick = (n = 1) => {
      progress += n;
      emit({ type: "progress", change, done: progress, total });
    };
    // 0 of N at once: a batch whose first requests hang is still reported in accounts.
    if (total > 0) tick(0);
    const errors: string[] = [];

    // Existing members first: a failure to grow must not keep them from being corrected.
    if (s.memberUpdates.length > 0) {
      // Write-only settings cannot be read back after a lost answer: pending until each is answered.
      const unverifiable = s.memberUpdates.filter((u) => u.fields.some((f) => Object.hasOwn(s.writeOnly, f))).map((u) => u.username);
      if (unverifiable.length > 0) {
        entry.pendingMembers = [...new Set([...(entry.pendingMembers ?? []), ...unverifiable])].sort();
        await persist();
      }
      const moved = s.implied ? { ...batch, rates: { ...batch.rates, ...s.implied } } : batch;
      const failures = await updateMembers(opts.client, moved, s.memberUpdates, ctx(), { concurrency, onDone: () => tick(), policy });
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

    // Members in use only with force, whether the batch shrinks or is no longer declared.
    const removing = opts.force ? [...s.remove, ...s.inUseBlocked] : s.remove;
    const failedDeletes = new Set<string>();
    if (removing.length > 0) {
      const gone = new Set<string>();
      const failures = await shrinkBatch(opts.client, removing, { concurrency, onDone: () => tick(), policy, onGone: (u) => gone.add(u) });
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

    if (s.grow) {
      // Built now, not planned: generate parameters carry the declared values (a password too).
      const grow = { ...s.grow, generate: growParameters(batch, ctx()).generate };
      let created: string[] = [];
      const owedFields = grow.memberUpdateFields;
      // Before the generateaccounts: killed after it, the next plan knows which accounts it made
      // (they are members, plan/members.ts) and what they owe.
      entry.growing = batch.type === "ticket" ? { fields: owedFields, before: [...s.existing] } : { fields: owedFields, from: grow.startNumber };
      await persist();
      let grown = false;
      try {
        const r = await growBatch(
          opts.client,
          batch,
          {
            count: grow.count,
            startNumber: grow.startNumber,
            generate: grow.generate,
            existing: s.existing,
            isMember: (u) => isMemberOf(batch.prefix, u),
          },
          policy,
        );
        created = r.created;
        grown = true;
      } catch (err) {
        created = (err as { created?: string[] }).created ?? [];
        errors.push(`generating members failed after ${created.length} of ${grow.count}: ${message(err)}`);
      }
      outcome.created.push(...created);
      if (owedFields.length === 0) tick(created.length);
      for (const u of created) owe(entry, u, owedFields);
      // A generateaccounts that failed unresolved may have made members nobody named: keep the mark.
      if (grown) entry.growing = undefined;
      if (owedFields.length > 0 && created.length > 0) {
        const updates = created.map((username) => ({ username, fields: owedFields }));
        const failures = await updateMembers(opts.client, batch, updates, ctx(), { concurrency, onDone: () => tick(), policy });
        const failedNames = new Set(failures.map((f) => f.username));
        for (const u of created) if (!failedNames.has(u)) owe(entry, u, []);
        if (failures.length > 0) errors.push(`${failures.length} new member(s) did not get ${grow.memberUpdateFields.join(", ")} (first: ${failures[0]!.username}: ${failures[0]!.error})`);
      }
    }

    if (change.action === "delete") {
      // Forgotten once every member is gone; members kept (in use) stay recorded.
      if (errors.length === 0 && removing.length === s.existing.length) delete state.batches[batch.prefix];
      else {
        entry.pendingMembers = undefined;
        const left = new Set(removing);
        entry.members = s.existing.filter((u) => !left.has(u) || failedDeletes.has(u)).sort();
      }
      if (errors.length > 0) throw new Error(`batch ${batch.prefix}: ${errors.join("; ")}`);
      return;
    }
    if (outcome.created.length > 0 && change.action === "create") entry.created = true;
    entry.writeOnly = { ...s.writeOnly };
    entry.pendingMembers = pending.size > 0 ? [...pending].sort() : undefined;
    if (errors.length > 0) throw new Error(`batch ${batch.prefix}: ${errors.join("; ")}`);
  };

  const accounts = opts.accounts ?? { create: 0, update: 0, delete: 0 };
  emit({ type: "start", changes: statements.filter((s) => s.kind !== "adopt-account").length, accounts });
  const runAll = (list: Statement[]) => Promise.all(list.map((s) => limit(() => run(s).finally(() => opts.onCheckpoint?.()))));
  await runAll(first);
  await runAll(later);
  const result: ApplyResult = { ok: failed.length === 0 && skipped.length === 0, done, failed, skipped };
  emit({ type: "finish", result });
  return result;
}

/** Record what `username` owes (nothing: forget it). */
function owe(entry: BatchState, username: string, fields: readonly string[]): void {
  if (fields.length > 0) (entry.owedMembers ??= Object.create(null) as Record<string, string[]>)[username] = [...fields];
  else if (entry.owedMembers && Object.hasOwn(entry.owedMembers, username)) {
    delete entry.owedMembers[username];
    if (Object.keys(entry.owedMembers).length === 0) entry.owedMembers = undefined;
  }
}

function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}

/** `owed` without `done`; undefined when nothing is left (the field stays out of the file). */
function without(owed: readonly string[] | undefined, done: readonly string[]): string[] | undefined {
  const left = (owed ?? []).filter((f) => !done.includes(f));
  return left.length > 0 ? left : undefined;
}

function omit(hashes: Record<string, string>, fields: readonly string[]): Record<string, string> {
  return pick(hashes, Object.keys(hashes).filter((f) => !fields.includes(f)));
}

function pick(hashes: Record<string, string>, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) if (hashes[f] !== undefined) out[f] = hashes[f];
  return out;
}
