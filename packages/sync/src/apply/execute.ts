// Execute: statements → requests, with bounded concurrency (p-limit). Changes are independent
// (distinct usernames), so one failure never stops the others; each outcome is reported. The
// server state section is updated in memory as writes succeed; the engine saves it afterwards.
// Write-ahead: before a write whose effect cannot be confirmed in one answer (a create with a
// follow-up, a batch grow with follow-ups, an update of fields the server does not report), the
// fields are marked OWED in the state section and `persist` puts the mark on disk; the mark is
// cleared when the server confirms them. A process killed in between leaves them owed.
// Statements name what they change; the declared account or batch (with its secrets) is looked up
// in the desired site only here, when its request is built.
//
// The steps, one module each under run/: the shared run (context.ts), the write-ahead marks
// (write-ahead.ts), and one module per statement kind (create-account.ts, update-account.ts,
// delete-account.ts, batch.ts).
import pLimit from "p-limit";
import type { Statement } from "../diff/statements.js";
import type { Change } from "../plan/model.js";
import type { ApplyResult, ChangeOutcome } from "./events.js";
import { runBatch } from "./run/batch.js";
import { type ExecuteOptions, RunContext } from "./run/context.js";
import { runCreate } from "./run/create-account.js";
import { runDelete } from "./run/delete-account.js";
import { errorMessage } from "./run/message.js";
import type { Step } from "./run/step.js";
import { runUpdate } from "./run/update-account.js";
import { WriteAhead } from "./run/write-ahead.js";
import type { WritePolicy } from "./write.js";

export type { ExecuteOptions } from "./run/context.js";

/** Whether a statement deletes accounts (a delete, a shrink, a batch no longer declared). */
function deletes(s: Statement, force: boolean | undefined): boolean {
  return s.kind === "delete-account" || (s.kind === "batch" && (s.remove.length > 0 || (force === true && s.inUseBlocked.length > 0)));
}

/** What the run has reported so far. */
interface Outcomes {
  done: ChangeOutcome[];
  failed: ChangeOutcome[];
  skipped: Change[];
}

export async function execute(planned: Statement[], opts: ExecuteOptions): Promise<ApplyResult> {
  // Creates and updates first, deletes after they all finished (create before destroy): a rename
  // never leaves the venue with neither account, and a failed create keeps the one it replaces.
  const later = planned.filter((s) => deletes(s, opts.force));
  const first = planned.filter((s) => !deletes(s, opts.force));
  const statements = [...first, ...later];
  const run = new RunContext(opts);
  const marks = new WriteAhead(statements, run);
  const outcomes: Outcomes = { done: [], failed: [], skipped: [] };
  const limit = pLimit(run.concurrency);

  const accounts = opts.accounts ?? { create: 0, update: 0, delete: 0 };
  run.emit({ type: "start", changes: statements.filter((s) => s.kind !== "adopt-account").length, accounts });
  const runAll = (list: Statement[]) => Promise.all(list.map((s) => limit(() => runStatement(s, run, marks, outcomes).finally(() => opts.onCheckpoint?.()))));
  await runAll(first);
  await runAll(later);
  const { done, failed, skipped } = outcomes;
  const result: ApplyResult = { ok: failed.length === 0 && skipped.length === 0, done, failed, skipped };
  run.emit({ type: "finish", result });
  return result;
}

/** One statement: skipped after SIGINT, else run by its kind's step; its outcome is reported either way. */
async function runStatement(s: Statement, run: RunContext, marks: WriteAhead, outcomes: Outcomes): Promise<void> {
  marks.start(s);
  if (s.kind === "adopt-account") {
    const entry = (run.state.accounts[s.username] ??= { writeOnly: {} });
    entry.writeOnly = { ...s.writeOnly };
    return;
  }
  const change = s.change;
  if (run.opts.signal?.aborted) {
    marks.takeBack(s);
    outcomes.skipped.push(change);
    return;
  }
  run.emit({ type: "change-start", change });
  const outcome: ChangeOutcome = { change, ok: true, created: [], updated: 0, deleted: [], ambiguous: 0 };
  const policy: WritePolicy = {
    ...run.opts.policy,
    onAmbiguous: (err, result) => {
      outcome.ambiguous++;
      run.emit({ type: "ambiguous", change, command: err.command, outcome: result });
    },
  };
  const step: Step = { outcome, policy, marks };
  try {
    switch (s.kind) {
      case "create-account":
        await runCreate(s, run, step);
        break;
      case "update-account":
        await runUpdate(s, run, step);
        break;
      case "delete-account":
        await runDelete(s, run, step);
        break;
      case "batch":
        await runBatch(s, run, step);
        break;
    }
    outcomes.done.push(outcome);
    run.emit({ type: "change-done", outcome });
  } catch (err) {
    if (s.kind === "create-account" && outcome.created.length === 0) run.notCreated.add(s.username);
    outcome.ok = false;
    outcome.error = errorMessage(err);
    outcomes.failed.push(outcome);
    run.emit({ type: "change-failed", outcome });
  }
}
