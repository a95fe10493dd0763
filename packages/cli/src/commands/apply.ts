// `hotspot apply [FILE]`: plan, show, ask, apply — or apply a saved plan from `plan --out FILE`
// (refused when stale). Exit 1 when anything failed; a re-run converges.
import { SERVER_LIMITS } from "@hotspot-iac/core";
import type { Command } from "commander";
import { InvalidArgumentError, Option } from "commander";
import {
  type ApplyResult,
  apply,
  applySaved,
  hasChanges,
  type Lock,
  LockHeldError,
  mergePlans,
  PlanRefusedError,
  renderText,
  PlanAlreadyAppliedError,
  type PlanResult,
  renderFleetSummary,
  type SavedPlan,
  renderFleetText,
  StalePlanError,
  StateNotSavedError,
  summaryLine,
  type VenueReport,
  venueFailed,
} from "@hotspot-iac/sync";
import { applyReport, progressListener } from "../apply-report.js";
import { confirmApply } from "../confirm.js";
import { type CommandContext, engineTarget, withContext } from "../context.js";
import type { ServerTarget } from "../targets.js";
import { CliError } from "../errors.js";
import { addConnectionOptions, type ConnectionOptions } from "../options.js";
import { venueReports } from "../plan-output.js";
import { planAll, type PlanningOptions, planningOptions, planVenues } from "../plan-sites.js";
import { type FleetOptions, fleetExitCode, fleetOptions, forEachVenue, shownServer, type VenueOutcome } from "../venues.js";
import { createProgress } from "../progress.js";
import { runAction } from "../run.js";
import { readSavedPlanFile } from "../saved-plan-file.js";

interface ApplyCommandOptions extends ConnectionOptions, PlanningOptions, FleetOptions {
  autoApprove?: boolean;
  concurrency?: number;
  lockTimeout?: number;
}

/** `--lock-timeout`: 0, 30s, 5m, 1h (a bare number is seconds), like terraform's -lock-timeout. */
function lockTimeout(value: string): number {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a duration like 0, 30s, 5m or 1h");
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "ms" | "s" | "m" | "h"];
  return Number(m[1]) * unit;
}

/** The apply lock of every selected server, where the state lives (waiting up to --lock-timeout). */
async function lockServers(ctx: CommandContext, opts: ApplyCommandOptions, urls: string[]): Promise<Lock> {
  const backend = await ctx.stateBackend();
  return backend.lock({ servers: urls, waitMs: opts.lockTimeout ?? 0, onWarning: (m) => ctx.term.note(ctx.term.err.warn(`Warning: ${m}`)) });
}

/** `--concurrency`: the bounds of `server.concurrency` (core's SERVER_LIMITS). */
function positiveInt(value: string): number {
  const n = Number(value);
  const { min, max } = SERVER_LIMITS.concurrency;
  if (!/^\d+$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}`);
  return n;
}

/** First Ctrl-C: finish the changes in flight and save state. Second: leave now. --timeout: the first. */
function interruptible(ctx: CommandContext): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  ctx.timeoutNote = "changes not started were left alone and what was done is recorded in the state file; run apply again to converge";
  const onDeadline = () => controller.abort();
  ctx.signal.addEventListener("abort", onDeadline, { once: true });
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    ctx.term.note("\nInterrupt received: finishing the changes in flight and saving the state file (Ctrl-C again to quit now).");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      ctx.signal.removeEventListener("abort", onDeadline);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

function explain(err: unknown): never {
  if (err instanceof LockHeldError) {
    throw new CliError(`${err.message}\nNothing was changed. Wait for it (--lock-timeout 5m waits up to 5 minutes) or run again later.`, 1, { cause: err });
  }
  if (err instanceof StalePlanError || err instanceof StateNotSavedError) throw new CliError((err as Error).message, 1, { cause: err });
  if (err instanceof PlanRefusedError) throw new CliError(`${err.message}\nNothing was applied.`, 1, { cause: err });
  throw err;
}

async function applyPlanned(ctx: CommandContext, opts: ApplyCommandOptions): Promise<number> {
  let lock: Lock | undefined;
  try {
    // Before planning: the state file read by the plan is the one this apply writes.
    lock = await lockServers(ctx, opts, ctx.targets.map((t) => t.url));
    const results = await planAll(ctx, opts);
    const plan = mergePlans(results.map((r) => r.plan));
    ctx.term.write(renderText(plan, { palette: ctx.term.out }));
    const blocking = plan.diagnostics.filter((d) => d.severity === "error" && !(opts.force && d.forceable));
    if (blocking.length > 0) {
      // Each error above already says whether --force overrides it: not repeated here.
      throw new CliError(`the plan has ${blocking.length} error${blocking.length === 1 ? "" : "s"}; nothing was applied`);
    }
    if (!hasChanges(plan)) {
      // Nothing to send, but what the plan found is recorded (accounts adopted, batch members):
      // removing one later is then a delete of a known account, not a takeover.
      for (const [i, planned] of results.entries()) {
        await apply({ planned, client: ctx.client(ctx.targets[i] as ServerTarget), locked: lock }).catch(explain);
      }
      return 0;
    }

    if (!opts.autoApprove) {
      if (!ctx.term.canPrompt) {
        throw new CliError("apply needs approval: run it on a terminal to answer the prompt, or pass --auto-approve");
      }
      if (!(await confirmApply())) throw new CliError("Apply cancelled.");
    }

    const { signal, dispose } = interruptible(ctx);
    const applied: ApplyResult[] = [];
    try {
      for (const [i, planned] of results.entries()) {
        const target = ctx.targets[i] as ServerTarget;
        if (!hasChanges(planned.plan)) {
          await apply({ planned, client: ctx.client(target), locked: lock }).catch(explain);
          continue;
        }
        const progress = createProgress(ctx.term);
        applied.push(
          await apply({
            planned,
            client: ctx.client(target),
            concurrency: opts.concurrency,
            force: opts.force,
            onEvent: progressListener(progress),
            signal,
            locked: lock,
          }).catch(explain),
        );
        progress.stop();
      }
    } finally {
      dispose();
    }
    const report = applyReport(applied, ctx.term.out);
    ctx.term.write(report.text);
    return report.ok ? 0 : 1;
  } catch (err) {
    return explain(err);
  } finally {
    await lock?.release();
  }
}

async function applySavedFile(ctx: CommandContext, opts: ApplyCommandOptions, file: string): Promise<number> {
  const plans = await readSavedPlanFile(file);
  if (plans.length > 1) return applySavedFleet(ctx, opts, file, plans);
  const saved = plans[0]!;
  const target = ctx.targets.find((t) => t.site === saved.site);
  if (!target) {
    throw new CliError(`${file} is a plan for site ${JSON.stringify(saved.site)}, which is not selected in this configuration`);
  }
  ctx.term.note(`Applying the saved plan ${file} (made ${saved.createdAt}): ${summaryLine(saved.plan)}`);
  const made = [saved.choices?.force ? "--force" : "", saved.choices?.allowTakeover ? "--allow-takeover" : ""].filter(Boolean);
  if (made.length > 0) ctx.term.note(`The plan was made with ${made.join(" and ")}: applied as reviewed, with the same.`);
  if (!hasChanges(saved.plan)) {
    ctx.term.write(renderText(saved.plan, { palette: ctx.term.out }));
  }
  // Locked before the saved plan is checked: no other apply writes the state in between.
  const lock = await lockServers(ctx, opts, [target.url]).catch(explain);
  const progress = createProgress(ctx.term);
  const { signal, dispose } = interruptible(ctx);
  let result: ApplyResult | undefined;
  try {
    result = await applySaved({
      saved,
      ...engineTarget(ctx, target),
      concurrency: opts.concurrency,
      force: opts.force,
      allowTakeover: opts.allowTakeover,
      onEvent: progressListener(progress),
      signal,
      locked: lock,
    }).catch((err) => (err instanceof PlanAlreadyAppliedError ? undefined : explain(err)));
  } finally {
    progress.stop();
    dispose();
    await lock.release();
  }
  if (!result) {
    ctx.term.write(`The saved plan ${file} was already applied: the server matches the configuration. Nothing to do.\n`);
    return 0;
  }
  const report = applyReport([result], ctx.term.out);
  ctx.term.write(report.text);
  return report.ok ? 0 : 1;
}

export function registerApplyCommand(program: Command): void {
  const cmd = program
    .command("apply")
    .description("make the server match the configuration (asks first), or apply a saved plan FILE")
    .argument("[file]", "a plan saved by `hotspot plan --out FILE`: applied as reviewed, refused if stale")
    .addOption(new Option("--auto-approve", "skip the interactive approval (CI)"))
    .addOption(new Option("--concurrency <n>", "changes in flight at once (default 4)").argParser(positiveInt))
    .addOption(
      new Option("--lock-timeout <duration>", "wait this long for another apply's lock on the same server (default 0: refuse at once)").argParser(lockTimeout),
    );
  for (const o of planningOptions("apply despite safety thresholds and delete batch members in use")) cmd.addOption(o);
  for (const o of fleetOptions()) cmd.addOption(o);
  addConnectionOptions(cmd);
  cmd.action(
    runAction<ApplyCommandOptions>(async (args, opts) =>
      withContext(opts, { config: "required", server: true }, (ctx) =>
        args[0] ? applySavedFile(ctx, opts, args[0]) : ctx.targets.length > 1 ? applyFleet(ctx, opts) : applyPlanned(ctx, opts),
      ),
    ),
  );
}

/**
 * Several venues: planned concurrently and printed (each plan whole, then the summary); one
 * approval for the fleet; then every venue whose plan can be applied is applied, `--parallel` at
 * once. A venue that cannot be read, is refused (safety, takeover) or fails is reported and the
 * others are applied. Exit 1 if any venue failed.
 */
async function applyFleet(ctx: CommandContext, opts: ApplyCommandOptions): Promise<number> {
  let lock: Lock | undefined;
  try {
    lock = await lockServers(ctx, opts, ctx.targets.map((t) => t.url));
    const outcomes = await planVenues(ctx, opts);
    const planned = venueReports(outcomes);
    // --force applies past forceable errors: such a venue is not refused.
    const blocked = (p: PlanResult) => p.plan.diagnostics.some((d) => d.severity === "error" && !(opts.force && d.forceable));
    for (const [i, o] of outcomes.entries()) {
      if (o.status === "done" && !blocked(o.value)) planned[i]!.result = hasChanges(o.value.plan) ? "changes" : "no-changes";
    }
    ctx.term.write(renderFleetText(planned, ctx.term.out));
    const stopped = opts.failFast && planned.some(venueFailed);
    const ready = stopped ? [] : outcomes.flatMap((o) => (o.status === "done" && !blocked(o.value) ? [{ target: o.target, planned: o.value }] : []));
    if (ready.some((r) => hasChanges(r.planned.plan)) && !opts.autoApprove) {
      if (!ctx.term.canPrompt) {
        throw new CliError("apply needs approval: run it on a terminal to answer the prompt, or pass --auto-approve");
      }
      if (!(await confirmApply())) throw new CliError("Apply cancelled.");
    }
    const { signal, dispose } = interruptible(ctx);
    let applied: Awaited<ReturnType<typeof forEachVenue<ApplyResult | undefined>>>;
    try {
      const byTarget = new Map(ready.map((r) => [r.target, r.planned]));
      applied = await forEachVenue(
        ctx,
        ready.map((r) => r.target),
        opts,
        async (target) => {
          const p = byTarget.get(target)!;
          // No changes: nothing is sent, what the plan found is recorded.
          if (!hasChanges(p.plan)) return void (await apply({ planned: p, client: ctx.client(target), locked: lock }));
          return apply({ planned: p, client: ctx.client(target), concurrency: opts.concurrency, force: opts.force, signal, locked: lock });
        },
        (r) => r !== undefined && !applyReport([r], ctx.term.out).ok,
        "applying",
      );
    } finally {
      dispose();
    }
    // The fleet's results: the plan's for venues not applied, the apply's for the others.
    const results: VenueReport[] = planned.map((v) => ({ ...v, plan: undefined, error: undefined, result: v.result === "changes" || v.result === "no-changes" ? "not-reached" : v.result, ...(v.error ? { error: v.error } : {}) }));
    for (const a of applied) {
      const i = ctx.targets.indexOf(a.target);
      const v = results[i]!;
      if (a.status === "failed") Object.assign(v, { result: "error", error: a.message });
      else if (a.status === "not-reached") v.result = "not-reached";
      else if (a.value === undefined) v.result = "no-changes";
      else {
        const report = applyReport([a.value], ctx.term.out);
        v.after = report.text.replace(/^\n/, "");
        v.result = report.ok ? "applied" : "error";
        if (!report.ok) v.error = "the apply did not complete (see above)";
      }
    }
    // Counts of what each venue's plan had, kept for the table.
    for (const [i, v] of results.entries()) {
      const o = outcomes[i]!;
      if (o.status === "done" && !blocked(o.value)) v.plan = { ...o.value.plan, changes: [], diagnostics: [] };
    }
    ctx.term.write(`\n${renderFleetApplied(results, ctx)}`);
    return fleetExitCode(results.some(venueFailed), false, false);
  } catch (err) {
    return explain(err);
  } finally {
    await lock?.release();
  }
}

/** After a fleet apply: each venue's report in configuration order, then the summary. */
function renderFleetApplied(results: VenueReport[], ctx: CommandContext): string {
  const p = ctx.term.out;
  const out: string[] = [];
  for (const v of results) {
    if (!v.after && !v.error) continue;
    out.push(p.bold(`── ${v.site}: apply ${"─".repeat(Math.max(3, 53 - v.site.length))}`), "");
    if (v.after) out.push(v.after);
    else if (v.error) out.push(`${p.error("Error:")} ${v.error}`, "");
  }
  out.push(renderFleetSummary(results, p));
  return out.join("\n");
}

/**
 * A fleet's saved plan: each selected venue's plan applied as reviewed, `--parallel` at once. A
 * stale venue is refused (and reported), the others are applied: each venue's plan is checked
 * against its own server.
 */
async function applySavedFleet(ctx: CommandContext, opts: ApplyCommandOptions, file: string, plans: SavedPlan[]): Promise<number> {
  const selected = new Set(ctx.targets.map((t) => t.site));
  const chosen = plans.filter((p) => selected.has(p.site));
  if (chosen.length === 0) {
    throw new CliError(`${file} holds plans for ${plans.map((p) => p.site).join(", ")}: none of them is selected in this configuration`);
  }
  const targets = chosen.map((p) => ctx.targets.find((t) => t.site === p.site)!);
  ctx.term.note(`Applying the saved plan ${file} (made ${chosen[0]!.createdAt}): ${chosen.length} venue${chosen.length === 1 ? "" : "s"}`);
  let lock: Lock | undefined;
  try {
    lock = await lockServers(ctx, opts, targets.map((t) => t.url));
    const state = await (await ctx.stateBackend()).load();
    const { signal, dispose } = interruptible(ctx);
    let applied: VenueOutcome<ApplyResult | undefined>[];
    try {
      applied = await forEachVenue(
        ctx,
        targets,
        opts,
        async (target) => {
          const saved = chosen.find((p) => p.site === target.site)!;
          try {
            return await applySaved({
              saved,
              ...engineTarget(ctx, target),
              state,
              concurrency: opts.concurrency,
              force: opts.force,
              allowTakeover: opts.allowTakeover,
              signal,
              locked: lock,
            });
          } catch (err) {
            if (err instanceof PlanAlreadyAppliedError) return undefined;
            throw err;
          }
        },
        (r) => r !== undefined && !applyReport([r], ctx.term.out).ok,
        "applying",
      );
    } finally {
      dispose();
    }
    const results: VenueReport[] = applied.map((a, i) => {
      const saved = chosen[i]!;
      const base = { site: a.target.site, server: shownServer(a.target), plan: { ...saved.plan, changes: [], diagnostics: [] } };
      if (a.status === "failed") return { ...base, result: "error", error: a.message.replace(/\n/g, " ") };
      if (a.status === "not-reached") return { ...base, result: "not-reached" };
      if (a.value === undefined) return { ...base, result: "no-changes", after: "The saved plan was already applied: the server matches the configuration.\n" };
      const report = applyReport([a.value], ctx.term.out);
      return {
        ...base,
        result: report.ok ? (hasChanges(saved.plan) ? "applied" : "no-changes") : "error",
        after: report.text.replace(/^\n/, ""),
        ...(report.ok ? {} : { error: "the apply did not complete (see above)" }),
      };
    });
    ctx.term.write(renderFleetApplied(results, ctx));
    return fleetExitCode(results.some(venueFailed), false, false);
  } finally {
    await lock?.release();
  }
}
