// apply(): execute a plan's statements under the apply lock, with the state file written ahead,
// checkpointed, and saved at the end whatever happened.
import { serverNow } from "@hotspot-iac/core";
import type { ApplyEvent, ApplyResult } from "../apply/events.js";
import { execute } from "../apply/execute.js";
import type { Lock } from "../lock/lock.js";
import type { PlanDiagnostic } from "../plan/model.js";
import { recordKnown } from "../state/known.js";
import { CURRENT_KDF } from "../state/hash.js";
import { backendOf } from "../state/file-backend.js";
import { findServerState, serverState, StateWriteError } from "../state/state-file.js";
import { StateWriter } from "../state/writer.js";
import type { ApplyOptions } from "./types.js";
import { HotspotIacError } from "@hotspot-iac/core";

/** The plan has errors that forbid applying it. */
export class PlanRefusedError extends HotspotIacError {
  override get code() {
    return "plan-refused" as const;
  }
  override readonly name = "PlanRefusedError";
  constructor(readonly diagnostics: PlanDiagnostic[]) {
    super(`the plan cannot be applied:\n${diagnostics.map((d) => `  - ${d.message}`).join("\n")}`);
  }
}

/**
 * The state could not be saved: says where, why, whether the server was changed, and what to run.
 * Nothing already on disk (or in the database) was lost: a failed save leaves the previous one.
 */
export class StateNotSavedError extends HotspotIacError {
  override get code() {
    return "state-not-saved" as const;
  }
  override readonly name = "StateNotSavedError";
  constructor(
    override readonly cause: StateWriteError,
    /** "no": nothing was sent; "yes": changes were made; "maybe": requests were sent, none confirmed. */
    readonly serverChanged: "no" | "yes" | "maybe",
    changesMade: number,
  ) {
    const server =
      serverChanged === "no"
        ? "The server was not changed."
        : serverChanged === "yes"
          ? `The server was changed (${changesMade} change${changesMade === 1 ? "" : "s"} made) but the state does not record all of it.`
          : "Requests were sent: the server may have been changed, and the state does not record it.";
    const next =
      serverChanged === "no"
        ? "Fix the cause (free space, permissions) and run apply again."
        : "Fix the cause (free space, permissions) and run apply again: it reads the server and converges (fields owed by an interrupted write are sent again).";
    super(`${cause.message}. ${server} ${next}`);
  }
}

/** Saves of the state file during a long apply are at least this far apart. */
const CHECKPOINT_MS = 2_000;

/**
 * Apply a plan made by plan(): creates, updates and deletes with bounded concurrency, each
 * ambiguous write resolved by reading back before any retry. One failure does not stop the
 * other changes; the result lists what was done and what failed. The state file is saved even
 * when changes failed, so the next plan converges.
 */
export async function apply(opts: ApplyOptions): Promise<ApplyResult> {
  const { planned } = opts;
  const errors = planned.plan.diagnostics.filter((x) => x.severity === "error" && !(opts.force && x.forceable));
  if (errors.length > 0) throw new PlanRefusedError(errors);

  const own: Lock | undefined = opts.locked ? undefined : await backendOf(planned.state).lock({ servers: [planned.serverUrl] });
  const lock = opts.locked ?? own;
  try {
    // A plan without changes still records what it found (declared accounts adopted, batch
    // members, write-only baselines): no request is sent, and the file is written only if that
    // record changed, so a no-op apply leaves a committed state file alone.
    const changing = planned.statements.some((s) => s.kind !== "adopt-account");
    const recordedBefore = changing ? "" : JSON.stringify(findServerState(planned.state.file, planned.serverUrl) ?? null);
    const server = serverState(planned.state.file, planned.serverUrl);
    if (server.keyCheck !== undefined && server.keyCheck !== planned.keyCheck) {
      // Hashes made with another key cannot be compared again: start over with this key.
      for (const a of Object.values(server.accounts)) a.writeOnly = {};
      for (const b of Object.values(server.batches)) b.writeOnly = {};
    }
    server.keyCheck = planned.keyCheck;
    server.kdf = CURRENT_KDF;
    server.site = planned.site;
    // Whether the server was changed, for a state that cannot be saved.
    let started = false;
    let made = 0;
    const onEvent = (e: ApplyEvent) => {
      if (e.type === "change-start") started = true;
      if (e.type === "change-done") made++;
      opts.onEvent?.(e);
    };
    const notSaved = (err: unknown): never => {
      if (!(err instanceof StateWriteError)) throw err;
      throw new StateNotSavedError(err, made > 0 ? "yes" : started ? "maybe" : "no", made);
    };
    // One writer for every save (write-ahead marks, checkpoints, the end): group commit.
    const writer = new StateWriter(planned.state);
    // The state file exists (with this key) before the first request that changes the server.
    if (changing) await writer.flush().catch(notSaved);
    // Save the state file now and then during long applies, so an interrupted process loses little.
    let lastSave = Date.now();
    const checkpoint = () => {
      if (Date.now() - lastSave < CHECKPOINT_MS) return;
      lastSave = Date.now();
      writer.flush().catch(() => {});
    };
    // A lost lock (the state database's session ended) stops the run before its next change, as
    // an interrupt does: another apply may hold the lock now.
    const lostSignal = lock?.lost;
    const lostMessage = () => (lostSignal?.reason instanceof Error ? lostSignal.reason.message : "the apply lock was lost");
    lostSignal?.addEventListener("abort", () => opts.onEvent?.({ type: "lock-lost", message: lostMessage() }), { once: true });
    let result: ApplyResult;
    try {
      result = await execute(planned.statements, {
        client: opts.client,
        state: server,
        concurrency: opts.concurrency,
        force: opts.force,
        now: opts.now ?? (() => serverNow(0, planned.desired.site.server?.timeZone)),
        onEvent,
        signal: lostSignal ? AbortSignal.any([lostSignal, ...(opts.signal ? [opts.signal] : [])]) : opts.signal,
        policy: lostSignal ? { ...opts.policy, halt: lostSignal } : opts.policy,
        desired: planned.desired,
        accounts: planned.plan.accounts,
        onCheckpoint: checkpoint,
        persist: () => writer.flush(),
      });
      recordKnown(server, planned.desired, planned.live, result);
    } finally {
      if (changing) {
        server.lastAppliedAt = new Date().toISOString();
        await writer.flush().catch(notSaved);
      } else if (planned.state.rekeyed || JSON.stringify(server) !== recordedBefore) {
        await writer.flush().catch(notSaved);
      }
      planned.state.rekeyed = false;
    }
    result.statePath = planned.state.path;
    if (lostSignal?.aborted) result.lockLost = lostMessage();
    return result;
  } finally {
    await own?.release();
  }
}
