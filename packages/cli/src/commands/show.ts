// `hotspot show FILE`: print a saved plan (from `plan --out`) as text, JSON or Markdown, offline —
// to review a CI artifact before `hotspot apply FILE`.
import type { Command } from "commander";
import { addCommonOptions } from "../options.js";
import { planExitCode, planFormat, type PlanFormatOptions, planFormatOptions, renderPlanAs } from "../plan-output.js";
import { runAction } from "../run.js";
import { readSavedPlanFile } from "../saved-plan-file.js";
import { terminal } from "../terminal.js";

interface ShowOptions extends PlanFormatOptions {
  color?: boolean;
  detailedExitcode?: boolean;
}

export function registerShowCommand(program: Command): void {
  const cmd = program
    .command("show")
    .description("print a plan saved by `hotspot plan --out FILE` (offline)")
    .argument("<file>", "the saved plan")
    .option("--detailed-exitcode", "exit 0 when the plan has no changes, 2 when it has changes");
  for (const o of planFormatOptions()) cmd.addOption(o);
  addCommonOptions(cmd).action(
    runAction<ShowOptions>(async ([file], opts) => {
      const format = planFormat(opts);
      const term = terminal({ color: opts.color });
      const saved = await readSavedPlanFile(file!);
      term.note(term.err.dim(`Saved plan for site ${JSON.stringify(saved.site)} on ${saved.server}, made ${saved.createdAt}`));
      term.write(renderPlanAs(format, saved.plan, term, saved.site === "default" ? undefined : saved.site));
      return planExitCode(saved.plan, opts.detailedExitcode ?? false);
    }),
  );
}
