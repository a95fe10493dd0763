// `hotspot plan --markdown`: a plan as pull-request comments. The deletion warning comes first,
// the details sit in a collapsible <details> as a ```diff block (GitHub colours + and -), and a
// plan longer than one comment allows is split into several, each starting with a marker line
// `<!-- hotspot-plan part I of N -->` that CI scripts split on (and find old comments by).
import type { Plan } from "../plan/model.js";
import { batchLine, blockedLine, blockingErrors, deletedNames, hasChanges, NO_CHANGES, serverLines, summaryLine } from "./describe.js";
import { changeBlocks, diagnosticText } from "./text.js";

/** GitHub refuses comments over 65,536 characters; stay well under. */
export const MARKDOWN_COMMENT_LIMIT = 60_000;
export const MARKDOWN_MARKER = "<!-- hotspot-plan";

export interface MarkdownOptions {
  /** Maximum characters per comment (default 60,000). */
  maxChars?: number;
  /** Shown in the title, e.g. the configuration path or environment. */
  title?: string;
  /** How many deleted names the warning lists before "and N more". */
  listLimit?: number;
}

/** Plain text safe inside Markdown: no HTML, no emphasis, no mentions by accident. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|@~]/g, (ch) => `\\${ch}`).replace(/&/g, "&amp;");
}

/** Inline code that survives backticks in the content. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Move the change symbol to column 0 so a ```diff block colours it; `~` becomes `!` (orange). */
function diffLine(line: string): string {
  const m = /^(\s*)([+~!-]) (.*)$/.exec(line);
  if (!m) return line;
  const symbol = m[2] === "~" ? "!" : m[2];
  return `${symbol}${m[1]} ${m[3]}`;
}

function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

function headline(plan: Plan, title: string | undefined): string {
  const what = blockingErrors(plan) > 0 ? "errors, no plan" : hasChanges(plan) ? summaryLine(plan).replace(/^Plan: /, "").replace(/\.$/, "") : "no changes";
  return `### HotSpot plan${title ? ` for ${code(title)}` : ""}: ${what}`;
}

function warnings(plan: Plan, listLimit: number): string[] {
  const out: string[] = [];
  const deleted = deletedNames(plan);
  if (deleted.length > 0) {
    const shown = deleted.slice(0, listLimit).map(code).join(", ");
    const more = deleted.length > listLimit ? ` and ${deleted.length - listLimit} more` : "";
    const noun = deleted.length === 1 ? "account" : "accounts";
    out.push("> [!CAUTION]", `> **This plan deletes ${deleted.length} ${noun}:** ${shown}${more}`, "");
  }
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  const warns = plan.diagnostics.filter((d) => d.severity === "warning");
  for (const [label, list] of [
    ["Errors", errors],
    ["Warnings", warns],
  ] as const) {
    if (list.length === 0) continue;
    out.push(`**${label}:**`, "");
    for (const d of list) out.push(`- ${escapeMarkdown(diagnosticText(d))}`);
    out.push("");
  }
  return out;
}

/** Split text that alone exceeds the budget into line chunks (very long lines are cut). */
function chunkLines(text: string, budgetAt: (index: number) => number, firstIndex: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of text.replace(/\n+$/, "").split("\n")) {
    const budget = budgetAt(firstIndex + chunks.length);
    const piece = line.length + 1 > budget ? `${line.slice(0, budget - 20)} …(truncated)` : line;
    if (current && current.length + piece.length + 1 > budget) {
      chunks.push(current);
      current = "";
    }
    current += `${piece}\n`;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Pack diff blocks greedily into comment bodies, keeping whole blocks together when they fit;
 * budgetAt(i) is the room in comment i (the first one also carries the header).
 */
function pack(blocks: string[][], budgetAt: (index: number) => number): string[] {
  const bodies: string[] = [];
  let current = "";
  for (const block of blocks) {
    const text = `${block.map(diffLine).join("\n")}\n\n`;
    if (current.length + text.length <= budgetAt(bodies.length)) {
      current += text;
      continue;
    }
    if (current) bodies.push(current);
    current = "";
    if (text.length <= budgetAt(bodies.length)) {
      current = text;
      continue;
    }
    const chunks = chunkLines(text, budgetAt, bodies.length);
    current = chunks.pop() ?? "";
    bodies.push(...chunks);
  }
  if (current) bodies.push(current);
  return bodies;
}

/** Room kept in each comment for the marker, titles, <details> and code fences. */
const FRAME_RESERVE = 600;

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string[] {
  const maxChars = options.maxChars ?? MARKDOWN_COMMENT_LIMIT;
  // Two trailing spaces: a Markdown line break between servers.
  const servers = serverLines(plan, code, escapeMarkdown).map((l, i, all) => (i < all.length - 1 ? `${l}  ` : l));
  const head = [headline(plan, options.title), "", ...(servers.length > 0 ? [...servers, ""] : []), ...warnings(plan, options.listLimit ?? 50)];
  if (blockingErrors(plan) > 0 || !hasChanges(plan)) {
    const verdict = blockingErrors(plan) > 0 ? `**${escapeMarkdown(blockedLine(plan))}**` : NO_CHANGES;
    return [[`${MARKDOWN_MARKER} part 1 of 1 -->`, ...head, verdict, ""].join("\n")];
  }
  const headText = head.join("\n");
  const firstBudget = maxChars - FRAME_RESERVE - headText.length;
  const budget = maxChars - FRAME_RESERVE;
  if (firstBudget < 1_000) throw new Error(`markdown comment limit ${maxChars} is too small for this plan's header`);

  const bodies = pack(changeBlocks(plan), (i) => (i === 0 ? firstBudget : budget));

  const n = bodies.length;
  return bodies.map((body, i) => {
    const fence = fenceFor(body);
    const part = n > 1 ? `, part ${i + 1} of ${n}` : "";
    const lines = [`${MARKDOWN_MARKER} part ${i + 1} of ${n} -->`];
    if (i === 0) lines.push(...head);
    else lines.push(`### HotSpot plan (continued, part ${i + 1} of ${n})`, "");
    lines.push(
      `<details><summary>Plan details${part}</summary>`,
      "",
      `${fence}diff`,
      body.replace(/\n+$/, ""),
      fence,
      "",
      "</details>",
      "",
    );
    if (i === n - 1) {
      // Two trailing spaces: a Markdown line break before the batch line.
      const batches = batchLine(plan);
      lines.push(batches ? `${summaryLine(plan)}  ` : summaryLine(plan), ...(batches ? [batches] : []), "");
    }
    return lines.join("\n");
  });
}

/**
 * A plan's Markdown without title or collapsible section, in one piece however long: servers,
 * warnings, the changes as one ```diff block, the summary line. A fleet's comment puts each
 * venue's in its own <details> (render/fleet.ts), cutting it when the comment would be too long.
 */
export function renderMarkdownBody(plan: Plan, listLimit = 50): string {
  const servers = serverLines(plan, code, escapeMarkdown).map((l, i, all) => (i < all.length - 1 ? `${l}  ` : l));
  const out = [...(servers.length > 0 ? [...servers, ""] : []), ...warnings(plan, listLimit)];
  if (blockingErrors(plan) > 0 || !hasChanges(plan)) {
    out.push(blockingErrors(plan) > 0 ? `**${escapeMarkdown(blockedLine(plan))}**` : NO_CHANGES);
    return `${out.join("\n")}\n`;
  }
  const diff = changeBlocks(plan)
    .map((block) => block.map(diffLine).join("\n"))
    .join("\n\n");
  const fence = fenceFor(diff);
  const batches = batchLine(plan);
  out.push(`${fence}diff`, diff, fence, "", batches ? `${summaryLine(plan)}  ` : summaryLine(plan), ...(batches ? [batches] : []));
  return `${out.join("\n")}\n`;
}
