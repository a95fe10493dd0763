// `hotspot vouchers print`: a batch's members as printed cards (PDF, HTML, CSV), read from the
// server as `plan` reads them, or from `terraform output -json` (--from). Thin: @hotspot-iac/vouchers
// does the work. The cards are credentials: nothing of them goes to stdout; one line on stderr
// says how many were written and where.
import { CARD_LANGUAGES, CARD_PAPERS, type CardLanguage } from "@hotspot-iac/core";
import type { PrintResult, PrintVouchersOptions } from "@hotspot-iac/vouchers";
import { type Command, InvalidArgumentError, Option } from "commander";
import { withContext } from "../context.js";
import { CliError } from "../errors.js";
import { requireReferencesUnder } from "../lenient-env.js";
import { addConnectionOptions, type ConnectionOptions } from "../options.js";
import { runAction } from "../run.js";
import { singleTarget } from "./operator.js";

interface PrintOptions extends ConnectionOptions {
  batch?: string;
  out: string;
  ssid?: string;
  loginUrl?: string;
  unused?: boolean;
  all?: boolean;
  paper?: "a4" | "letter";
  perPage?: number;
  language?: CardLanguage;
  title?: string;
  logo?: string;
  from?: string;
}


/** `; left out 2 used (--all prints them) and 1 online now`, or nothing. */
function leftOut(r: PrintResult): string {
  const parts = [r.left.used > 0 ? `${r.left.used} used (--all prints them)` : "", r.left.online > 0 ? `${r.left.online} online now` : ""].filter(Boolean);
  return parts.length > 0 ? `; left out ${parts.join(" and ")}` : "";
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("not a whole number");
  return Number(value);
}

export function registerVouchersCommand(program: Command): void {
  const vouchers = program.command("vouchers").description("print a batch's vouchers as cards to hand out");
  const print = vouchers
    .command("print")
    .description(
      "write a batch's unused members as cards a guest can use alone (network, steps, validity, a QR code to join and one to log in); settings from the YAML's cards:, flags override; the extension of --out picks the format (.pdf, .html, .csv)",
    )
    .addOption(new Option("--batch <prefix>", "the batch, by its prefix in the configuration (with --from: only codes starting with it)"))
    .addOption(new Option("--out <file>", "file to write (mode 0600): cards.pdf, cards.html or cards.csv").makeOptionMandatory())
    .addOption(new Option("--ssid <name>", "the Wi-Fi network's name: printed, and the QR code that joins it (cards.network)"))
    .addOption(new Option("--login-url <template>", "the captive portal's login URL, {username} and {password} filled in: the QR code that logs in (cards.loginUrl)"))
    .addOption(new Option("--all", "also members used before (their cards say used); members online now are never printed"))
    // The default now; accepted so existing scripts keep working.
    .addOption(new Option("--unused", "only members never logged in, with no time used (the default)").hideHelp().conflicts("all"))
    .addOption(new Option("--paper <size>", "paper size (cards.paper; default a4)").choices(CARD_PAPERS))
    .addOption(new Option("--per-page <n>", "cards per sheet (cards.perPage; default 10)").argParser(count))
    .addOption(new Option("--title <text>", "a heading on every card, e.g. the hotel's name (cards.title)"))
    .addOption(new Option("--logo <file>", "a PNG, JPEG or SVG logo on every card, at most 1 MiB (cards.logo)"))
    .addOption(new Option("--language <code>", "the language of the card's words (cards.language; default en)").choices(CARD_LANGUAGES))
    .addOption(new Option("--from <file>", "read the codes from `terraform output -json` saved to FILE instead of the server"));
  addConnectionOptions(print);
  print.action(
    runAction<PrintOptions>(async (_args, opts) => {
      // Loaded here, not at start: every other command would pay for pdfkit and the fonts.
      const { formatOf, printVouchers } = await import("@hotspot-iac/vouchers");
      formatOf(opts.out); // an unknown extension fails before any server is contacted
      // Unset flags stay unset: the configuration's `cards:` fills them in.
      const rest: Omit<PrintVouchersOptions, "source"> = {
        out: opts.out,
        ...(opts.paper !== undefined ? { paper: opts.paper } : {}),
        ...(opts.perPage !== undefined ? { perPage: opts.perPage } : {}),
        ...(opts.language !== undefined ? { language: opts.language } : {}),
        ...(opts.ssid !== undefined ? { ssid: opts.ssid } : {}),
        ...(opts.loginUrl !== undefined ? { loginUrl: opts.loginUrl } : {}),
        ...(opts.title !== undefined ? { title: opts.title } : {}),
        ...(opts.logo !== undefined ? { logo: opts.logo } : {}),
      };
      let result: PrintResult;
      if (opts.from !== undefined) {
        if (opts.unused || opts.all) throw new CliError(`${opts.all ? "--all" : "--unused"} needs the server (who logged in); --from reads codes from a file`);
        result = await printVouchers({ ...rest, source: { terraformOutput: opts.from, ...(opts.batch !== undefined ? { batch: opts.batch } : {}) } });
      } else {
        const batch = opts.batch;
        if (batch === undefined) throw new CliError("name the batch with --batch PREFIX (or read codes from a file with --from)");
        // Only the server and what printing reads (this batch, the card settings) must be set:
        // a front desk printing cards holds no staff passwords.
        result = await withContext(opts, { config: "required", server: true, serverOnly: true }, (ctx) => {
          const target = singleTarget(ctx);
          // What printing reads of the site: its card settings and this batch (its own cards:).
          requireReferencesUnder(ctx.config!, target.site, ["cards/", `batches/${batch}/`], ctx.unsetVariables);
          return printVouchers({
            ...rest,
            source: { config: ctx.config!, site: target.site, client: ctx.client(target), serverUrl: target.url, statePath: ctx.statePath, batch, all: opts.all === true },
          });
        });
      }
      const pages = result.pages > 0 ? ` on ${result.pages} sheet${result.pages === 1 ? "" : "s"}` : "";
      process.stderr.write(`Wrote ${result.cards} voucher card${result.cards === 1 ? "" : "s"}${pages} to ${opts.out} (${result.format.toUpperCase()}, mode 0600)${leftOut(result)}\n`);
      return 0;
    }),
  );
}
