// `hotspot log ACCOUNT`: an account's sessions (getaccountlog), optionally within a range of days.
import type { Command } from "commander";
import { renderStructured } from "../format/output.js";
import { renderSessions, sessionJson } from "../format/sessions.js";
import { runAction } from "../run.js";
import { aboutAccount, addOperatorOptions, type OperatorOptions, withServer } from "./operator.js";
import { dayRange, fromOption, type RangeOptions, toOption } from "./range.js";

interface LogOptions extends OperatorOptions, RangeOptions {}

export function registerLogCommand(program: Command): void {
  addOperatorOptions(
    program
      .command("log")
      .description("an account's sessions: start, stop, duration, device, traffic")
      .argument("<account>", "account name")
      .addOption(fromOption())
      .addOption(toOption()),
  ).action(
    runAction<LogOptions>(async ([username], opts) => {
      const range = dayRange(opts);
      return withServer(opts, async (s) => {
        const name = username!;
        const sessions = await aboutAccount(s.target, name, () => s.client.getAccountLog(name, range));
        s.ctx.term.write(
          s.format === "table" ? renderSessions(name, sessions) : renderStructured(s.format, sessions.map(sessionJson)),
        );
      });
    }),
  );
}
