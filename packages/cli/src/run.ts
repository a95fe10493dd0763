// The one way command actions run: options merged with the program's, errors printed as
// `Error: message` (stacks only when debugging), and the exit code set. Commands return their exit
// code (0 when they return nothing).
import type { Command } from "commander";
import { CliError, debugEnabled, formatError } from "./errors.js";
import { formatDiagnosticGroup, groupDiagnostics } from "@hotspot-iac/core";
import { loadDiagnostics } from "./load-config.js";
import { palette, wantsColor } from "./terminal.js";

export type ActionHandler<O> = (args: string[], opts: O, cmd: Command) => Promise<number | undefined>;

/** Wait until everything written to stdout/stderr has been handed to the OS. */
async function drain(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map((s) => new Promise<void>((resolve) => s.write("", () => resolve()))),
  );
}

/** Print an error the CLI way and return its exit code. */
export function reportError(err: unknown, opts: { debug?: boolean; color?: boolean } = {}): number {
  const debug = debugEnabled(process.env, opts.debug);
  const p = palette(wantsColor(process.stderr, process.env, opts.color));
  const located = loadDiagnostics(err);
  if (located) {
    // One located line per problem (editors and CI problem matchers read these), the same problem
    // at many places once with its count, then the verdict.
    for (const g of groupDiagnostics(located)) process.stderr.write(`${formatDiagnosticGroup(g)}\n`);
    const n = located.length;
    process.stderr.write(`${p.error("Error:")} the configuration has ${n.toLocaleString("en-US")} error${n === 1 ? "" : "s"}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
  const text = formatError(err, debug);
  process.stderr.write(`${p.error("Error:")}${text.slice("Error:".length)}\n`);
  return err instanceof CliError ? err.exitCode : 1;
}

/**
 * Wrap a command handler for commander's `.action()`. The process exits when the handler is done:
 * keep-alive sockets and timers must not keep a finished command waiting.
 */
export function runAction<O extends object>(handler: ActionHandler<O>): (...params: unknown[]) => Promise<void> {
  return async (...params: unknown[]) => {
    const cmd = params.at(-1) as Command;
    const opts = cmd.optsWithGlobals() as O & { debug?: boolean; color?: boolean };
    const args = params.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [String(a)]));
    let code: number;
    try {
      code = (await handler(args, opts, cmd)) ?? 0;
    } catch (err) {
      code = reportError(err, opts);
    }
    await drain();
    process.exit(code);
  };
}
