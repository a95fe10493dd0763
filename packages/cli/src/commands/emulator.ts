// `hotspot emulator`: serve the HotSpot emulator until SIGINT/SIGTERM. Prints the URL it serves on
// (one line on stdout, so scripts and tests can read it, also with --port 0), and one redacted line
// per request on stderr.
import { readFileSync } from "node:fs";
import { isTimeZone } from "@hotspot-iac/core";
import type { Emulator, FaultConfig } from "@hotspot-iac/emulator";
import { type Command, InvalidArgumentError, Option } from "commander";
import { CliError } from "../errors.js";

/** The HotSpot default port (the emulator itself is loaded only when this command runs). */
const DEFAULT_PORT = 82;

interface EmulatorCommandOptions {
  port: number;
  host: string;
  passphrase?: string;
  passphraseFile?: string;
  state?: string;
  plans?: string;
  listFields: "username" | "full";
  clock?: string;
  timeZone?: string;
  faults?: string;
  quiet?: boolean;
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65_535) throw new InvalidArgumentError("must be a port number (0-65535)");
  return n;
}

function timeZoneName(value: string): string {
  if (!isTimeZone(value)) throw new InvalidArgumentError("expected a time zone like Europe/Lisbon or UTC (an IANA name)");
  return value;
}

function readPassphrase(o: EmulatorCommandOptions): string {
  if (o.passphrase) return o.passphrase;
  if (o.passphraseFile) {
    const text = readFileSync(o.passphraseFile === "-" ? 0 : o.passphraseFile, "utf8");
    const first = text.split(/\r?\n/)[0] ?? "";
    if (first === "") throw new CliError(`${o.passphraseFile}: the passphrase file is empty`);
    return first;
  }
  const env = process.env.HOTSPOT_PASSPHRASE;
  if (env) return env;
  throw new CliError("the emulator needs a passphrase: --passphrase, --passphrase-file or HOTSPOT_PASSPHRASE");
}

function readFaults(value: string): FaultConfig {
  const text = value.trim().startsWith("{") ? value : readFileSync(value, "utf8");
  try {
    return JSON.parse(text) as FaultConfig;
  } catch {
    throw new CliError(`--faults: not JSON (give a JSON object or a file holding one)`);
  }
}

export function registerEmulatorCommand(program: Command): void {
  program
    .command("emulator")
    .description("serve a HotSpot server emulator (for development, demos and tests) until interrupted")
    .addOption(new Option("-p, --port <port>", "port to listen on, 0 for any free port").default(DEFAULT_PORT).argParser(portNumber))
    .addOption(new Option("--host <host>", "address to bind").default("127.0.0.1"))
    .addOption(new Option("--passphrase <secret>", "the server passphrase (env: HOTSPOT_PASSPHRASE)"))
    .addOption(new Option("--passphrase-file <file>", "read the passphrase from FILE ('-' for stdin)"))
    .addOption(new Option("--state <file>", "keep accounts in this JSON state file (default: in memory)"))
    .addOption(new Option("--plans <file>", "price plans from a JSON or YAML file (default: built-in plans 1-5)"))
    .addOption(
      new Option("--list-fields <fields>", "what getaccountlist returns").choices(["username", "full"]).default("username"),
    )
    .addOption(new Option("--clock <time>", "start a frozen clock at TIME (YYYY-MM-DD HH:MM:SS); moved via the admin API"))
    .addOption(new Option("--time-zone <zone>", "the server's time zone, an IANA name such as Europe/Lisbon (default: the machine's)").argParser(timeZoneName))
    .addOption(new Option("--faults <json|file>", "inject faults (JSON fault configuration, or a file holding it)"))
    .addOption(new Option("-q, --quiet", "do not log requests to stderr"))
    .action(async (o: EmulatorCommandOptions) => {
      const { parseWallClock, startEmulator } = await import("@hotspot-iac/emulator");
      const passphrase = readPassphrase(o);
      let clock: Date | undefined;
      if (o.clock !== undefined) {
        const ms = parseWallClock(o.clock);
        if (ms === undefined) throw new CliError(`--clock: not a time: ${o.clock} (use YYYY-MM-DD HH:MM:SS)`);
        clock = new Date(ms);
      }
      let emulator: Emulator;
      try {
        emulator = await startEmulator({
          port: o.port,
          host: o.host,
          passphrase,
          ...(o.state ? { stateFile: o.state } : {}),
          ...(o.plans ? { plans: o.plans } : {}),
          ...(clock ? { clock } : {}),
          ...(o.timeZone ? { timeZone: o.timeZone } : {}),
          ...(o.faults ? { faults: readFaults(o.faults) } : {}),
          listFields: o.listFields,
          ...(o.quiet ? {} : { logger: (line: string) => void process.stderr.write(`${line}\n`) }),
        });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === "EADDRINUSE") throw new CliError(`port ${o.port} on ${o.host} is already in use`);
        if (e.code === "EACCES") throw new CliError(`not allowed to listen on port ${o.port} (ports below 1024 need privileges; try --port 8082)`);
        throw err;
      }
      process.stdout.write(`${emulator.url}\n`);
      await new Promise<void>((resolve) => {
        const shutdown = (signal: NodeJS.Signals): void => {
          process.off("SIGINT", shutdown);
          process.off("SIGTERM", shutdown);
          process.stderr.write(`${signal}: stopping the emulator\n`);
          emulator.stop().then(resolve, (err: unknown) => {
            process.stderr.write(`Error while stopping: ${(err as Error).message}\n`);
            process.exitCode = 1;
            resolve();
          });
        };
        process.on("SIGINT", shutdown);
        process.on("SIGTERM", shutdown);
      });
    });
}
