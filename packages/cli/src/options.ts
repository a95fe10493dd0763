// The options every server-facing command shares, declared once so `plan`, `apply`, `import` and the
// operator commands read and document them alike. Secrets never go on argv: the passphrase comes
// from a file, HOTSPOT_PASSPHRASE, or the YAML.
import { type Command, Option } from "commander";
import { parseRunTimeout } from "./deadline.js";

/** Options after commander parsed them (optsWithGlobals()). */
export interface ConnectionOptions {
  file?: string[];
  url?: string;
  passphraseFile?: string;
  emulator?: boolean;
  /** `--site NAME|GLOB`, repeatable. */
  site?: string[];
  /** `--timeout`: the whole run's limit, in milliseconds. */
  timeout?: number;
  color?: boolean;
  debug?: boolean;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `-f, --file FILE|DIR` (repeatable). */
export function addConfigOptions(cmd: Command): Command {
  return cmd.addOption(
    new Option(
      "-f, --file <path>",
      "configuration file or directory, repeatable (default: hotspot.yaml in the current directory)",
    ).argParser(collect),
  );
}

/** `--url`, `--passphrase-file`, `--emulator`, `--site`: which server to talk to. */
export function addServerOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--url <url>", "HotSpot server URL (overrides the YAML; env: HOTSPOT_URL)"))
    .addOption(
      new Option(
        "--passphrase-file <file>",
        "read the server passphrase from FILE, '-' for stdin (env: HOTSPOT_PASSPHRASE)",
      ),
    )
    .addOption(
      new Option(
        "--emulator",
        "use the embedded HotSpot emulator (state in .hotspot/), not a real server; without it a server must be named (--url, HOTSPOT_URL or server.url)",
      ),
    )
    .addOption(
      new Option("--site <name>", "only this site (server, venue) of the configuration: a name or a glob like 'porto-*', repeatable").argParser(
        collect,
      ),
    )
    .addOption(
      new Option(
        "--timeout <duration>",
        "stop the whole run after DURATION (e.g. 90s, 10m), exit 1; an apply records what it did, and the next run converges (per request: server.timeout)",
      ).argParser(parseRunTimeout),
    );
}

/** `--no-color` and `--debug`, for every command. */
export function addCommonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--no-color", "disable colours (also NO_COLOR=1)"))
    .addOption(new Option("--debug", "print stack traces on errors (also HOTSPOT_DEBUG=1)"));
}

/** Everything a command that reads the configuration and talks to a server needs. */
export function addConnectionOptions(cmd: Command): Command {
  return addCommonOptions(addServerOptions(addConfigOptions(cmd)));
}
