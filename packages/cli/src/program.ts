// The `hotspot` program: name, version, help, and every subcommand from the registry
// (cli/commands/index.ts). bin/hotspot.ts only runs it.
import { Command, CommanderError } from "commander";
// A JSON import rather than a file read, so the bundled CLI (dist/hotspot.mjs) carries its version.
import pkg from "../package.json" with { type: "json" };
import { COMMANDS } from "./commands/index.js";
import { debugEnabled, formatError } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command("hotspot")
    .description("Manage the accounts of an Antamedia HotSpot server as code")
    .version(pkg.version, "-V, --version", "print the version")
    .exitOverride();
  for (const register of COMMANDS) register(program);
  pointToHelp(program);
  return program;
}

/**
 * A usage error is one line and a pointer to the command's --help, not the whole help (which
 * buries the error): every command, at any depth, names its own `--help`.
 */
function pointToHelp(cmd: Command, path: string[] = []): void {
  const name = [...path, cmd.name()];
  cmd.showHelpAfterError(`Run '${name.join(" ")} --help' for usage.`);
  cmd.configureOutput({ outputError: (text, write) => write(oneLineError(text, cmd.options.map((o) => o.long ?? ""))) });
  for (const sub of cmd.commands) pointToHelp(sub, name);
}

/**
 * commander's `error: …\n(Did you mean x?)` on one line, its suggestion in lower case. An unknown
 * option that begins a known one (`--passphrase` for `--passphrase-file`) is too far from it for
 * commander's edit distance: that one is suggested here.
 */
export function oneLineError(text: string, flags: readonly string[]): string {
  const unknown = /^error: unknown option '(--[^'=]+)'\n$/.exec(text);
  const prefixed = unknown ? flags.filter((f) => f.startsWith(`${unknown[1]}-`)) : [];
  if (unknown && prefixed.length > 0) return `error: unknown option '${unknown[1]}' (did you mean ${prefixed.join(" or ")}?)\n`;
  return text.replace(/\n\(Did you mean (.+?)\?\)/, " (did you mean $1?)");
}

/** Run the CLI; resolves with the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version end here with code 0; usage errors were already printed by commander.
      return err.exitCode;
    }
    const exitCode = (err as { exitCode?: unknown }).exitCode;
    process.stderr.write(`${formatError(err, debugEnabled())}\n`);
    return typeof exitCode === "number" ? exitCode : 1;
  }
}
