// What every command needs before it does its job, resolved the same way for all of them: the
// terminal (colour, TTY), the configuration files, and the server(s) to talk to.
//
// Server resolution, per site, first match wins:
//   URL:        --url, HOTSPOT_URL (set but empty counts as unset), the YAML's server.url; an http
//               URL without a port means HotSpot's :82. None of them: an error naming them, never
//               a silent stand-in (a forgotten CI variable must fail, not "succeed" against a
//               throwaway server). --emulator: the embedded emulator (embedded.ts), asked for
//               explicitly and announced on stderr and in the plan.
//   passphrase: --passphrase-file, HOTSPOT_PASSPHRASE, the YAML's server.passphrase
//               (usually `${env:NAME}` or `${file:PATH}`). Never taken from argv.
// --url / HOTSPOT_URL name one server: with several sites they need --site.
import { readFileSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { type Config, DEFAULT_TIMEOUT_MS, HotSpotClient, redactUrl, Secret, type Site, selectSites, taintedValues } from "@hotspot-iac/core";
import { DEFAULT_STATE_DIR, type EngineTarget, isDatabaseUrl, openStateBackend, redactDatabaseUrl, type StateBackend } from "@hotspot-iac/sync";
import { configPaths } from "./config-files.js";
import type { EmbeddedServer } from "./embedded.js";
import { loadConfiguration } from "./load-config.js";
import { CliError, debugEnabled } from "./errors.js";
import type { ConnectionOptions } from "./options.js";
import { serverHint } from "./server-hints.js";
import { type LenientEnv, lenientEnv, requireServerReferences } from "./lenient-env.js";
import { retryLine } from "./retry-notes.js";
import { startDeadline } from "./deadline.js";
import { elapsed } from "./heartbeat.js";
import { type Terminal, terminal } from "./terminal.js";
import type { ServerTarget, TargetPlan } from "./targets.js";
import { growHeapAsV8Chooses } from "./heap-growth.js";


/** What the engine is told of a target (plan, apply, saved plans): the configuration, the site, its client and state. */
export function engineTarget(ctx: CommandContext, target: ServerTarget): EngineTarget {
  return {
    config: ctx.config!,
    site: target.site,
    client: ctx.client(target),
    serverUrl: target.url,
    passphrase: target.passphrase.reveal(),
    statePath: ctx.statePath,
  };
}

export interface CommandContext {
  term: Terminal;
  debug: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Configuration files as resolved (absolute), empty when the command runs without one. */
  configFiles: string[];
  config?: Config;
  /**
   * Where the state lives: a file (absolute) or a postgres:// URL (with its password: print
   * `stateName`, never this). From `--state`, HOTSPOT_STATE, the YAML's `state`, else
   * .hotspot/state.json beside the configuration.
   */
  statePath: string;
  /** The state's location as printed: a path relative to the working folder, or the URL without its password. */
  stateName: string;
  /** The backend of `statePath`. */
  stateBackend(): Promise<StateBackend>;
  /** Selected servers, one per site (empty when the command needs no server). */
  targets: ServerTarget[];
  /** A wire client for a target (one per target, closed by close()). */
  client(target: ServerTarget): HotSpotClient;
  /** Stop embedded emulators (saving their state). Safe to call twice. */
  close(): Promise<void>;
  /** Cut off the requests in flight of every client (a --timeout); they cannot be used after. */
  destroyClients(): Promise<void>;
  /** Aborted when the run's --timeout passes: start nothing new. */
  signal: AbortSignal;
  /** Added to the --timeout error by the command that knows what was left (apply: the state file). */
  timeoutNote?: string;
  /** Variables a serverOnly load read unset (placeholders stand in): see requireReferencesUnder. */
  unsetVariables: ReadonlySet<string>;
}

export interface ContextNeeds {
  /** "required": error without a configuration; "optional": use one when found; "none". */
  config: "required" | "optional" | "none";
  /** Resolve and, for the embedded emulator, start the server(s). */
  server: boolean;
  /**
   * The command uses the configuration only for its server (import, operator commands): a
   * `${env:NAME}` elsewhere in it that is not set does not stop it; the server's own still does.
   */
  serverOnly?: boolean;
}

export interface ContextOptions extends ConnectionOptions {
  state?: string;
}

export interface ContextEnvironment {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Unset `${env:NAME}` variables read as placeholders, recorded (validate --skip-env, sites). */
  lenient?: LenientEnv;
  term?: Terminal;
  /** Aborted when the run's --timeout passes (withContext). */
  signal?: AbortSignal;
}

/** Read --passphrase-file (`-` = stdin); the trailing newline of `echo secret > file` is dropped. */
export function readPassphraseFile(path: string, cwd: string): Secret {
  let text: string;
  try {
    text = readFileSync(path === "-" ? 0 : resolve(cwd, path), "utf8");
  } catch (err) {
    throw new CliError(`--passphrase-file ${path}: ${(err as NodeJS.ErrnoException).code ?? "cannot read"}`);
  }
  const value = text.replace(/\r?\n$/, "");
  if (value === "") throw new CliError(`--passphrase-file ${path}: the file is empty`);
  return Secret.of(value);
}

function checkUrl(url: string, from: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`${from}: not a URL: ${JSON.stringify(redactUrl(url.replace(/[?#].*$/, "")))}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new CliError(`${from}: the HotSpot API speaks http(s), not ${parsed.protocol}`);
  }
  if (parsed.searchParams.has("pass")) {
    throw new CliError(`${from}: do not put the passphrase in the URL; use HOTSPOT_PASSPHRASE or --passphrase-file`);
  }
  return url.replace(/\/+$/, "");
}

/** What a command that needs a server says when none is named. */
export function noServerMessage(site: string): string {
  const where = site === "default" ? "" : ` for site ${JSON.stringify(site)}`;
  return (
    `no HotSpot server${where}: name one with --url URL, the HOTSPOT_URL environment variable, or server.url in the YAML` +
    " (or pass --emulator to use the embedded HotSpot emulator, which is not a real server)"
  );
}

function pickSites(config: Config | undefined, siteFlag: readonly string[] | undefined): (Site | undefined)[] {
  if (!config) return [undefined];
  try {
    return selectSites(config, siteFlag, "--site");
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** How a site's own server.passphrase reads in a message: the reference, never the value. */
function yamlPassphraseSource(site: Site | undefined): string | undefined {
  const p = site?.server.passphrase;
  if (!p) return undefined;
  return `server.passphrase in the YAML${p.ref ? ` (${p.ref})` : ""}`;
}

export function planTargets(
  config: Config | undefined,
  opts: ContextOptions,
  env: NodeJS.ProcessEnv,
  cwd: string,
): TargetPlan[] {
  const sites = pickSites(config, opts.site);
  const urlOverride = opts.url ?? (env.HOTSPOT_URL || undefined);
  const urlFrom = opts.url !== undefined ? "--url" : "HOTSPOT_URL";
  if (urlOverride !== undefined && !opts.emulator && sites.length > 1) {
    const names = sites.map((s) => s?.name).join(", ");
    throw new CliError(`${urlFrom} names one server but the configuration has several sites (${names}): add --site NAME`);
  }
  const passFrom = opts.passphraseFile ? `--passphrase-file ${opts.passphraseFile}` : env.HOTSPOT_PASSPHRASE ? "HOTSPOT_PASSPHRASE" : undefined;
  const passOverride = opts.passphraseFile
    ? readPassphraseFile(opts.passphraseFile, cwd)
    : env.HOTSPOT_PASSPHRASE
      ? Secret.of(env.HOTSPOT_PASSPHRASE)
      : undefined;
  // One passphrase in place of sites' own different ones would send one server's secret to the others
  // (a YAML whose sites all say ${env:HOTSPOT_PASSPHRASE} gives them the same one: no conflict).
  const differs = (s: Site | undefined) => s?.server.passphrase?.resolved === true && s.server.passphrase.reveal() !== passOverride?.reveal();
  const ownPassphrases = sites.filter(differs).map((s) => s!.name);
  if (passOverride !== undefined && !opts.emulator && sites.length > 1 && ownPassphrases.length > 0) {
    throw new CliError(
      `${passFrom} is one server's passphrase but ${sites.length} sites are selected and ${ownPassphrases.join(", ")} ${ownPassphrases.length === 1 ? "has its" : "have their"} own in the YAML: unset it, or add --site NAME`,
    );
  }
  return sites.map((site) => {
    const name = site?.name ?? opts.site?.[0] ?? "default";
    const passphrase = passOverride ?? site?.server.passphrase;
    const passphraseFrom = passFrom ?? yamlPassphraseSource(site);
    if (opts.emulator) return { site: name, passphrase, passphraseFrom, why: "--emulator", config: site };
    const configured = site?.server.url;
    const url =
      urlOverride !== undefined
        ? checkUrl(urlOverride, urlFrom)
        : configured !== undefined
          ? checkUrl(configured, `site ${name}: server.url`)
          : undefined;
    if (url === undefined) throw new CliError(noServerMessage(name));
    if (!passphrase) {
      throw new CliError(
        `no passphrase for ${redactUrl(url)}: set server.passphrase in the YAML (e.g. \${env:HOTSPOT_PASSPHRASE}), HOTSPOT_PASSPHRASE, or --passphrase-file`,
      );
    }
    return { site: name, url, passphrase, passphraseFrom, config: site };
  });
}

/** A path as the user reads it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export async function openContext(
  opts: ContextOptions,
  needs: ContextNeeds,
  environment: ContextEnvironment = {},
): Promise<CommandContext> {
  const cwd = environment.cwd ?? process.cwd();
  const env = environment.env ?? process.env;
  const term = environment.term ?? terminal({ env, color: opts.color });
  const debug = debugEnabled(env, opts.debug);

  let configFiles: string[] = [];
  let config: Config | undefined;
  if (needs.config === "required" || (needs.config === "optional" && (opts.file?.length ?? 0) > 0)) {
    configFiles = configPaths(opts.file, cwd);
  } else if (needs.config === "optional") {
    try {
      configFiles = configPaths(undefined, cwd);
    } catch {
      configFiles = [];
    }
  }
  // Found above the working folder (no -f): say which file, as the user may not expect it.
  if (!opts.file?.length && configFiles.length === 1 && dirname(configFiles[0]!) !== resolve(cwd)) {
    term.note(`Using ${configFiles[0]} (found above the working folder)`);
  }
  const lenient = environment.lenient ?? (needs.serverOnly ? lenientEnv() : undefined);
  if (!needs.server) growHeapAsV8Chooses();
  if (configFiles.length > 0) config = await loadConfiguration(configFiles, cwd, env, lenient?.unsetEnv);

  const first = configFiles[0];
  const configDir = first === undefined ? cwd : isDir(first) ? first : dirname(first);
  const stateFrom = opts.state || env.HOTSPOT_STATE || config?.state;
  const statePath = !stateFrom ? resolve(configDir, DEFAULT_STATE_DIR, "state.json") : isDatabaseUrl(stateFrom) ? stateFrom : resolve(cwd, stateFrom);
  const stateName = isDatabaseUrl(statePath) ? redactDatabaseUrl(statePath) : displayPath(statePath, cwd);
  // Beside the state file, or the configuration's .hotspot when the state is in a database.
  const localDir = isDatabaseUrl(statePath) ? resolve(configDir, DEFAULT_STATE_DIR) : dirname(statePath);
  let backend: Promise<StateBackend> | undefined;

  const embedded: EmbeddedServer[] = [];
  const clients = new Map<ServerTarget, HotSpotClient>();
  // Values from references: redacted from every request URL and failure text the client shows.
  let redactValues: Set<string> | undefined;
  const ctx: CommandContext = {
    term,
    debug,
    cwd,
    env,
    configFiles,
    config,
    statePath,
    stateName,
    stateBackend: () => (backend ??= openStateBackend(statePath)),
    targets: [],
    unsetVariables: lenient?.missing ?? new Set(),
    client(target) {
      let c = clients.get(target);
      if (!c) {
        c = new HotSpotClient({
          url: target.url,
          passphrase: target.passphrase.reveal(),
          redactValues: (redactValues ??= config ? taintedValues(config) : new Set()),
          ...(target.timeoutMs !== undefined ? { timeoutMs: target.timeoutMs } : {}),
          ...(target.concurrency !== undefined ? { concurrency: target.concurrency } : {}),
          onRetry: (e) => term.note(retryLine(e, target.timeoutMs ?? DEFAULT_TIMEOUT_MS)),
        });
        clients.set(target, c);
      }
      return c;
    },
    signal: environment.signal ?? new AbortController().signal,
    async destroyClients() {
      await Promise.all([...clients.values()].map((c) => c.destroy().catch(() => {})));
    },
    async close() {
      const open = [...clients.values()];
      clients.clear();
      await Promise.all(open.map((c) => c.close().catch(() => {})));
      const running = embedded.splice(0);
      await Promise.all(running.map((e) => e.emulator.stop()));
    },
  };
  if (!needs.server) return ctx;

  try {
    for (const t of planTargets(config, opts, env, cwd)) {
      if (lenient) requireServerReferences(t, lenient.missing);
      const server = t.config?.server;
      const tuning = {
        ...(server?.timeout !== undefined ? { timeoutMs: server.timeout * 1000 } : {}),
        ...(server?.concurrency !== undefined ? { concurrency: server.concurrency } : {}),
      };
      if (t.url !== undefined && t.passphrase) {
        ctx.targets.push({ site: t.site, url: t.url, passphrase: t.passphrase, passphraseFrom: t.passphraseFrom, config: t.config, ...tuning });
        continue;
      }
      const dir = localDir;
      // Loaded only when needed: commands against a real server never load the emulator.
      const { startEmbedded } = await import("./embedded.js");
      const e = await startEmbedded(dir, t.site, t.passphrase?.resolved ? t.passphrase.reveal() : undefined, server?.timeZone);
      embedded.push(e);
      const where = t.site === "default" ? "" : ` for site ${JSON.stringify(t.site)}`;
      term.note(
        term.err.dim(
          `Using the embedded HotSpot emulator${where} at ${e.emulator.url} (${t.why}), not a real server; its state is kept in ${displayPath(e.stateFile, cwd)}`,
        ),
      );
      ctx.targets.push({
        site: t.site,
        url: e.emulator.url,
        passphrase: Secret.of(e.passphrase),
        embedded: e,
        config: t.config,
        ...tuning,
      });
    }
  } catch (err) {
    await ctx.close();
    throw err;
  }
  return ctx;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Open a context, run `fn`, always close it (embedded emulators save their state). With
 * `--timeout`, the whole of it is bounded: when the time is up, requests in flight are cut off,
 * `ctx.signal` tells the command to start nothing new, and the run ends with an error (exit 1).
 */
export async function withContext<T>(
  opts: ContextOptions,
  needs: ContextNeeds,
  fn: (ctx: CommandContext) => Promise<T>,
  environment: ContextEnvironment = {},
): Promise<T> {
  let ctx: CommandContext | undefined;
  const limit = opts.timeout;
  const deadline =
    limit === undefined
      ? undefined
      : startDeadline(
          limit,
          elapsed(limit),
          () => void cutOff(ctx),
          () => {
            // Cut-off requests should have ended the run by now; something did not listen.
            process.stderr.write(`Error: ${timeoutMessage(limit, ctx)} (forced exit)\n`);
            process.exit(1);
          },
        );
  try {
    ctx = await openContext(opts, needs, deadline ? { ...environment, signal: deadline.signal } : environment);
    if (deadline?.expired) void cutOff(ctx);
    let result: T;
    try {
      result = await fn(ctx);
    } catch (err) {
      if (deadline?.expired) throw new CliError(timeoutMessage(limit!, ctx), 1, { cause: err });
      const hint = serverHint(err, ctx.targets);
      if (!hint) throw err;
      const message = err instanceof Error ? err.message : String(err);
      throw new CliError(`${message}\n${hint}`, err instanceof CliError ? err.exitCode : 1, { cause: err });
    }
    if (deadline?.expired) throw new CliError(timeoutMessage(limit!, ctx));
    return result;
  } finally {
    deadline?.stop();
    await ctx?.close();
  }
}

function timeoutMessage(limitMs: number, ctx: CommandContext | undefined): string {
  return `the run did not finish within --timeout ${elapsed(limitMs)} and was stopped${ctx?.timeoutNote ? `: ${ctx.timeoutNote}` : ""}`;
}

/** The deadline passed: fail the requests in flight now rather than after their own timeouts. */
async function cutOff(ctx: CommandContext | undefined): Promise<void> {
  if (!ctx) return;
  ctx.term.note(`--timeout reached: stopping (requests in flight are cut off)`);
  await ctx.destroyClients();
}
