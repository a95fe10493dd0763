// A small horizontal bar chart, one bar per day, drawn with Unicode block elements (eighths of a
// cell give smooth bars in plain text: it needs no colour and survives a CI log or a pipe).

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] as const;
const FULL = "█";

/** A bar `value/max` of `width` cells, using eighth blocks for the remainder. */
export function bar(value: number, max: number, width: number): string {
  if (max <= 0 || value <= 0 || width <= 0) return "";
  const eighths = Math.round((Math.min(value, max) / max) * width * 8);
  // Any non-zero value shows at least a sliver, so "a little" never reads as "nothing".
  const n = Math.max(1, eighths);
  return FULL.repeat(Math.floor(n / 8)) + EIGHTHS[n % 8];
}

export interface ChartRow {
  label: string;
  value: number;
  /** The value as shown after the bar, e.g. "2h30m". */
  display: string;
}

/** `label │██████▍    display` rows with a title line; bars scaled to the largest value. */
export function renderBarChart(title: string, rows: readonly ChartRow[], width = 40): string {
  const max = Math.max(0, ...rows.map((r) => r.value));
  const labelWidth = Math.max(0, ...rows.map((r) => r.label.length));
  const lines = [title];
  for (const row of rows) {
    const b = bar(row.value, max, width);
    lines.push(`${row.label.padEnd(labelWidth)} │${b.padEnd(width)} ${row.display}`.trimEnd());
  }
  return lines.join("\n") + "\n";
}
