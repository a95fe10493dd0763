// Planning every selected site, shared by `plan` and `apply`: one engine plan per server target.
import { Option } from "commander";
import { loadState, PlanAbortedError, type PlanResult, plan } from "@hotspot-iac/sync";
import cliProgress from "cli-progress";
import type { CommandContext } from "./context.js";
import { CliError } from "./errors.js";

export interface PlanningOptions {
  force?: boolean;
  state?: string;
  resendWriteOnly?: boolean;
  allowTakeover?: boolean;
}

export function planningOptions(forceHelp: string): Option[] {
  return [
    new Option("--force", forceHelp),
    new Option("--state <file>", "state file of what was last applied (default: .hotspot/state.json beside the configuration; env: HOTSPOT_STATE)"),
    new Option("--resend-write-only", "send write-only fields (customer data, multilogin...) whose last applied value is unknown"),
    new Option("--allow-takeover", "also delete owned accounts this state file never created, imported or adopted (ownership.allowTakeover)"),
  ];
}

export async function planAll(ctx: CommandContext, opts: PlanningOptions): Promise<PlanResult[]> {
  const config = ctx.config;
  if (!config) throw new CliError("no configuration loaded");
  const results: PlanResult[] = [];
  // One copy of the state file for every site: each apply saves it whole.
  const state = await loadState(ctx.statePath);
  for (const target of ctx.targets) {
    const reading = readProgress(ctx);
    try {
      results.push(
        await plan({
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
        }),
      );
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

/** A transient bar while viewaccount reads run, on a terminal only (it is cleared when done). */
function readProgress(ctx: CommandContext): { update: (done: number, total: number) => void; stop: () => void } {
  if (!ctx.term.interactive) return { update: () => {}, stop: () => {} };
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
