// `hotspot state list|show|migrate|force-unlock`: look at and move the state of what was last
// applied, wherever it lives (a file, or a postgres:// database). The rules are sync's
// (stateInventory, migrateState, forceUnlock); this is arguments and output. Never prints a hash,
// the salt, or a database password.
import { type Command, Option } from "commander";
import {
  forceUnlock,
  isDatabaseUrl,
  migrateState,
  openStateBackend,
  redactDatabaseUrl,
  type StateServerRecord,
  StateMigrateRefusedError,
  stateInventory,
} from "@hotspot-iac/sync";
import { resolve } from "node:path";
import { type CommandContext, type ContextOptions, withContext } from "../context.js";
import { CliError } from "../errors.js";
import { type OutputFlags, renderStructured } from "../format/output.js";
import { renderKeyValues, renderTable } from "../format/table.js";
import { addCommonOptions, addConfigOptions } from "../options.js";
import { runAction } from "../run.js";
import { outputFormat } from "./operator.js";

interface StateOptions extends ContextOptions, OutputFlags {
  to?: string;
  toFile?: string;
}

function stateOptions(cmd: Command, output = true): Command {
  addConfigOptions(cmd);
  addCommonOptions(cmd);
  cmd.addOption(new Option("--state <file|url>", "the state: a file or a postgres:// URL (default: the YAML's state, else .hotspot/state.json beside the configuration; env: HOTSPOT_STATE)"));
  if (output) {
    cmd.addOption(new Option("-o, --output <format>", "output format: table, json or yaml")).addOption(new Option("--json", "output JSON (same as -o json)"));
  }
  return cmd;
}

const inContext = <T>(opts: StateOptions, fn: (ctx: CommandContext) => Promise<T>) => withContext(opts, { config: "optional", server: false, serverOnly: true }, fn);

const when = (iso: string | undefined) => (iso ? iso.replace(/\.\d+Z$/, "Z") : "-");

function showServer(s: StateServerRecord): string {
  let text = renderKeyValues([
    ["Server", s.server],
    ["Site", s.site ?? "-"],
    ["Last applied", when(s.lastAppliedAt)],
  ]);
  if (s.accountRecords.length > 0) {
    text += `\n${renderTable(
      [
        { header: "ACCOUNT", value: (a) => a.name },
        { header: "RECORD", value: (a) => a.origin },
        { header: "WRITE-ONLY RECORDED", value: (a) => a.recorded.join(", ") || "-" },
        { header: "OWED", value: (a) => a.owed.join(", ") || "-" },
      ],
      s.accountRecords,
    )}`;
  }
  if (s.batchRecords.length > 0) {
    text += `\n${renderTable(
      [
        { header: "BATCH", value: (b) => b.prefix },
        { header: "CREATED", value: (b) => (b.created ? "yes" : "no") },
        { header: "MEMBERS", value: (b) => String(b.members.length), align: "right" },
        { header: "WRITE-ONLY RECORDED", value: (b) => b.recorded.join(", ") || "-" },
        { header: "OWED", value: (b) => String(Object.keys(b.owedMembers).length + b.pendingMembers.length), align: "right" },
      ],
      s.batchRecords,
    )}`;
    for (const b of s.batchRecords) {
      if (b.members.length > 0) text += `\n${b.prefix} members: ${b.members.join(", ")}\n`;
    }
  }
  if (s.imported.length > 0) text += `\nImported, not applied yet: ${s.imported.join(", ")}\n`;
  return text;
}

export function registerStateCommand(program: Command): void {
  const state = program.command("state").description("look at and move the state of what was last applied (list, show, migrate, force-unlock)");

  stateOptions(state.command("list").description("servers, sites and how many accounts, batches and members the state records")).action(
    runAction<StateOptions>(async (_args, opts) => {
      const format = outputFormat(opts);
      return inContext(opts, async (ctx) => {
        const inv = stateInventory(await (await ctx.stateBackend()).load());
        const servers = inv.servers.map(({ accountRecords, batchRecords, imported, ...summary }) => summary);
        if (format !== "table") {
          ctx.term.write(renderStructured(format, { state: ctx.stateName, existed: inv.existed, serial: inv.serial, servers }));
          return 0;
        }
        if (!inv.existed) {
          ctx.term.write(`No state at ${ctx.stateName} yet: the first apply writes it.\n`);
          return 0;
        }
        ctx.term.write(`State: ${ctx.stateName} (serial ${inv.serial})\n\n`);
        ctx.term.write(
          renderTable(
            [
              { header: "SERVER", value: (s) => s.server },
              { header: "SITE", value: (s) => s.site ?? "-" },
              { header: "ACCOUNTS", value: (s) => String(s.accounts), align: "right" },
              { header: "BATCHES", value: (s) => String(s.batches), align: "right" },
              { header: "MEMBERS", value: (s) => String(s.members), align: "right" },
              { header: "OWED", value: (s) => String(s.owed), align: "right" },
              { header: "LAST APPLIED", value: (s) => when(s.lastAppliedAt) },
            ],
            servers,
          ),
        );
        return 0;
      });
    }),
  );

  stateOptions(state.command("show").description("what the state records per server: names, and which fields (never a value or hash)")).action(
    runAction<StateOptions>(async (_args, opts) => {
      const format = outputFormat(opts);
      return inContext(opts, async (ctx) => {
        const inv = stateInventory(await (await ctx.stateBackend()).load());
        if (format !== "table") {
          ctx.term.write(renderStructured(format, { ...inv, location: ctx.stateName }));
          return 0;
        }
        if (!inv.existed) {
          ctx.term.write(`No state at ${ctx.stateName} yet: the first apply writes it.\n`);
          return 0;
        }
        ctx.term.write(`State: ${ctx.stateName} (serial ${inv.serial})\n`);
        for (const s of inv.servers) ctx.term.write(`\n${showServer(s)}`);
        return 0;
      });
    }),
  );

  stateOptions(state.command("migrate").description("copy the state to a database or a file (refused when the target is newer)"), false)
    .addOption(new Option("--to <url>", "the postgres:// database to move the state to"))
    .addOption(new Option("--to-file <path>", "the state file to move the state to"))
    .action(
      runAction<StateOptions>(async (_args, opts) => {
        if ((opts.to === undefined) === (opts.toFile === undefined)) throw new CliError("state migrate: name the target with --to URL or --to-file PATH (one of them)");
        if (opts.to !== undefined && !isDatabaseUrl(opts.to)) throw new CliError("state migrate --to: expected a postgres:// URL (for a file, use --to-file PATH)");
        return inContext(opts, async (ctx) => {
          const target = opts.to ?? resolve(ctx.cwd, opts.toFile!);
          if (target === ctx.statePath) throw new CliError("state migrate: the target is the state itself");
          const to = await openStateBackend(target);
          try {
            const done = await migrateState(await ctx.stateBackend(), to);
            const name = isDatabaseUrl(target) ? redactDatabaseUrl(target) : opts.toFile!;
            ctx.term.write(
              `Migrated the state (serial ${done.serial}, ${done.servers.length} server${done.servers.length === 1 ? "" : "s"}) from ${ctx.stateName} to ${name}${done.replaced ? ", replacing an older state there" : ""}.\n` +
                `Point runs at it: --state, HOTSPOT_STATE, or the YAML's state. ${ctx.stateName} was left as it is.\n`,
            );
            return 0;
          } catch (err) {
            if (err instanceof StateMigrateRefusedError) throw new CliError(err.message, 1, { cause: err });
            throw err;
          }
        });
      }),
    );

  stateOptions(state.command("force-unlock").description("remove the lock files beside a local state file left by a run that is gone"), false).action(
    runAction<StateOptions>(async (_args, opts) =>
      inContext(opts, async (ctx) => {
        if (isDatabaseUrl(ctx.statePath)) {
          ctx.term.write(`The state at ${ctx.stateName} is locked by the database: a lock is released when its run ends or dies. Nothing to unlock.\n`);
          return 0;
        }
        const removed = await forceUnlock(ctx.statePath);
        if (removed.length === 0) ctx.term.write("No lock files: nothing to unlock.\n");
        for (const r of removed) {
          const who = r.holder ? ` (held by pid ${r.holder.pid} on ${r.holder.host} since ${r.holder.since})` : "";
          ctx.term.write(`Removed ${r.path}${who}.\n`);
        }
        return 0;
      }),
    ),
  );
}
