// A fleet's plans (several sites planned or applied in one run): each venue's plan whole, in the
// order the configuration names them, and a summary table a reviewer reads first (Terragrunt's
// run --all table, Ansible's PLAY RECAP). Text, Markdown (one pull-request comment: the summary,
// then a collapsible section per venue, cut to fit) and JSON (one entry per venue).
import type { Plan } from "../plan/model.js";
import { accountCounts, blockingErrors, hasChanges } from "./describe.js";
import { toPlanJson } from "./json.js";
import { code, escapeMarkdown, MARKDOWN_COMMENT_LIMIT, renderMarkdownBody } from "./markdown.js";
import { type Palette, plainPalette } from "./style.js";
import { renderText } from "./text.js";

/**
 * What came of one venue. `refused`: its plan has errors (a safety threshold, a takeover, a price
 * plan missing) so nothing is applied there; `not-reached`: never planned or applied (--fail-fast
 * after another venue failed, or the run's --timeout).
 */
export type VenueResult = "no-changes" | "changes" | "applied" | "error" | "refused" | "not-reached";

export const VENUE_RESULT_LABELS: Record<VenueResult, string> = {
  "no-changes": "no changes",
  changes: "changes",
  applied: "applied",
  error: "error",
  refused: "refused by safety",
  "not-reached": "not reached",
};

export interface VenueReport {
  site: string;
  /** The server as shown (no user-info, no query). */
  server?: string;
  plan?: Plan;
  result: VenueResult;
  /** Why it failed, as the CLI would print it (no secret). */
  error?: string;
  /** Text printed after the plan (an apply's report). */
  after?: string;
}

/**
 * A planned venue's result: refused when every error is one a flag overrides (a safety threshold,
 * batch members in use: --force; a takeover: --allow-takeover), error when another is there (a
 * price plan missing on the server), else whether it has changes.
 */
export function planResult(plan: Plan): VenueResult {
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return errors.every((d) => d.forceable || d.code === "takeover") ? "refused" : "error";
  return hasChanges(plan) ? "changes" : "no-changes";
}

/** A planned venue's errors, in one line for the summary. */
export function planErrorsLine(plan: Plan): string | undefined {
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return undefined;
  return `${errors[0]!.message}${errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? "s" : ""})` : ""}`;
}

export function failed(v: VenueReport): boolean {
  return v.result === "error" || v.result === "refused" || v.result === "not-reached";
}

function counts(v: VenueReport): [string, string, string] {
  if (!v.plan || blockingErrors(v.plan) > 0) return ["-", "-", "-"];
  const a = accountCounts(v.plan);
  return [String(a.create), String(a.update), String(a.delete)];
}

function rows(venues: readonly VenueReport[]): string[][] {
  return venues.map((v) => [v.site, v.server ?? "-", ...counts(v), VENUE_RESULT_LABELS[v.result]]);
}

const HEADER = ["VENUE", "SERVER", "CREATE", "UPDATE", "DELETE", "RESULT"];

/** The closing line: how many venues ended how. */
export function fleetTally(venues: readonly VenueReport[]): string {
  const by = new Map<string, number>();
  for (const v of venues) by.set(VENUE_RESULT_LABELS[v.result], (by.get(VENUE_RESULT_LABELS[v.result]) ?? 0) + 1);
  const n = venues.length;
  return `Fleet: ${n} venue${n === 1 ? "" : "s"}, ${[...by].map(([k, c]) => `${c} ${k}`).join(", ")}.`;
}

/** The summary table, aligned, coloured by result. */
export function renderFleetSummary(venues: readonly VenueReport[], palette: Palette = plainPalette): string {
  const all = [HEADER, ...rows(venues)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const style = (v: VenueReport | undefined, text: string) =>
    !v ? palette.bold(text) : failed(v) ? palette.error(text) : v.result === "no-changes" ? text : palette.update(text);
  const lines = all.map((r, i) => {
    const v = i === 0 ? undefined : venues[i - 1];
    const cells = r.map((c, j) => (j >= 2 && j <= 4 ? c.padStart(widths[j]!) : c.padEnd(widths[j]!)));
    const last = cells.pop()!.trimEnd();
    return `${cells.join("  ")}  ${style(v, last)}`.trimEnd();
  });
  const errors = venues.filter((v) => v.error).map((v) => `  ${v.site}: ${v.error}`);
  return [...lines, "", ...(errors.length > 0 ? ["Errors:", ...errors, ""] : []), palette.bold(fleetTally(venues)), ""].join("\n");
}

/** Each venue's plan whole, in order, then the summary: text for people. */
export function renderFleetText(venues: readonly VenueReport[], palette: Palette = plainPalette): string {
  const out: string[] = [];
  for (const v of venues) {
    out.push(palette.bold(`── ${v.site} ${"─".repeat(Math.max(3, 60 - v.site.length))}`), "");
    if (v.plan) out.push(renderText(v.plan, { palette }));
    if (v.after) out.push(v.after);
    // A plan shows its own errors; the summary lists every venue's.
    if (v.error && !v.plan) out.push(`${palette.error("Error:")} ${v.error}`, "");
    if (!v.plan && !v.error) out.push(`${VENUE_RESULT_LABELS[v.result]}.`, "");
  }
  out.push(renderFleetSummary(venues, palette));
  return out.join("\n");
}

export interface FleetMarkdownOptions {
  /** Characters of the one comment (default 60,000; GitHub refuses above 65,536). */
  maxChars?: number;
  /** Where the whole plan is when a section is cut (the CI job's log, an artifact). */
  wholePlan?: string;
  title?: string;
}

function section(v: VenueReport): { head: string; body: string } {
  const what = v.plan && !failed(v) && hasChanges(v.plan) ? counts(v).join(" / ") : VENUE_RESULT_LABELS[v.result];
  const head = `<details><summary>${code(v.site)}: ${escapeMarkdown(what)}</summary>\n\n`;
  const parts: string[] = [];
  if (v.error) parts.push(`**Error:** ${escapeMarkdown(v.error)}`, "");
  if (v.plan) {
    parts.push(renderMarkdownBody(v.plan));
  }
  return { head, body: `${parts.join("\n").replace(/\n+$/, "")}\n` };
}

const CLOSE = "\n</details>\n";

/** Cut at a line before `room` characters, saying what was cut and where the rest is. */
function cut(body: string, room: number, site: string, wholePlan: string): string {
  const note = `\n_…cut here: ${body.length - room} more characters of ${escapeMarkdown(site)}'s plan; the whole plan is ${escapeMarkdown(wholePlan)}._\n`;
  let keep = body.slice(0, Math.max(0, room - note.length - 10));
  keep = keep.slice(0, Math.max(0, keep.lastIndexOf("\n") + 1));
  // Never leave a code fence open.
  const fences = keep.match(/^`{3,}/gm) ?? [];
  const close = fences.length % 2 === 1 ? `${fences.at(-1)}\n` : "";
  return `${keep}${close}${note}`;
}

/**
 * One pull-request comment: the summary table first, then a `<details>` per venue in order. Over
 * the limit, the largest sections are cut first (small ones stay whole), each saying what was cut
 * and where the whole plan is.
 */
export function renderFleetMarkdown(venues: readonly VenueReport[], options: FleetMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? MARKDOWN_COMMENT_LIMIT;
  const wholePlan = options.wholePlan ?? "in the log of the job that made this comment (`hotspot plan` output)";
  const changed = venues.filter((v) => v.result === "changes" || v.result === "applied").length;
  const bad = venues.filter(failed).length;
  const title = `### HotSpot fleet plan${options.title ? ` for ${code(options.title)}` : ""}: ${venues.length} venues, ${changed} with changes${bad > 0 ? `, ${bad} failed` : ""}`;
  const table = [
    "| venue | server | create | update | delete | result |",
    "|---|---|--:|--:|--:|---|",
    ...rows(venues).map((r, i) => {
      const v = venues[i]!;
      const result = failed(v) ? `**${VENUE_RESULT_LABELS[v.result]}**` : VENUE_RESULT_LABELS[v.result];
      return `| ${code(r[0]!)} | ${r[1] === "-" ? "-" : code(r[1]!)} | ${r[2]} | ${r[3]} | ${r[4]} | ${result} |`;
    }),
  ].join("\n");
  const head = `${MARKDOWN_MARKER_FLEET}\n${title}\n\n${table}\n\n${escapeMarkdown(fleetTally(venues))}\n\n`;
  const sections = venues.map(section);
  const frame = sections.reduce((n, s) => n + s.head.length + CLOSE.length + 1, 0);
  let room = maxChars - head.length - frame;
  // Water-filling: the smallest bodies first, each gets what it needs or an equal share of the rest.
  const order = sections.map((_s, i) => i).sort((a, b) => sections[a]!.body.length - sections[b]!.body.length);
  const bodies: string[] = sections.map((s) => s.body);
  order.forEach((i, k) => {
    const share = Math.floor(room / (order.length - k));
    const body = sections[i]!.body;
    if (body.length > share) bodies[i] = share > 200 ? cut(body, share, venues[i]!.site, wholePlan) : `_Plan cut: the whole plan is ${escapeMarkdown(wholePlan)}._\n`;
    room -= bodies[i]!.length;
  });
  return `${head}${sections.map((s, i) => `${s.head}${bodies[i]}${CLOSE}`).join("\n")}`;
}

export const MARKDOWN_MARKER_FLEET = "<!-- hotspot-plan fleet -->";

/**
 * `--json`: the plan of the venues planned (`merged`, every change with its site: what a plan of
 * several sites always printed) and `venues`, one entry per venue, failed ones included.
 */
export function renderFleetJson(venues: readonly VenueReport[], merged: Plan): string {
  const doc = {
    ...toPlanJson(merged),
    venues: venues.map((v) => ({
      site: v.site,
      ...(v.server ? { server: v.server } : {}),
      result: v.result,
      ...(v.error ? { error: v.error } : {}),
      ...(v.plan && blockingErrors(v.plan) === 0 ? { accounts: accountCounts(v.plan) } : {}),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
