// `hotspot import`: write the configuration YAML of what a server has, so a team can adopt the tool
// on an existing server. Thin: read (import/read-server.ts), convert (import/convert.ts), serialise
// (import/yaml.ts), write. Passwords are written as references, never in clear.
import { rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { documentSchema } from "@hotspot-iac/core";
import cliProgress from "cli-progress";
import { type Command, Option } from "commander";
import {
  defaultStatePath,
  openStateBackend,
  type PasswordMode,
  type ReadProgress,
  readLiveServer,
  recordImported,
  renderImportYaml,
  serverState,
  toImportedDocument,
} from "@hotspot-iac/sync";
import { withContext } from "../context.js";
import { CliError } from "../errors.js";
import { addConnectionOptions } from "../options.js";
import { runAction } from "../run.js";
import { clientFor, type OperatorOptions, singleTarget } from "./operator.js";

/** How long import waits for another process's lock on the state file. */
const IMPORT_LOCK_WAIT_MS = 30_000;

interface ImportOptions extends OperatorOptions {
  prefix?: string[];
  batch?: string[];
  ownedPrefix?: string[];
  ownership: boolean;
  out?: string;
  passwords: PasswordMode;
  defaults: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** The URL as written into the YAML: credentials in it (user:pass@) are never copied there. */
function publicUrl(url: string): { url: string; stripped: boolean } {
  const u = new URL(url);
  if (!u.username && !u.password) return { url, stripped: false };
  u.username = "";
  u.password = "";
  return { url: u.toString().replace(/\/+$/, ""), stripped: true };
}

/** A prefix the model accepts (asked of its schema), checked before anything is read. */
function checkPrefix(value: string): string {
  const checked = documentSchema.safeParse({ version: 1, ownership: { prefixes: [value] } });
  if (!checked.success) {
    const reason = checked.error.issues[0]?.message ?? "not a valid prefix";
    throw new CliError(`prefix ${JSON.stringify(value)}: ${reason}`);
  }
  return value;
}

/** A bar on stderr while accounts are read (a large server takes a while); terminals only. */
function readingBar(): ReadProgress & { stop(): void } {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "Reading accounts {bar} {value}/{total}", clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    start(total) {
      started = true;
      bar.start(total, 0);
    },
    viewed: () => bar.increment(),
    stop() {
      if (started) bar.stop();
    },
  };
}

export function registerImportCommand(program: Command): void {
  const cmd = program
    .command("import")
    .description("write the configuration (YAML) of what the server has: price plans used, accounts, sorted and stable")
    .addOption(new Option("--prefix <prefix>", "import only accounts whose name starts with PREFIX (repeatable)").argParser(collect))
    .addOption(
      new Option(
        "--owned-prefix <prefix>",
        "write PREFIX to ownership.prefixes (repeatable; default: the --prefix values). Its accounts are always imported",
      ).argParser(collect),
    )
    .addOption(new Option("--no-ownership", "write no ownership prefixes: only the listed accounts are owned"))
    .addOption(
      new Option(
        "--batch <prefix>",
        "fold the accounts under PREFIX into one batch (repeatable); refused when members' plan, rates or expiry differ",
      ).argParser(collect),
    )
    .addOption(new Option("--out <file>", "write the YAML to FILE instead of stdout"))
    .addOption(
      new Option("--state <file|url>", "state (file or postgres:// URL) to record the imported accounts in (default: .hotspot/state.json beside --out or the configuration; env: HOTSPOT_STATE)"),
    )
    .addOption(
      new Option("--passwords <mode>", `env: \${env:HOTSPOT_PW_<USERNAME>} references; omit: leave passwords unmanaged`)
        .choices(["env", "omit"])
        .default("env"),
    )
    .addOption(new Option("--no-defaults", "keep every value on its account instead of moving shared values to defaults"));
  addConnectionOptions(cmd).action(
    runAction<ImportOptions>(async (_args, opts) => {
      const prefixes = (opts.prefix ?? []).map(checkPrefix);
      const owned = opts.ownership === false ? [] : (opts.ownedPrefix ?? prefixes).map(checkPrefix);
      const batchPrefixes = (opts.batch ?? []).map(checkPrefix);
      return withContext(opts, { config: "optional", server: true, serverOnly: true }, async (ctx) => {
        const target = singleTarget(ctx);
        const client = clientFor(target);
        const bar = ctx.term.interactive ? readingBar() : undefined;
        let live: Awaited<ReturnType<typeof readLiveServer>>;
        try {
          // Owned prefixes are read too: an owned account left out would be deleted by apply.
          const reading = prefixes.length === 0 ? [] : [...prefixes, ...owned, ...batchPrefixes];
          live = await readLiveServer(client, reading, bar);
        } finally {
          bar?.stop();
          await client.close();
        }
        const server = target.embedded ? undefined : publicUrl(target.url);
        if (server?.stripped) ctx.term.note(ctx.term.err.warn("Warning: the credentials in the server URL are not written to the YAML"));
        const doc = toImportedDocument(live, {
          prefixes,
          ownedPrefixes: owned,
          ...(server ? { serverUrl: server.url } : {}),
          passwords: opts.passwords,
          factorDefaults: opts.defaults !== false,
          batchPrefixes,
        });
        if (doc.errors.length > 0) throw new CliError(`nothing written:\n  ${doc.errors.join("\n  ")}`);
        const source = server ? server.url : "the embedded emulator";
        const text = renderImportYaml(doc, { source, prefixes });
        for (const w of doc.warnings) ctx.term.note(ctx.term.err.warn(`Warning: ${w}`));
        if (opts.out) {
          const path = resolve(ctx.cwd, opts.out);
          const tmp = `${path}.${process.pid}.tmp`;
          try {
            // Written whole then renamed: an interrupted import never leaves half a file.
            await writeFile(tmp, text);
            await rename(tmp, path);
          } catch (err) {
            await rm(tmp, { force: true });
            throw new CliError(`--out ${opts.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
          }
        } else {
          ctx.term.write(text);
        }
        // The imported accounts become known to the state file the configuration will use: apply
        // may delete them later (no takeover), and a list that leaves them out is caught.
        const statePath =
          opts.state || ctx.env.HOTSPOT_STATE || ctx.config?.state || ctx.configFiles.length > 0 || !opts.out
            ? ctx.statePath
            : resolve(defaultStatePath(dirname(resolve(ctx.cwd, opts.out)), {}));
        // Under the state file's lock (waiting a little for another import or apply): a state
        // file written by two processes at once keeps only the last one's record.
        const backend = statePath === ctx.statePath ? await ctx.stateBackend() : await openStateBackend(statePath);
        const lock = await backend.lock({ servers: [target.url], waitMs: IMPORT_LOCK_WAIT_MS, onWarning: (m) => ctx.term.note(ctx.term.err.warn(`Warning: ${m}`)) }).catch((err) => {
          throw new CliError(`${(err as Error).message}; the YAML was written, but the state file does not record the import yet: run import again when it is free`);
        });
        try {
          const state = await backend.load();
          recordImported(serverState(state.file, target.url), doc.usernames);
          await backend.save(state);
        } finally {
          await lock.release();
        }
        const plans = Object.keys((doc.document.pricePlans as object | undefined) ?? {}).length;
        const where = opts.out ? ` to ${opts.out}` : "";
        const batches = doc.batchCount > 0 ? ` (${doc.batchCount} batch(es) among them)` : "";
        ctx.term.note(`Imported ${doc.accountCount} account(s)${batches} and ${plans} price plan reference(s)${where}; recorded them in ${backend.location === ctx.statePath ? ctx.stateName : backend.location}.`);
        if (doc.passwordVariables.length > 0) {
          ctx.term.note(
            `Set ${doc.passwordVariables.length} password variable(s) before plan/apply: ` +
              `${doc.passwordVariables[0]!.variable}${doc.passwordVariables.length > 1 ? ", ..." : ""} ` +
              "(see the password lines).",
          );
        }
        return 0;
      });
    }),
  );
}
