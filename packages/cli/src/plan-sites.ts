// Planning every selected site, shared by `plan` and `apply`: one engine plan per server target;
// several sites (a fleet) are planned concurrently, each venue's failure its own (venues.ts).
import { resolve } from "node:path";
import { Option } from "commander";
import { type LoadedState, PlanAbortedError, type PlanResult, plan, planResult } from "@hotspot-iac/sync";
import cliProgress from "cli-progress";
import { type CommandContext, displayPath, engineTarget } from "./context.js";
import type { ServerTarget } from "./targets.js";
import { CliError } from "./errors.js";
import { counted, heartbeat } from "./heartbeat.js";
import { type FleetOptions, forEachVenue, type VenueOutcome } from "./venues.js";

export interface PlanningOptions {
  force?: boolean;
  state?: string;
  resendWriteOnly?: boolean;
  allowTakeover?: boolean;
}

export function planningOptions(forceHelp: string): Option[] {
  return [
    new Option("--force", forceHelp),
    new Option(
      "--state <file|url>",
      "state of what was last applied: a file, or a postgres:// URL shared by every checkout (default: the YAML's state, else .hotspot/state.json beside the configuration; env: HOTSPOT_STATE)",
    ),
    new Option("--resend-write-only", "send write-only fields (customer data, multilogin...) whose last applied value is unknown"),
    new Option(
      "--allow-takeover",
      "also delete owned accounts this state file never created, imported or adopted, and adopt such accounts under a batch's prefix as its members (ownership.allowTakeover)",
    ),
  ];
}

/** What every venue's plan shares: one loaded state file, and what the plans were made from. */
interface PlanShared {
  state: LoadedState;
  configuration: NonNullable<PlanResult["plan"]["configuration"]>;
}

async function planShared(ctx: CommandContext): Promise<PlanShared> {
  const config = ctx.config;
  if (!config) throw new CliError("no configuration loaded");
  // One copy of the state file for every site: each apply saves it whole.
  const state = await (await ctx.stateBackend()).load();
  ctx.timeoutNote ??= "nothing was planned or changed";
  // Named in the plan's header, beside the server: what the reviewer's plan was made from.
  const configuration = {
    // The files read (a folder named with -f stands for the YAML files inside it).
    files: config.files.map((f) => displayPath(resolve(ctx.cwd, f), ctx.cwd)),
    stateFile: ctx.stateName,
  };
  return { state, configuration };
}

/** One site's plan; an aborted plan becomes a CliError saying why (and whether --force helps). */
async function planOne(
  ctx: CommandContext,
  target: ServerTarget,
  shared: PlanShared,
  opts: PlanningOptions,
  onReadProgress?: (done: number, total: number) => void,
): Promise<PlanResult> {
  try {
    const planned = await plan({
      ...engineTarget(ctx, target),
      force: opts.force,
      writeOnly: opts.resendWriteOnly ? "resend" : "assume",
      allowTakeover: opts.allowTakeover,
      ...(onReadProgress ? { onReadProgress } : {}),
      emulator: target.embedded !== undefined,
      state: shared.state,
    });
    planned.plan.configuration = shared.configuration;
    return planned;
  } catch (err) {
    if (err instanceof PlanAbortedError) {
      const where = ctx.targets.length > 1 ? ` (site ${target.site})` : "";
      const hint = err.forceable ? "; --force plans anyway" : "";
      throw new CliError(`planning stopped${where}: ${err.message}${hint}`, 1, { cause: err });
    }
    throw err;
  }
}

/** Every selected site, one after another; the first that fails stops the run (one site). */
export async function planAll(ctx: CommandContext, opts: PlanningOptions): Promise<PlanResult[]> {
  const shared = await planShared(ctx);
  const results: PlanResult[] = [];
  for (const target of ctx.targets) {
    const reading = readProgress(ctx, target.site);
    try {
      results.push(await planOne(ctx, target, shared, opts, reading.update));
    } finally {
      reading.stop();
    }
  }
  return results;
}

/**
 * Every selected venue, `--parallel` at once; a venue whose plan fails is reported in its outcome
 * and the others are planned. Outcomes in configuration order.
 */
export async function planVenues(ctx: CommandContext, opts: PlanningOptions & FleetOptions): Promise<VenueOutcome<PlanResult>[]> {
  // Cut off by --timeout, the venues still reading are reported with their error, the others planned.
  ctx.timeoutNote ??= "the venues it cut off are reported above as errors; nothing was changed";
  const shared = await planShared(ctx);
  return forEachVenue(
    ctx,
    ctx.targets,
    opts,
    (target) => planOne(ctx, target, shared, opts),
    (planned) => planResult(planned.plan) === "refused",
  );
}

/**
 * While the plan reads the server: on a terminal a transient bar (cleared when done); elsewhere a
 * `Still reading…` line every 10 s, so a slow server is not taken for a hung job.
 */
function readProgress(ctx: CommandContext, site: string): { update: (done: number, total: number) => void; stop: () => void } {
  if (!ctx.term.interactive) {
    const where = ctx.targets.length > 1 ? ` (site ${site})` : "";
    let read: { done: number; total: number } | undefined;
    const beat = heartbeat((time) => {
      const n = read ? ` ${counted(read.done, read.total)}` : "";
      ctx.term.note(`Still reading the server${where}…${n} [${time} elapsed]`);
    });
    return { update: (done, total) => void (read = { done, total }), stop: beat.stop };
  }
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (!bar) {
        if (total < 20) return;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: "Reading the server {bar} {value}/{total} accounts", clearOnComplete: true, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}
