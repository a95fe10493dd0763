// Plain aligned tables in the kubectl style: upper-case headers, two spaces between columns, no
// borders, so the output stays readable in a terminal, a CI log and through `grep`/`awk`.

export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Numbers read best right-aligned. */
  align?: "left" | "right";
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** Display width of a cell: ANSI colour codes take no room. */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI, "")].length;
}

function padCell(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - visibleWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

export function renderTable<Row>(columns: Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row)));
  // A loop, not Math.max(...cells): spreading a column of ~125k+ rows overflows the call stack.
  const widths = columns.map((c) => visibleWidth(c.header));
  for (const r of cells) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i]!, visibleWidth(r[i] ?? ""));
  }
  const line = (values: string[]): string =>
    values
      .map((v, i) => padCell(v, widths[i] ?? 0, columns[i]?.align ?? "left"))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join("\n") + "\n";
}

/** Two-column `Key: value` block for a single object (like `kubectl describe`). */
export function renderKeyValues(pairs: readonly (readonly [string, string])[]): string {
  let width = 0;
  for (const [k] of pairs) width = Math.max(width, k.length + 1);
  return pairs.map(([k, v]) => `${`${k}:`.padEnd(width)}  ${v}`).join("\n") + "\n";
}
