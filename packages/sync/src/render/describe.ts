// Words shared by every renderer: what a change is called, which symbol it gets, and the one-line
// sentence that says what will happen to it.
import type { Action, BatchChange, Change, Plan } from "../plan/model.js";

export type ChangeSymbol = "+" | "~" | "-";

export function symbolOf(action: Action): ChangeSymbol | undefined {
  switch (action) {
    case "create":
      return "+";
    case "update":
      return "~";
    case "delete":
      return "-";
    case "no-op":
      return undefined;
  }
}

/** Changes that do something, in plan order (no-ops are not shown). */
export function visibleChanges(plan: Plan): Change[] {
  return plan.changes.filter((c) => c.action !== "no-op");
}

/** Site names only matter to a reader when the plan touches a named or more than one site. */
export function showsSites(plan: Plan): boolean {
  const sites = new Set(plan.changes.map((c) => c.site));
  return sites.size > 1 || (sites.size === 1 && !sites.has("default"));
}

function nameOf(change: Change): string {
  return change.resource === "account" ? change.username : change.prefix;
}

/** `account "staff-alice"`, `batch "CONF-"`. */
function addressOf(change: Change): string {
  return `${change.resource} ${JSON.stringify(nameOf(change))}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function batchVerb(change: BatchChange): string {
  const { countBefore: before, countAfter: after } = change;
  switch (change.action) {
    case "create":
      return `will be created with ${plural(after, "account")}`;
    case "delete":
      return `will be deleted (${plural(before, "account")})`;
    default:
      if (after > before) return `will grow from ${before} to ${plural(after, "account")}`;
      if (after < before) return `will shrink from ${before} to ${plural(after, "account")}`;
      return `will be updated in-place (${plural(after, "account")})`;
  }
}

/** `account "staff-alice" will be created` (with the site when it matters). */
export function sentenceOf(change: Change, withSite: boolean): string {
  const where = withSite ? ` on site ${JSON.stringify(change.site)}` : "";
  let verb: string;
  if (change.resource === "batch") verb = batchVerb(change);
  else if (change.action === "create") verb = "will be created";
  else if (change.action === "delete") verb = "will be deleted";
  else verb = "will be updated in-place";
  return `${addressOf(change)}${where} ${verb}`;
}

export function hasChanges(plan: Plan): boolean {
  const s = plan.summary;
  return s.create + s.update + s.delete > 0;
}

/** Accounts each kind of change touches; plans saved before `accounts` existed fall back to changes. */
export function accountCounts(plan: Plan): { create: number; update: number; delete: number } {
  const { create, update, delete: del } = plan.accounts ?? plan.summary;
  return { create, update, delete: del };
}

/** Terraform's summary line, counting accounts (a batch of 50 new members counts 50 creates). */
export function summaryLine(plan: Plan): string {
  const a = accountCounts(plan);
  return `Plan: ${a.create} to create, ${a.update} to update, ${a.delete} to delete.`;
}

export interface BatchCounts {
  create: number;
  grow: number;
  shrink: number;
  update: number;
  delete: number;
}

/** Batch-level changes by kind: a resize is a grow or a shrink, other in-place changes an update. */
export function batchCounts(plan: Plan): BatchCounts {
  const n: BatchCounts = { create: 0, grow: 0, shrink: 0, update: 0, delete: 0 };
  for (const c of plan.changes) {
    if (c.resource !== "batch" || c.action === "no-op") continue;
    if (c.action !== "update") n[c.action]++;
    else if (c.countAfter > c.countBefore) n.grow++;
    else if (c.countAfter < c.countBefore) n.shrink++;
    else n.update++;
  }
  return n;
}

/** `Batches: 1 to grow, 1 to shrink.`, or undefined when no batch changes. */
export function batchLine(plan: Plan): string | undefined {
  const n = batchCounts(plan);
  const parts = (Object.keys(n) as Array<keyof BatchCounts>).filter((k) => n[k] > 0).map((k) => `${n[k]} to ${k}`);
  return parts.length > 0 ? `Batches: ${parts.join(", ")}.` : undefined;
}

export const NO_CHANGES = "No changes. The server matches the configuration.";

/**
 * Errors no flag overrides (a price plan missing on the server...): the plan cannot be applied.
 * Forceable ones (--force) and takeovers (--allow-takeover) are not: the reviewer deciding on the
 * flag needs the changes.
 */
export function blockingErrors(plan: Plan): number {
  return plan.diagnostics.filter((d) => d.severity === "error" && !d.forceable && d.code !== "takeover").length;
}

/** Said instead of the changes of a plan with blocking errors: they would mislead a reviewer. */
export function blockedLine(plan: Plan): string {
  const n = blockingErrors(plan);
  return `No plan: fix the ${n === 1 ? "error" : `${n} errors`} above first (the changes are not shown, as they cannot be applied).`;
}

const EMULATOR_NOTE = "the embedded HotSpot emulator, not a real server";

/**
 * The plan's header: one `Server: URL` line per server (sites named when several), then, when the
 * plan says what it was made from, the site, the configuration files and the state file. URLs
 * carry no credentials (the engine strips them); `code` marks URLs and paths (Markdown), `text`
 * escapes the rest.
 */
export function serverLines(plan: Plan, code: (u: string) => string = (u) => u, text: (t: string) => string = (t) => t): string[] {
  const servers = plan.servers ?? [];
  const from = plan.configuration;
  // With the site on a line of its own, a single server's line need not name it.
  const siteLine = from !== undefined && servers.length === 1;
  const lines = servers.map((s) => {
    const site = !siteLine && (servers.length > 1 || s.site !== "default") ? ` (site ${JSON.stringify(s.site)})` : "";
    return `${text(`Server${site}:`)} ${code(s.url)}${s.emulator ? ` (${EMULATOR_NOTE})` : ""}`;
  });
  if (from === undefined) return lines;
  if (siteLine) lines.push(`${text("Site:")} ${text(servers[0]!.site)}`);
  const files = from.files.length > 0 ? from.files.map(code).join(", ") : text("(none)");
  lines.push(`${text(`Configuration:`)} ${files}`, `${text("State file:")} ${code(from.stateFile)}`);
  return lines;
}

/** Names of accounts a plan deletes: deleted accounts, deleted batch members, shrunk members. */
export function deletedNames(plan: Plan): string[] {
  const names: string[] = [];
  for (const c of plan.changes) {
    if (c.resource === "account" && c.action === "delete") names.push(c.username);
    if (c.resource === "batch") {
      if (c.action === "delete" && c.removeMembers.length === 0) names.push(`${c.prefix}* (${c.countBefore})`);
      else names.push(...c.removeMembers);
    }
  }
  return names;
}
