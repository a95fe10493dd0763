// How `plan`, `apply` and `show` print a plan: text for people (coloured on a terminal), JSON for
// scripts, Markdown for pull-request comments. One choice per run, on stdout.
import { type Option as CommanderOption, Option } from "commander";
import {
  hasChanges,
  mergePlans,
  type Plan,
  type PlanResult,
  planErrorsLine,
  planResult,
  renderFleetJson,
  renderFleetMarkdown,
  renderFleetText,
  renderJson,
  renderMarkdown,
  renderText,
  type VenueReport,
} from "@hotspot-iac/sync";
import { CliError } from "./errors.js";
import type { Terminal } from "./terminal.js";
import { shownServer, type VenueOutcome } from "./venues.js";

export type PlanFormat = "text" | "json" | "markdown";

export interface PlanFormatOptions {
  json?: boolean;
  markdown?: boolean;
}

export function planFormatOptions(): CommanderOption[] {
  return [
    new Option("--json", "print the plan as JSON (formatVersion 1, see PLAN_JSON.md)").conflicts("markdown"),
    new Option("--markdown", "print the plan as Markdown pull-request comments (split above 60,000 characters; a fleet: one comment, sections cut to fit)").conflicts(
      "json",
    ),
  ];
}

export function planFormat(opts: PlanFormatOptions): PlanFormat {
  if (opts.json && opts.markdown) throw new CliError("--json and --markdown cannot be used together");
  return opts.json ? "json" : opts.markdown ? "markdown" : "text";
}

export function renderPlanAs(format: PlanFormat, plan: Plan, term: Terminal, title?: string): string {
  switch (format) {
    case "json":
      return renderJson(plan);
    case "markdown":
      return renderMarkdown(plan, title ? { title } : {}).join("\n");
    case "text":
      return renderText(plan, { palette: term.out });
  }
}

export function planErrors(plan: Plan): number {
  return plan.diagnostics.filter((d) => d.severity === "error").length;
}

/** terraform's -detailed-exitcode: 0 no changes, 1 error, 2 changes. */
export function planExitCode(plan: Plan, detailed: boolean): number {
  if (planErrors(plan) > 0) return 1;
  return detailed && hasChanges(plan) ? 2 : 0;
}

/** Each venue's outcome as the fleet renderers draw it. */
export function venueReports(outcomes: readonly VenueOutcome<PlanResult>[]): VenueReport[] {
  return outcomes.map((o) => {
    const base = { site: o.target.site, server: shownServer(o.target) };
    if (o.status === "done") {
      const error = planErrorsLine(o.value.plan);
      return { ...base, plan: o.value.plan, result: planResult(o.value.plan), ...(error ? { error } : {}) };
    }
    if (o.status === "failed") return { ...base, result: "error", error: o.message };
    return { ...base, result: "not-reached" };
  });
}

/** Where a reviewer finds a venue's whole plan when the Markdown comment had to cut it. */
const WHOLE_PLAN = "in the log of the job that posted this comment, or from `hotspot plan --site VENUE`";

export function renderFleetAs(format: PlanFormat, venues: readonly VenueReport[], term: Terminal): string {
  switch (format) {
    case "json":
      return renderFleetJson(venues, mergePlans(venues.flatMap((v) => (v.plan ? [v.plan] : []))));
    case "markdown":
      return renderFleetMarkdown(venues, { wholePlan: WHOLE_PLAN });
    case "text":
      return renderFleetText(venues, term.out);
  }
}
