// Running one step (plan, apply) on every selected venue of a fleet: N venues at once
// (`--parallel`, each server keeping its own request concurrency), a venue that fails reported
// and the others carried on (DNSControl, Terragrunt run --all, Ansible forks), `--fail-fast`
// starting no venue after the first failure. Results come back in configuration order, whatever
// order the venues finished in.
import { InvalidArgumentError, Option } from "commander";
import { redactUrl } from "@hotspot-iac/core";
import type { CommandContext } from "./context.js";
import type { ServerTarget } from "./targets.js";
import { heartbeat } from "./heartbeat.js";
import { serverHint } from "./server-hints.js";

export interface FleetOptions {
  parallel?: number;
  failFast?: boolean;
}

export const DEFAULT_PARALLEL = 8;

function parallelCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new InvalidArgumentError("must be a whole number from 1 to 256");
  return n;
}

export function fleetOptions(): Option[] {
  return [
    new Option("--parallel <n>", `venues (sites) worked on at once (default ${DEFAULT_PARALLEL})`).argParser(parallelCount),
    new Option("--fail-fast", "start no other venue after the first one fails (default: the others go on)"),
  ];
}

/** What came of one venue's step: its value, or the error that stopped it, or never started. */
export type VenueOutcome<T> =
  | { target: ServerTarget; status: "done"; value: T }
  | { target: ServerTarget; status: "failed"; error: unknown; message: string }
  | { target: ServerTarget; status: "not-reached" };

/** One line saying why a venue failed: the error, and the hint for a refused passphrase or TLS. */
export function venueError(err: unknown, target: ServerTarget): string {
  const message = err instanceof Error ? err.message : String(err);
  const hint = serverHint(err, [target]);
  return hint ? `${message} ${hint}` : message;
}

/** The URL as shown in tables: no user-info, no query. */
export function shownServer(target: ServerTarget): string {
  return redactUrl(target.url).replace(/[?#].*$/, "");
}

/**
 * `step` on each target, at most `parallel` at once. A step that throws fails its venue only (with
 * `failFast`, venues not yet started are then not reached; so are they once the run's --timeout
 * passed). `isFailure` lets a step that returned count as failed for --fail-fast (a refused plan).
 */
export async function forEachVenue<T>(
  ctx: CommandContext,
  targets: readonly ServerTarget[],
  opts: FleetOptions,
  step: (target: ServerTarget) => Promise<T>,
  isFailure: (value: T) => boolean = () => false,
  what = "planning",
): Promise<VenueOutcome<T>[]> {
  const outcomes: VenueOutcome<T>[] = targets.map((target) => ({ target, status: "not-reached" }));
  let next = 0;
  let finished = 0;
  let stop = false;
  const beat = heartbeat((time) => ctx.term.note(`Still ${what}… ${finished}/${targets.length} venues done [${time} elapsed]`));
  const worker = async () => {
    while (!stop && !ctx.signal.aborted && next < targets.length) {
      const i = next++;
      const target = targets[i]!;
      try {
        const value = await step(target);
        outcomes[i] = { target, status: "done", value };
        if (isFailure(value) && opts.failFast) stop = true;
      } catch (error) {
        outcomes[i] = { target, status: "failed", error, message: venueError(error, target) };
        if (opts.failFast) stop = true;
      } finally {
        finished++;
      }
    }
  };
  try {
    const n = Math.max(1, Math.min(opts.parallel ?? DEFAULT_PARALLEL, targets.length));
    await Promise.all(Array.from({ length: n }, worker));
  } finally {
    beat.stop();
  }
  return outcomes;
}

/** Terragrunt's exit codes for a fleet: 1 if any venue failed, else 2 (when asked) if any has changes. */
export function fleetExitCode(anyFailed: boolean, anyChanges: boolean, detailed: boolean): number {
  if (anyFailed) return 1;
  return detailed && anyChanges ? 2 : 0;
}
