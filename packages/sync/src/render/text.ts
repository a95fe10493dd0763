// The Terraform-like plan text: `+` create, `~` update, `-` delete, one block per resource, attribute
// lines aligned, sensitive values masked, ending with the summary line. Pure: Plan in, string out.
import type { AccountChange, BatchChange, Change, FieldChange, Plan, PlanDiagnostic } from "../plan/model.js";
import {
  batchLine,
  blockedLine,
  blockingErrors,
  type ChangeSymbol,
  hasChanges,
  NO_CHANGES,
  sentenceOf,
  serverLines,
  showsSites,
  summaryLine,
  symbolOf,
  visibleChanges,
} from "./describe.js";
import { type Palette, plainPalette } from "./style.js";
import { planValueText } from "./value.js";

export interface TextOptions {
  palette?: Palette;
}

const LEGEND: Record<ChangeSymbol, string> = { "+": "create", "~": "update in-place", "-": "delete" };

function paint(p: Palette, symbol: ChangeSymbol, text: string): string {
  return symbol === "+" ? p.create(text) : symbol === "~" ? p.update(text) : p.delete(text);
}

/** One attribute line's symbol and value text, Terraform's way (`a -> b`, `+ x = a`, `- x = a`). */
function fieldLine(change: Change, f: FieldChange): { symbol: ChangeSymbol; value: string } {
  if (change.action === "create" || f.before.kind === "absent") return { symbol: "+", value: planValueText(f.after) };
  if (change.action === "delete" || f.after.kind === "absent") return { symbol: "-", value: planValueText(f.before) };
  return { symbol: "~", value: `${planValueText(f.before)} -> ${planValueText(f.after)}` };
}

interface Line {
  symbol?: ChangeSymbol | "!";
  name?: string;
  value?: string;
  comment?: string;
}

function batchLines(change: BatchChange): Line[] {
  const lines: Line[] = [];
  const { countBefore, countAfter } = change;
  if (change.action === "create") lines.push({ symbol: "+", name: "count", value: String(countAfter) });
  else if (change.action === "delete") lines.push({ symbol: "-", name: "count", value: String(countBefore) });
  else if (countBefore !== countAfter)
    lines.push({ symbol: "~", name: "count", value: `${countBefore} -> ${countAfter}` });
  return lines;
}

function blockLines(change: Change): Line[] {
  const lines: Line[] = change.resource === "batch" ? batchLines(change) : [];
  // A deleted account's body: what it had when planned (what the reviewer is about to lose).
  const had = change.resource === "account" ? (change.had ?? []) : [];
  for (const f of [...change.fields, ...had.filter((h) => !change.fields.some((f) => f.field === h.field))]) {
    const { symbol, value } = fieldLine(change, f);
    lines.push({ symbol, name: f.field, value, comment: f.note });
  }
  if (change.resource === "account" && change.action === "delete" && lines.length === 0) {
    lines.push({ comment: "plan, usage and expiry not read (the server's account list gives names only)" });
  }
  if (change.resource === "batch") {
    const members = change.updateMembers?.length ?? (change.action === "update" ? change.countBefore : 0);
    if (change.fields.length > 0 && change.action === "update" && members > 0) {
      lines.push({ comment: `settings applied to ${members} existing member${members === 1 ? "" : "s"}` });
    }
    if (change.generate && change.generate.count > 0) {
      const g = change.generate;
      const calls = `${g.calls} generateaccounts call${g.calls === 1 ? "" : "s"}`;
      const codes = change.ticket ? " (ticket codes chosen by the server)" : "";
      lines.push({ comment: `${g.count} new account${g.count === 1 ? "" : "s"} in ${calls}${codes}` });
      if (g.perMemberUpdate) {
        const what = g.perMemberFields.length > 0 ? ` (${g.perMemberFields.join(", ")})` : "";
        lines.push({ comment: `then one updateaccount per new account${what}` });
      }
    }
    if (change.removeMembers.length > 0) {
      lines.push({ comment: `members to delete (${change.removeMembers.length}), unused first:` });
      for (const m of change.removeMembers) lines.push({ symbol: "-", name: JSON.stringify(m) });
    }
    if (change.inUseBlocked.length > 0) {
      lines.push({ comment: `members in use, kept unless --force (${change.inUseBlocked.length}):` });
      const online = new Set(change.online ?? []);
      for (const m of change.inUseBlocked) lines.push({ symbol: "!", name: JSON.stringify(m), comment: online.has(m) ? "online now" : "used" });
    }
  }
  return lines;
}

function renderBlock(change: Change, withSite: boolean, p: Palette): string[] {
  const symbol = symbolOf(change.action) ?? "~";
  const out: string[] = [];
  out.push(`  ${p.bold(`# ${sentenceOf(change, withSite)}`)}`);
  if (change.reason) out.push(`  # (${change.reason})`);
  if (change.resource === "account" && change.rename) out.push(`  # ${renameNote(change.rename)}`);
  const foreign = change.resource === "account" ? (change.takeover ? "this account" : "") : change.takeoverMembers ? `${change.takeoverMembers} of these members` : "";
  if (foreign) out.push(`  ${p.warn("# TAKEOVER:")} ${foreign} never created, imported or adopted by this state file`);
  const head = change.resource === "account" ? change.username : change.prefix;
  out.push(`  ${paint(p, symbol, symbol)} ${change.resource} ${JSON.stringify(head)} {`);
  const lines = blockLines(change);
  const width = Math.max(0, ...lines.filter((l) => l.value !== undefined).map((l) => l.name?.length ?? 0));
  for (const l of lines) {
    if (l.symbol === undefined) {
      out.push(p.dim(`      # ${l.comment ?? ""}`));
      continue;
    }
    const mark = l.symbol === "!" ? p.warn("!") : paint(p, l.symbol, l.symbol);
    let text = `      ${mark} ${l.value === undefined ? l.name : `${(l.name ?? "").padEnd(width)} = ${l.value}`}`;
    if (l.comment) text += p.dim(` # ${l.comment}`);
    out.push(text);
  }
  out.push("    }");
  return out;
}

/** `staff-housekeeping → staff-hk looks like a rename (same password): ...` */
function renameNote(r: NonNullable<AccountChange["rename"]>): string {
  return `${r.from} → ${r.to} looks like a rename (same ${r.same}): ${r.to} is created before ${r.from} is deleted, and ${r.from} is kept if that fails`;
}

/** `event.yaml:7:8: message (site "hq")`, without the severity label. */
export function diagnosticText(d: PlanDiagnostic): string {
  const where = d.source ? `${d.source.file}:${d.source.line}:${d.source.col}: ` : "";
  const site = d.site && d.site !== "default" ? ` (site ${JSON.stringify(d.site)})` : "";
  // Said once: messages that already name --force are not told it again.
  const force = d.forceable && !d.message.includes("--force") ? " (--force overrides)" : "";
  return `${where}${d.message}${site}${force}`;
}

export function diagnosticLine(d: PlanDiagnostic, p: Palette = plainPalette): string {
  const label = d.severity === "error" ? p.error("Error:") : p.warn("Warning:");
  return `${label} ${diagnosticText(d)}`;
}

/** One block of lines per visible change (the Markdown renderer reuses them). */
export function changeBlocks(plan: Plan, p: Palette = plainPalette): string[][] {
  const withSite = showsSites(plan);
  return visibleChanges(plan).map((change) => renderBlock(change, withSite, p));
}

export function renderText(plan: Plan, options: TextOptions = {}): string {
  const p = options.palette ?? plainPalette;
  const out: string[] = [];
  const changes = visibleChanges(plan);
  const servers = serverLines(plan);
  if (servers.length > 0) out.push(...servers, "");
  // Problems first: a reviewer reads them before any change, errors before warnings.
  const diagnostics = [...plan.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  for (const d of diagnostics) out.push(diagnosticLine(d, p));
  if (diagnostics.length > 0) out.push("");
  if (blockingErrors(plan) > 0) {
    out.push(p.bold(blockedLine(plan)));
    return `${out.join("\n")}\n`;
  }
  if (changes.length > 0) {
    const used = (["+", "~", "-"] as const).filter((s) => changes.some((c) => symbolOf(c.action) === s));
    out.push("Resource actions are indicated with the following symbols:");
    for (const s of used) out.push(`  ${paint(p, s, s)} ${LEGEND[s]}`);
    out.push("", "HotSpot will perform the following actions:", "");
    for (const block of changeBlocks(plan, p)) out.push(...block, "");
  }
  out.push(hasChanges(plan) ? p.bold(summaryLine(plan)) : p.bold(NO_CHANGES));
  const batches = batchLine(plan);
  if (batches) out.push(batches);
  return `${out.join("\n")}\n`;
}
