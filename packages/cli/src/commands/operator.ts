// What the operator commands (account, plans, stats, log, summary) and import share: one server
// resolved like every other command (context.ts), a wire client for it, output format flags, and
// server errors turned into messages an operator can act on.
import { HotSpotClient, isNotFound, redactUrl } from "@hotspot-iac/core";
import { type Command, Option } from "commander";
import { type CommandContext, type ContextOptions, withContext } from "../context.js";
import type { ServerTarget } from "../targets.js";
import { CliError } from "../errors.js";
import { type OutputFlags, OutputFormatError, type OutputFormat, resolveOutputFormat } from "../format/output.js";
import { addConnectionOptions } from "../options.js";

export interface OperatorOptions extends ContextOptions, OutputFlags {}

export interface OperatorSession {
  ctx: CommandContext;
  target: ServerTarget;
  client: HotSpotClient;
  format: OutputFormat;
}

/** `-o, --output` and `--json` plus the connection options every server command has. */
export function addOperatorOptions(cmd: Command): Command {
  return addConnectionOptions(
    cmd
      .addOption(new Option("-o, --output <format>", "output format: table, json or yaml").default(undefined))
      .addOption(new Option("--json", "output JSON (same as -o json)")),
  );
}

/** Output format from the flags, as a usage error (exit 1) when unknown. */
export function outputFormat(opts: OutputFlags): OutputFormat {
  try {
    return resolveOutputFormat(opts);
  } catch (err) {
    if (err instanceof OutputFormatError) throw new CliError(err.message);
    throw err;
  }
}

/** Exactly one server: operator commands act on one server at a time. */
export function singleTarget(ctx: CommandContext): ServerTarget {
  if (ctx.targets.length !== 1) {
    const sites = ctx.targets.map((t) => t.site).join(", ");
    throw new CliError(`the configuration has several sites (${sites}): choose one with --site NAME`);
  }
  return ctx.targets[0]!;
}

export function clientFor(target: ServerTarget): HotSpotClient {
  return new HotSpotClient({
    url: target.url,
    passphrase: target.passphrase.reveal(),
    ...(target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {}),
    ...(target.concurrency !== undefined ? { concurrency: target.concurrency } : {}),
  });
}

/** Open the context (a configuration is used when there is one), connect, run, close. */
export async function withServer(
  opts: OperatorOptions,
  // biome-ignore lint/suspicious/noConfusingVoidType: handlers that print and return nothing are the norm
  fn: (session: OperatorSession) => Promise<number | undefined | void>,
): Promise<number | undefined> {
  // Checked before connecting: a typo in -o never costs a server round trip.
  const format = outputFormat(opts);
  return withContext(opts, { config: "optional", server: true, serverOnly: true }, async (ctx) => {
    const target = singleTarget(ctx);
    const client = clientFor(target);
    try {
      return (await fn({ ctx, target, client, format })) ?? undefined;
    } finally {
      await client.close();
    }
  });
}

/**
 * Runs a request about one account; "does not exist" becomes `account "NAME" not found on URL`
 * (exit 1) instead of the wire error with its request line.
 */
export async function aboutAccount<T>(target: ServerTarget, username: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    if (isNotFound(err)) throw new CliError(`account ${JSON.stringify(username)} not found on ${redactUrl(target.url)}`);
    throw err;
  }
}

/** Parses `YYYY-MM-DD` (or `YYYYMMDD`) as a server wall-clock day. */
export function parseDay(text: string, flag: string): Date {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number.NaN, 0, 0];
  const at = new Date(Date.UTC(y, mo - 1, d));
  if (!m || at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) {
    throw new CliError(`${flag}: expected a date like 2026-11-30, got ${JSON.stringify(text)}`);
  }
  return at;
}
