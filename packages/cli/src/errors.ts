// CLI failures: a message for the user and an exit code. Anything else thrown is reported the same
// way (message only); stacks only with --debug or HOTSPOT_DEBUG.
import { HotspotIacError } from "@hotspot-iac/core";

/** An error whose message is meant for the user as is. */
export class CliError extends HotspotIacError {
  override get code() {
    return "cli" as const;
  }
  constructor(
    message: string,
    readonly exitCode = 1,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CliError";
  }
}

export function debugEnabled(env: NodeJS.ProcessEnv = process.env, flag?: boolean): boolean {
  if (flag) return true;
  const v = env.HOTSPOT_DEBUG;
  return v !== undefined && v !== "" && v !== "0" && v !== "false";
}

/** `Error: message` (plus the stack and causes when debugging). */
export function formatError(err: unknown, debug: boolean): string {
  if (!(err instanceof Error)) return `Error: ${String(err)}`;
  if (!debug) return `Error: ${err.message}`;
  const lines = [`Error: ${err.stack ?? err.message}`];
  let cause = err.cause;
  while (cause instanceof Error) {
    lines.push(`Caused by: ${cause.stack ?? cause.message}`);
    cause = cause.cause;
  }
  return lines.join("\n");
}
