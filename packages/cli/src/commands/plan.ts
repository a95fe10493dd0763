// `hotspot plan`: read the server, show what apply would change. Sends reads only.
import type { Command } from "commander";
import { Option } from "commander";
import { hasChanges, mergePlans, saveFleetPlan, savePlan, venueFailed } from "@hotspot-iac/sync";
import { type CommandContext, withContext } from "../context.js";
import { addConnectionOptions, type ConnectionOptions } from "../options.js";
import {
  planErrors,
  planExitCode,
  planFormat,
  type PlanFormatOptions,
  planFormatOptions,
  type PlanFormat,
  renderFleetAs,
  renderPlanAs,
  venueReports,
} from "../plan-output.js";
import { planAll, type PlanningOptions, planningOptions, planVenues } from "../plan-sites.js";
import { fleetExitCode, type FleetOptions, fleetOptions } from "../venues.js";
import { runAction } from "../run.js";

interface PlanCommandOptions extends ConnectionOptions, PlanFormatOptions, PlanningOptions, FleetOptions {
  out?: string;
  detailedExitcode?: boolean;
}

export function registerPlanCommand(program: Command): void {
  const cmd = program
    .command("plan")
    .description("show what apply would change on the server (sends reads only)")
    .addOption(new Option("--out <file>", "save the plan for `hotspot apply FILE` (holds no secret)"))
    .addOption(new Option("--detailed-exitcode", "exit 0 when there are no changes, 1 on error, 2 when there are changes"));
  for (const o of planFormatOptions()) cmd.addOption(o);
  for (const o of planningOptions("plan despite safety thresholds, batch members in use, or an empty server read")) cmd.addOption(o);
  for (const o of fleetOptions()) cmd.addOption(o);
  addConnectionOptions(cmd);
  cmd.action(
    runAction<PlanCommandOptions>(async (_args, opts) => {
      const format = planFormat(opts);
      return withContext(opts, { config: "required", server: true }, async (ctx) => {
        if (ctx.targets.length > 1) return planFleet(ctx, opts, format);
        const results = await planAll(ctx, opts);
        const plan = mergePlans(results.map((r) => r.plan));
        // Named sites go in the Markdown title, so PR comments of several servers tell apart.
        const sites = ctx.targets.map((t) => t.site).filter((s) => s !== "default");
        ctx.term.write(renderPlanAs(format, plan, ctx.term, sites.length > 0 ? sites.join(", ") : undefined));
        const errors = planErrors(plan);
        if (errors > 0) {
          ctx.term.note(
            `${ctx.term.err.error("Error:")} the plan has ${errors} error${errors === 1 ? "" : "s"}${opts.out ? "; it was not saved" : ""}`,
          );
          return 1;
        }
        if (opts.out && results[0]) {
          await savePlan(opts.out, results[0]);
          const files = (opts.file ?? []).map((f) => `-f ${f} `).join("");
          const next = hasChanges(plan) ? `\nTo perform exactly these actions, run:\n  hotspot apply ${files}${opts.out}\n` : "";
          ctx.term.note(`\nSaved the plan to: ${opts.out}\n${next}`);
        }
        return planExitCode(plan, opts.detailedExitcode ?? false);
      });
    }),
  );
}

/**
 * Several venues: planned concurrently, each plan printed whole in configuration order, then the
 * summary. Exit 1 if any venue failed, else 2 (--detailed-exitcode) if any has changes.
 */
async function planFleet(ctx: CommandContext, opts: PlanCommandOptions, format: PlanFormat): Promise<number> {
  const outcomes = await planVenues(ctx, opts);
  const venues = venueReports(outcomes);
  ctx.term.write(renderFleetAs(format, venues, ctx.term));
  const bad = venues.filter((v) => venueFailed(v));
  if (bad.length > 0) {
    const n = bad.length;
    ctx.term.note(
      `${ctx.term.err.error("Error:")} ${n} of ${venues.length} venues failed: ${bad.map((v) => v.site).join(", ")}${opts.out ? "; the plan was not saved" : ""}`,
    );
  } else if (opts.out) {
    // One file for the fleet: `apply FILE` applies it venue by venue, refusing only stale venues.
    await saveFleetPlan(
      opts.out,
      outcomes.flatMap((o) => (o.status === "done" ? [o.value] : [])),
    );
    const files = (opts.file ?? []).map((f) => `-f ${f} `).join("");
    const changed = venues.some((v) => v.result === "changes");
    const next = changed ? `\nTo perform exactly these actions, run:\n  hotspot apply ${files}${opts.out}\n` : "";
    ctx.term.note(`\nSaved the plan of ${venues.length} venues to: ${opts.out}\n${next}`);
  }
  return fleetExitCode(bad.length > 0, venues.some((v) => v.result === "changes"), opts.detailedExitcode ?? false);
}
