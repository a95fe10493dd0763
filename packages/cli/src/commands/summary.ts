// `hotspot summary ACCOUNT`: an account's totals (getaccountsummary), optionally within a range.
import type { Command } from "commander";
import { renderStructured } from "../format/output.js";
import { renderSummary, summaryJson } from "../format/sessions.js";
import { runAction } from "../run.js";
import { aboutAccount, addOperatorOptions, type OperatorOptions, withServer } from "./operator.js";
import { dayRange, fromOption, type RangeOptions, toOption } from "./range.js";

interface SummaryOptions extends OperatorOptions, RangeOptions {}

export function registerSummaryCommand(program: Command): void {
  addOperatorOptions(
    program
      .command("summary")
      .description("an account's totals: sessions, time used, traffic, first and last use")
      .argument("<account>", "account name")
      .addOption(fromOption())
      .addOption(toOption()),
  ).action(
    runAction<SummaryOptions>(async ([username], opts) => {
      const range = dayRange(opts);
      return withServer(opts, async (s) => {
        const name = username!;
        const summary = await aboutAccount(s.target, name, () => s.client.getAccountSummary(name, range));
        s.ctx.term.write(s.format === "table" ? renderSummary(summary) : renderStructured(s.format, summaryJson(summary)));
      });
    }),
  );
}
