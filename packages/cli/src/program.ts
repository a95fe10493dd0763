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
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
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
