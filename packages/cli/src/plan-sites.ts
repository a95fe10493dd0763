// Planning every selected site, shared by `plan` and `apply`: one engine plan per server target.
import { resolve } from "node:path";
import { Option } from "commander";
import { PlanAbortedError, type PlanResult, plan } from "@hotspot-iac/sync";
import cliProgress from "cli-progress";
import { type CommandContext, displayPath } from "./context.js";
import { CliError } from "./errors.js";
import { counted, heartbeat } from "./heartbeat.js";

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

export async function planAll(ctx: CommandContext, opts: PlanningOptions): Promise<PlanResult[]> {
  const config = ctx.config;
  if (!config) throw new CliError("no configuration loaded");
  const results: PlanResult[] = [];
  // One copy of the state file for every site: each apply saves it whole.
  const state = await (await ctx.stateBackend()).load();
  ctx.timeoutNote ??= "nothing was planned or changed";
  // Named in the plan's header, beside the server: what the reviewer's plan was made from.
  const configuration = {
    // The files read (a folder named with -f stands for the YAML files inside it).
    files: config.files.map((f) => displayPath(resolve(ctx.cwd, f), ctx.cwd)),
    stateFile: ctx.stateName,
  };
  for (const target of ctx.targets) {
    const reading = readProgress(ctx, target.site);
    try {
      const planned = await plan({
          config,
          site: target.site,
          client: ctx.client(target),
          serverUrl: target.url,
          passphrase: target.passphrase.reveal(),
          statePath: ctx.statePath,
          force: opts.force,
          writeOnly: opts.resendWriteOnly ? "resend" : "assume",
          allowTakeover: opts.allowTakeover,
          onReadProgress: reading.update,
          emulator: target.embedded !== undefined,
          state,
      });
      planned.plan.configuration = configuration;
      results.push(planned);
    } catch (err) {
      if (err instanceof PlanAbortedError) {
        const where = ctx.targets.length > 1 ? ` (site ${target.site})` : "";
        const hint = err.forceable ? "; --force plans anyway" : "";
        throw new CliError(`planning stopped${where}: ${err.message}${hint}`, 1, { cause: err });
      }
      throw err;
    } finally {
      reading.stop();
    }
  }
  return results;
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
