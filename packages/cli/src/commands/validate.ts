// `hotspot validate -f FILE|DIR`: check a configuration offline (pre-commit hooks, CI). Located
// errors (`file:line:col: path: message`) on stderr, exit 1; nothing is sent anywhere.
import { type Config, selectSites, toYaml } from "@hotspot-iac/core";
import type { Command } from "commander";
import { Option } from "commander";
import { openContext } from "../context.js";
import { CliError } from "../errors.js";
import { lenientEnv } from "../lenient-env.js";
import { addCommonOptions, addConfigOptions, type ConnectionOptions } from "../options.js";
import { runAction } from "../run.js";

interface ValidateOptions extends ConnectionOptions {
  skipEnv?: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function describeConfig(config: Config): string {
  const accounts = config.sites.reduce((n, s) => n + s.accounts.length, 0);
  const batches = config.sites.flatMap((s) => s.batches);
  const members = batches.reduce((n, b) => n + b.count, 0);
  const parts = [plural(config.sites.length, "site"), plural(accounts, "account")];
  if (batches.length > 0) parts.push(`${plural(batches.length, "batch").replace("batchs", "batches")} (${plural(members, "voucher")})`);
  return parts.join(", ");
}

export function registerValidateCommand(program: Command): void {
  const cmd = program
    .command("validate")
    .description("check a configuration offline: located errors, exit 1 when invalid (no server needed)")
    .addOption(
      new Option("--skip-env", "do not require the environment variables the YAML references (pre-commit hooks without the secrets)"),
    )
    .addOption(
      new Option("--site <name>", "print this site (venue) as loaded, a name or a glob, repeatable (a fleet prints every venue)").argParser(
        (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
      ),
    );
  addCommonOptions(addConfigOptions(cmd)).action(
    runAction<ValidateOptions>(async (_args, opts) => {
      // Values that must parse (numbers, dates) are checked against the placeholder, which may
      // report them; plan and apply always need the real values.
      const environment = opts.skipEnv ? { lenient: lenientEnv() } : {};
      const ctx = await openContext(opts, { config: "required", server: false }, environment);
      // Files loaded (a folder counts each YAML file in it), not the -f arguments.
      const config = ctx.config!;
      const files = config.files.length;
      // A fleet (or the sites asked for) as loaded: each venue expanded, references as written,
      // literal secrets masked. The YAML on stdout, the verdict on stderr.
      if (config.fleet || opts.site?.length) {
        let sites: Config["sites"];
        try {
          sites = selectSites(config, opts.site, "--site");
        } catch (err) {
          throw new CliError((err as Error).message);
        }
        ctx.term.write(toYaml({ ...config, sites, multiSite: true }, { maskLiteralSecrets: true }));
        ctx.term.note(
          `${ctx.term.err.create("Success!")} The configuration is valid (${plural(files, "file")}: ${describeConfig(config)}).`,
        );
        return 0;
      }
      ctx.term.write(
        `${ctx.term.out.create("Success!")} The configuration is valid (${plural(files, "file")}: ${describeConfig(ctx.config!)}).\n`,
      );
      return 0;
    }),
  );
}
