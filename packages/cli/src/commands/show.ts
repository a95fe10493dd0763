// `hotspot show FILE`: print a saved plan (from `plan --out`) as text, JSON or Markdown, offline —
// to review a CI artifact before `hotspot apply FILE`.
import type { Command } from "commander";
import { planResult, venueFailed } from "@hotspot-iac/sync";
import { addCommonOptions } from "../options.js";
import { planExitCode, planFormat, type PlanFormatOptions, planFormatOptions, renderFleetAs, renderPlanAs } from "../plan-output.js";
import { fleetExitCode } from "../venues.js";
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
      const plans = await readSavedPlanFile(file!);
      if (plans.length > 1) {
        // A fleet's plan: each venue's, then the summary, as `plan` printed it.
        const venues = plans.map((p) => ({ site: p.site, server: p.server, plan: p.plan, result: planResult(p.plan) }));
        term.note(term.err.dim(`Saved plan of ${plans.length} venues, made ${plans[0]!.createdAt}`));
        term.write(renderFleetAs(format, venues, term));
        return fleetExitCode(venues.some(venueFailed), venues.some((v) => v.result === "changes"), opts.detailedExitcode ?? false);
      }
      const saved = plans[0]!;
      term.note(term.err.dim(`Saved plan for site ${JSON.stringify(saved.site)} on ${saved.server}, made ${saved.createdAt}`));
      term.write(renderPlanAs(format, saved.plan, term, saved.site === "default" ? undefined : saved.site));
      return planExitCode(saved.plan, opts.detailedExitcode ?? false);
    }),
  );
}
