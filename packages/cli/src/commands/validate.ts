// `hotspot validate -f FILE|DIR`: check a configuration offline (pre-commit hooks, CI). Located
// errors (`file:line:col: path: message`) on stderr, exit 1; nothing is sent anywhere.
import type { Config } from "@hotspot-iac/core";
import type { Command } from "commander";
import { Option } from "commander";
import { openContext } from "../context.js";
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
    );
  addCommonOptions(addConfigOptions(cmd)).action(
    runAction<ValidateOptions>(async (_args, opts) => {
      // Values that must parse (numbers, dates) are checked against the placeholder, which may
      // report them; plan and apply always need the real values.
      const environment = opts.skipEnv ? { configEnv: lenientEnv(process.env).env } : {};
      const ctx = await openContext(opts, { config: "required", server: false }, environment);
      // Files loaded (a folder counts each YAML file in it), not the -f arguments.
      const files = ctx.config!.files.length;
      ctx.term.write(
        `${ctx.term.out.create("Success!")} The configuration is valid (${plural(files, "file")}: ${describeConfig(ctx.config!)}).\n`,
      );
      return 0;
    }),
  );
}
