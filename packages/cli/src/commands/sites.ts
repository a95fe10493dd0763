// `hotspot sites`: the sites (venues) of the configuration and their servers, offline: a table for
// people, `-o json` for scripts such as a GitHub Actions matrix (`strategy.matrix.include:
// ${{ fromJSON(...) }}`, one job per venue). Nothing is sent; secrets are neither needed nor shown.
import { redactUrl, selectSites } from "@hotspot-iac/core";
import type { Command } from "commander";
import { Option } from "commander";
import { openContext } from "../context.js";
import { CliError } from "../errors.js";
import { renderStructured } from "../format/output.js";
import { renderTable } from "../format/table.js";
import { envVariableOf, lenientEnv } from "../lenient-env.js";
import { addCommonOptions, addConfigOptions, type ConnectionOptions } from "../options.js";
import type { OutputFlags } from "../format/output.js";
import { outputFormat } from "./operator.js";
import { runAction } from "../run.js";

interface SitesOptions extends ConnectionOptions, OutputFlags {}

interface SiteRow {
  name: string;
  /** The YAML's server.url (no user-info or query); absent when HOTSPOT_URL or --url must name it. */
  server?: string;
  /** The environment variable the site's passphrase reference reads (`${env:NAME}`), for a CI job to set. */
  passphraseVariable?: string;
}

export function registerSitesCommand(program: Command): void {
  const cmd = program
    .command("sites")
    .description("list the sites (venues) of the configuration and their servers, offline (-o json for a CI matrix)")
    .addOption(new Option("-o, --output <format>", "output format: table, json or yaml"))
    .addOption(new Option("--json", "output JSON (same as -o json)"))
    .addOption(
      new Option("--site <name>", "only these sites: a name or a glob like 'porto-*', repeatable").argParser(
        (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
      ),
    );
  addCommonOptions(addConfigOptions(cmd)).action(
    runAction<SitesOptions>(async (_args, opts) => {
      const format = outputFormat(opts);
      // Names and URLs only: the passphrases' variables need not be set (a CI job listing venues has none).
      const ctx = await openContext(opts, { config: "required", server: false }, { lenient: lenientEnv() });
      let sites: ReturnType<typeof selectSites>;
      try {
        sites = selectSites(ctx.config!, opts.site, "--site");
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      const rows: SiteRow[] = sites.map((s) => ({
        name: s.name,
        ...(s.server.url !== undefined ? { server: redactUrl(s.server.url).replace(/[?#].*$/, "") } : {}),
        ...(envVariableOf(s.server.passphrase?.ref) ? { passphraseVariable: envVariableOf(s.server.passphrase?.ref) } : {}),
      }));
      if (format === "table") {
        ctx.term.write(
          renderTable(
            [
              { header: "SITE", value: (r: SiteRow) => r.name },
              { header: "SERVER", value: (r: SiteRow) => r.server ?? "-" },
              { header: "PASSPHRASE", value: (r: SiteRow) => (r.passphraseVariable ? `$${r.passphraseVariable}` : "-") },
            ],
            rows,
          ),
        );
      } else {
        ctx.term.write(renderStructured(format, rows));
      }
      return 0;
    }),
  );
}
