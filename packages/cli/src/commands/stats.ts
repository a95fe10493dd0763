// `hotspot stats`: server statistics per day over a range of days; a table, plus a bar chart of
// one measure on a terminal (`--chart` / `--no-chart` decide elsewhere).
import { formatDay, serverNow } from "@hotspot-iac/core";
import { type Command, Option } from "commander";
import { renderStructured } from "../format/output.js";
import { renderStatsChart, renderStatsTable, STAT_METRICS, type StatMetric, statsJson, totalsJson } from "../format/stats.js";
import { runAction } from "../run.js";
import { addOperatorOptions, type OperatorOptions, withServer } from "./operator.js";
import { dayRange, fromOption, type RangeOptions, toOption } from "./range.js";

interface StatsOptions extends OperatorOptions, RangeOptions {
  chart?: boolean;
  metric: StatMetric;
}

const DAY_MS = 86_400_000;

export function registerStatsCommand(program: Command): void {
  addOperatorOptions(
    program
      .command("stats")
      .description("statistics per day: sessions, time used, traffic, accounts created, sales (default: the last 7 days)")
      .addOption(fromOption())
      .addOption(toOption())
      .addOption(new Option("--metric <measure>", "what the chart shows").choices(STAT_METRICS).default("time"))
      .addOption(new Option("--chart", "draw the per-day chart (default on a terminal)"))
      .addOption(new Option("--no-chart", "table only")),
  ).action(
    runAction<StatsOptions>(async (_args, opts) => {
      const range = dayRange(opts);
      return withServer(opts, async (s) => {
        // Today on the server's wall clock (its `server.timeZone`, else this machine's zone).
        const today = new Date(Math.floor(serverNow(0, s.target.config?.server?.timeZone).getTime() / DAY_MS) * DAY_MS);
        const to = range.to ?? (range.from ? new Date(Math.max(range.from.getTime(), today.getTime())) : today);
        const from = range.from ?? new Date(to.getTime() - 6 * DAY_MS);
        const days = await s.client.getStatistics(from, to);
        if (s.format !== "table") {
          const doc = {
            from: formatDay(from),
            to: formatDay(to),
            days: statsJson(days),
            totals: totalsJson(days),
          };
          s.ctx.term.write(renderStructured(s.format, doc));
          return;
        }
        const chart = opts.chart ?? Boolean(process.stdout.isTTY);
        let text = `Statistics ${formatDay(from)} to ${formatDay(to)} (server time)\n\n`;
        if (days.length === 0) text += "No statistics for this period.\n";
        else {
          if (chart) text += `${renderStatsChart(days, opts.metric)}\n`;
          text += renderStatsTable(days);
        }
        s.ctx.term.write(text);
      });
    }),
  );
}
