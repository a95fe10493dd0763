// Load errors: every problem found in a configuration, each located at file:line:col and naming
// the field, collected before anything talks to a server. Messages never carry secret values.

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

export class LoadError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    // A fleet's shared part is checked once per venue: one line per problem as written.
    const unique = new Map(diagnostics.map((d) => [formatDiagnostic(d), d]));
    const sorted = [...unique.values()].sort(compareDiagnostics);
    const n = sorted.length;
    super(`${n} error${n === 1 ? "" : "s"} in the configuration:\n${sorted.map(formatDiagnostic).join("\n")}`);
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
