// Execute: statements → requests, with bounded concurrency (p-limit). Changes are independent
// (distinct usernames), so one failure never stops the others; each outcome is reported. The
// server state section is updated in memory as writes succeed; the engine saves it afterwards.
import { type HotSpotClient, isHotSpotError, writeOnlyFields } from "@hotspot-iac/core";
import pLimit from "p-limit";
import type { Change } from "../plan/model.js";
import type { ServerState } from "../state/file.js";
import { createAccount, deleteAccount, PartialCreateError, updateAccount } from "./account.js";
import { growBatch, shrinkBatch, updateMembers } from "./batch.js";
import type { ApplyEvent, ApplyResult, ChangeOutcome } from "./events.js";
import type { BatchStatement, Statement } from "./statements.js";
import type { WritePolicy } from "./write.js";

export interface ExecuteOptions {
  client: HotSpotClient;
  state: ServerState;
  /** Changes in flight (default 4); members of a batch use the same bound. */
  concurrency?: number;
  /** Also delete batch members in use (the plan refused them without force). */
  force?: boolean;
  now: () => Date;
  onEvent?: (e: ApplyEvent) => void;
  signal?: AbortSignal;
  /** Declared accounts and other batches' members: never taken for new members of a batch. */
  isMemberOf?: (prefix: string, username: string) => boolean;
  policy?: WritePolicy;
  /** Accounts the plan touches, for the start event. */
  accounts?: { create: number; update: number; delete: number };
  /** Called after each finished change: the state section changed (the engine saves it now and then). */
  onCheckpoint?: () => void;
}

const message = (err: unknown) => (isHotSpotError(err) || err instanceof Error ? err.message : String(err));

export async function execute(statements: Statement[], opts: ExecuteOptions): Promise<ApplyResult> {
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const limit = pLimit(concurrency);
  const emit = opts.onEvent ?? (() => {});
  const done: ChangeOutcome[] = [];
  const failed: ChangeOutcome[] = [];
  const skipped: Change[] = [];
  const state = opts.state;

  const run = async (s: Statement): Promise<void> => {
    if (s.kind === "adopt-account") {
      const entry = (state.accounts[s.username] ??= { writeOnly: {} });
      entry.writeOnly = { ...s.writeOnly };
      return;
    }
    const change = s.change;
    if (opts.signal?.aborted) {
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
          const ctx = { planId: s.planId, now: opts.now() };
          try {
            await createAccount(opts.client, s.account, ctx, policy);
            state.accounts[s.account.username] = { created: true, writeOnly: { ...s.writeOnly } };
          } catch (err) {
            if (err instanceof PartialCreateError) {
              // Exists, but update-only fields were not set: record only what generateaccounts carried.
              const sent = writeOnlyFields(s.account).filter((f) => f.generate.length > 0).map((f) => f.name);
              state.accounts[s.account.username] = { created: true, writeOnly: pick(s.writeOnly, sent) };
              outcome.created.push(s.account.username);
            }
            throw err;
          }
          outcome.created.push(s.account.username);
          break;
        }
        case "update-account": {
          await updateAccount(opts.client, s.account, s.fields, { planId: s.planId, now: opts.now() }, policy);
          const entry = (state.accounts[s.account.username] ??= { writeOnly: {} });
          // Sent fields are now known; with an adopted baseline every declared value is recorded.
          entry.writeOnly = s.adoptWriteOnly ? { ...s.writeOnly } : { ...entry.writeOnly, ...pick(s.writeOnly, s.fields) };
          outcome.updated = 1;
          break;
        }
        case "delete-account": {
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
      outcome.ok = false;
      outcome.error = message(err);
      failed.push(outcome);
      emit({ type: "change-failed", outcome });
    }
  };

  const runBatch = async (s: BatchStatement, outcome: ChangeOutcome, policy: WritePolicy): Promise<void> => {
    const { batch, change } = s;
    const entry = (state.batches[batch.prefix] ??= { writeOnly: {} });
    const pending = new Set(entry.pendingMembers ?? []);
    const ctx = () => ({ planId: s.planId, now: opts.now() });
    const total = (s.grow ? s.grow.count * (s.grow.memberUpdateFields.length > 0 ? 2 : 1) : 0) + s.memberUpdates.length + s.remove.length + (opts.force ? s.inUseBlocked.length : 0);
    let progress = 0;
    const tick = (n = 1) => {
      progress += n;
      emit({ type: "progress", change, done: progress, total });
    };
    const errors: string[] = [];

    // Existing members first: a failure to grow must not keep them from being corrected.
    if (s.memberUpdates.length > 0) {
      const failures = await updateMembers(opts.client, batch, s.memberUpdates, ctx(), { concurrency, onDone: () => tick(), policy });
      const failedNames = new Set(failures.map((f) => f.username));
      for (const u of s.memberUpdates) if (!failedNames.has(u.username)) pending.delete(u.username);
      for (const f of failures) pending.add(f.username);
      outcome.updated += s.memberUpdates.length - failures.length;
      if (failures.length > 0) errors.push(`${failures.length} member update(s) failed (first: ${failures[0]!.username}: ${failures[0]!.error})`);
    }

    // Deleting a whole batch (no longer declared) takes every member, used or not.
    const removing = opts.force || change.action === "delete" ? [...s.remove, ...s.inUseBlocked] : s.remove;
    if (removing.length > 0) {
      const gone = new Set<string>();
      const failures = await shrinkBatch(opts.client, removing, { concurrency, onDone: () => tick(), policy, onGone: (u) => gone.add(u) });
      const failedNames = new Set(failures.map((f) => f.username));
      if (gone.size > 0) outcome.alreadyGone = [...gone].sort();
      for (const u of removing) {
        if (failedNames.has(u)) continue;
        if (!gone.has(u)) outcome.deleted.push(u);
        pending.delete(u);
      }
      if (failures.length > 0) errors.push(`${failures.length} member deletion(s) failed (first: ${failures[0]!.username}: ${failures[0]!.error})`);
    }

    if (s.grow) {
      const grow = s.grow;
      let created: string[] = [];
      try {
        const r = await growBatch(
          opts.client,
          batch,
          {
            count: grow.count,
            startNumber: grow.startNumber,
            generate: grow.generate,
            existing: s.existing,
            isMember: opts.isMemberOf ? (u) => opts.isMemberOf!(batch.prefix, u) : undefined,
          },
          policy,
        );
        created = r.created;
      } catch (err) {
        created = (err as { created?: string[] }).created ?? [];
        errors.push(`generating members failed after ${created.length} of ${grow.count}: ${message(err)}`);
      }
      outcome.created.push(...created);
      tick(created.length);
      if (grow.memberUpdateFields.length > 0 && created.length > 0) {
        const updates = created.map((username) => ({ username, fields: grow.memberUpdateFields }));
        const failures = await updateMembers(opts.client, batch, updates, ctx(), { concurrency, onDone: () => tick(), policy });
        for (const f of failures) pending.add(f.username);
        if (failures.length > 0) errors.push(`${failures.length} new member(s) did not get ${grow.memberUpdateFields.join(", ")} (first: ${failures[0]!.username}: ${failures[0]!.error})`);
      }
    }

    if (change.action === "delete") {
      if (errors.length === 0) delete state.batches[batch.prefix];
      else entry.pendingMembers = undefined;
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
  await Promise.all(statements.map((s) => limit(() => run(s).finally(() => opts.onCheckpoint?.()))));
  const result: ApplyResult = { ok: failed.length === 0 && skipped.length === 0, done, failed, skipped };
  emit({ type: "finish", result });
  return result;
}

function pick(hashes: Record<string, string>, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) if (hashes[f] !== undefined) out[f] = hashes[f];
  return out;
}
