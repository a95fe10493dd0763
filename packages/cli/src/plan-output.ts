// How `plan`, `apply` and `show` print a plan: text for people (coloured on a terminal), JSON for
// scripts, Markdown for pull-request comments. One choice per run, on stdout.
import { type Option as CommanderOption, Option } from "commander";
import {
  type Change,
  hasChanges,
  type Impact,
  type Plan,
  type PlanResult,
  type PlanSummary,
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

/** One plan of several sites, for rendering together (each change keeps its site). */
export function mergePlans(plans: Plan[]): Plan {
  if (plans.length === 1) return plans[0]!;
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, noop: 0 };
  const changes: Change[] = [];
  const accounts = { create: 0, update: 0, delete: 0 };
  let severity = 0 as Impact;
  for (const p of plans) {
    changes.push(...p.changes);
    for (const k of ["create", "update", "delete", "noop"] as const) summary[k] += p.summary[k];
    // The summary line counts accounts; a site's plan without the count contributes its changes.
    for (const k of ["create", "update", "delete"] as const) accounts[k] += (p.accounts ?? p.summary)[k];
    if (p.severity > severity) severity = p.severity;
  }
  return {
    formatVersion: 1,
    createdAt: plans[0]?.createdAt ?? new Date().toISOString(),
    changes,
    diagnostics: plans.flatMap((p) => p.diagnostics),
    summary,
    accounts,
    severity,
    servers: plans.flatMap((p) => p.servers ?? []),
    ...(plans[0]?.configuration ? { configuration: plans[0].configuration } : {}),
  };
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
