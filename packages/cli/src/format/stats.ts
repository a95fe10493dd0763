// `hotspot stats`: per-day statistics as a table, and on a terminal (or with --chart) a bar chart
// of one measure per day.
import { type DailyStatistics, humanDuration, humanSize } from "@hotspot-iac/core";
import { type ChartRow, renderBarChart } from "./chart.js";
import { renderTable } from "./table.js";

export const STAT_METRICS = ["sessions", "time", "traffic", "download", "upload", "created", "sales"] as const;
export type StatMetric = (typeof STAT_METRICS)[number];

interface MetricSpec {
  title: string;
  value: (d: DailyStatistics) => number;
  show: (n: number) => string;
}

const count = (n: number): string => String(n);
const money = (n: number): string => n.toFixed(2);

export const METRICS: Record<StatMetric, MetricSpec> = {
  sessions: { title: "Sessions per day", value: (d) => d.sessions, show: count },
  time: { title: "Time used per day", value: (d) => d.timeUsed, show: (n) => humanDuration(n, 2) },
  traffic: { title: "Traffic (download + upload) per day", value: (d) => d.download + d.upload, show: humanSize },
  download: { title: "Download per day", value: (d) => d.download, show: humanSize },
  upload: { title: "Upload per day", value: (d) => d.upload, show: humanSize },
  created: { title: "Accounts created per day", value: (d) => d.accountsCreated, show: count },
  sales: { title: "Sales per day", value: (d) => d.sales, show: money },
};

/** One day's (or the totals') counters, each number named with its unit. */
function countersJson(d: Omit<DailyStatistics, "date" | "extra">): Record<string, unknown> {
  return {
    sessions: d.sessions,
    timeUsedSeconds: d.timeUsed,
    downloadBytes: d.download,
    uploadBytes: d.upload,
    accountsCreated: d.accountsCreated,
    sales: d.sales,
  };
}

export function statsJson(days: readonly DailyStatistics[]): Record<string, unknown>[] {
  return days.map((d) => ({ date: d.date, ...countersJson(d) }));
}

export function totalsJson(days: readonly DailyStatistics[]): Record<string, unknown> {
  return countersJson(totals(days));
}

export function totals(days: readonly DailyStatistics[]): Omit<DailyStatistics, "date" | "extra"> {
  const t = { sessions: 0, timeUsed: 0, download: 0, upload: 0, accountsCreated: 0, sales: 0 };
  for (const d of days) {
    t.sessions += d.sessions;
    t.timeUsed += d.timeUsed;
    t.download += d.download;
    t.upload += d.upload;
    t.accountsCreated += d.accountsCreated;
    t.sales += d.sales;
  }
  t.sales = Math.round(t.sales * 100) / 100;
  return t;
}

export function renderStatsTable(days: readonly DailyStatistics[]): string {
  const total = { date: "TOTAL", ...totals(days) };
  return renderTable(
    [
      { header: "DATE", value: (d: DailyStatistics) => d.date },
      { header: "SESSIONS", value: (d) => String(d.sessions), align: "right" },
      { header: "TIME USED", value: (d) => humanDuration(d.timeUsed, 2), align: "right" },
      { header: "DOWNLOAD", value: (d) => humanSize(d.download), align: "right" },
      { header: "UPLOAD", value: (d) => humanSize(d.upload), align: "right" },
      { header: "CREATED", value: (d) => String(d.accountsCreated), align: "right" },
      { header: "SALES", value: (d) => money(d.sales), align: "right" },
    ],
    [...days, total],
  );
}

export function renderStatsChart(days: readonly DailyStatistics[], metric: StatMetric, width = 40): string {
  const spec = METRICS[metric];
  const rows: ChartRow[] = days.map((d) => {
    const v = spec.value(d);
    return { label: d.date, value: v, display: spec.show(v) };
  });
  return renderBarChart(spec.title, rows, width);
}
