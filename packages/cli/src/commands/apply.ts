// `hotspot apply [FILE]`: plan, show, ask, apply — or apply a saved plan from `plan --out FILE`
// (refused when stale). Exit 1 when anything failed; a re-run converges.
import { SERVER_LIMITS } from "@hotspot-iac/core";
import type { Command } from "commander";
import { InvalidArgumentError, Option } from "commander";
import {
  type ApplyResult,
  acquireLock,
  apply,
  applySaved,
  hasChanges,
  type Lock,
  LockHeldError,
  PlanRefusedError,
  renderText,
  PlanAlreadyAppliedError,
  StalePlanError,
  summaryLine,
} from "@hotspot-iac/sync";
import { applyReport, progressListener } from "../apply-report.js";
import { confirmApply } from "../confirm.js";
import { type CommandContext, type ServerTarget, withContext } from "../context.js";
import { CliError } from "../errors.js";
import { addConnectionOptions, type ConnectionOptions } from "../options.js";
import { mergePlans } from "../plan-output.js";
import { planAll, type PlanningOptions, planningOptions } from "../plan-sites.js";
import { createProgress } from "../progress.js";
import { runAction } from "../run.js";
import { readSavedPlanFile } from "../saved-plan-file.js";

interface ApplyCommandOptions extends ConnectionOptions, PlanningOptions {
  autoApprove?: boolean;
  concurrency?: number;
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
  if (err instanceof LockHeldError || err instanceof StalePlanError) throw new CliError((err as Error).message, 1, { cause: err });
  if (err instanceof PlanRefusedError) throw new CliError(`${err.message}\nNothing was applied.`, 1, { cause: err });
  throw err;
}

async function applyPlanned(ctx: CommandContext, opts: ApplyCommandOptions): Promise<number> {
  let lock: Lock | undefined;
  try {
    // Before planning: the state file read by the plan is the one this apply writes.
    lock = await acquireLock({ statePath: ctx.statePath, serverUrl: ctx.targets.map((t) => t.url) });
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
        await apply({ planned, client: ctx.client(ctx.targets[i] as ServerTarget), locked: true }).catch(explain);
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
          await apply({ planned, client: ctx.client(target), locked: true }).catch(explain);
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
            locked: true,
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
  const saved = await readSavedPlanFile(file);
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
  const progress = createProgress(ctx.term);
  const { signal, dispose } = interruptible(ctx);
  let result: ApplyResult | undefined;
  try {
    result = await applySaved({
      saved,
      config: ctx.config!,
      site: target.site,
      client: ctx.client(target),
      serverUrl: target.url,
      passphrase: target.passphrase.reveal(),
      statePath: ctx.statePath,
      concurrency: opts.concurrency,
      force: opts.force,
      allowTakeover: opts.allowTakeover,
      onEvent: progressListener(progress),
      signal,
    }).catch((err) => (err instanceof PlanAlreadyAppliedError ? undefined : explain(err)));
  } finally {
    progress.stop();
    dispose();
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
    .addOption(new Option("--concurrency <n>", "changes in flight at once (default 4)").argParser(positiveInt));
  for (const o of planningOptions("apply despite safety thresholds and delete batch members in use")) cmd.addOption(o);
  addConnectionOptions(cmd);
  cmd.action(
    runAction<ApplyCommandOptions>(async (args, opts) =>
      withContext(opts, { config: "required", server: true }, (ctx) =>
        args[0] ? applySavedFile(ctx, opts, args[0]) : applyPlanned(ctx, opts),
      ),
    ),
  );
}
