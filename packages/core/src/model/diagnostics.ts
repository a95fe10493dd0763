// Load errors: every problem found in a configuration, each located at file:line:col and naming
// the field, collected before anything talks to a server. Messages never carry secret values.
import { HotspotIacError } from "../errors.js";

export interface Diagnostic {
  /** As the user named it (relative to cwd when inside it). */
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole (cannot be read). */
  line: number;
  col: number;
  /** Field path like `accounts[2].expires`; empty for a document-level problem. */
  path: string;
  message: string;
}

/** `event.yaml:14:14: accounts[2].expires: expected a date like …` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  return d.path ? `${where}: ${d.path}: ${d.message}` : `${where}: ${d.message}`;
}

/** One problem as people read it: the first place, and how many more places have the same one. */
export interface DiagnosticGroup {
  first: Diagnostic;
  /** Other places with the same message on the same kind of field of the same file. */
  more: number;
  /** The field path with list indices left out (`accounts[*].password`). */
  pattern: string;
}

/**
 * The same problem at many places said once: one unset variable referenced by 10,000 accounts is
 * one line with its count, not 10,000. Grouped by file, message and field path without indices;
 * in the order given (sorted: the first place first).
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  const groups = new Map<string, DiagnosticGroup>();
  for (const d of diagnostics) {
    const pattern = d.path.replace(/\[\d+\]/g, "[*]");
    const key = JSON.stringify([d.file, pattern, d.message]);
    const g = groups.get(key);
    if (g) g.more++;
    else groups.set(key, { first: d, more: 0, pattern });
  }
  return [...groups.values()];
}

/** `event.yaml:14:14: accounts[2].password: message (and 9,999 more places: accounts[*].password)` */
export function formatDiagnosticGroup(g: DiagnosticGroup): string {
  if (g.more === 0) return formatDiagnostic(g.first);
  const places = `${g.more.toLocaleString("en-US")} more place${g.more === 1 ? "" : "s"}`;
  return `${formatDiagnostic(g.first)} (and ${places}${g.pattern ? `: ${g.pattern}` : ""})`;
}

export class LoadError extends HotspotIacError {
  override get code() {
    return "config-invalid" as const;
  }
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    // A fleet's shared part is checked once per venue: one line per problem as written.
    const unique = new Map(diagnostics.map((d) => [formatDiagnostic(d), d]));
    const sorted = [...unique.values()].sort(compareDiagnostics);
    const n = sorted.length;
    super(`${n} error${n === 1 ? "" : "s"} in the configuration:\n${groupDiagnostics(sorted).map(formatDiagnosticGroup).join("\n")}`);
    this.name = "LoadError";
    this.diagnostics = sorted;
  }
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.col - b.col || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

export type PathSegment = string | number;

/** [accounts, 2, expires] → `accounts[2].expires`; odd keys quoted: `pricePlans["1 Day"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
