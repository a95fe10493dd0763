// getstatistics: [ours] `<Statistics>` with one `<Day>` per date from..to inclusive (days without
// activity included, as zeros). `from` defaults to the first day with activity, `to` to today.
// Sales is the money taken that day (plan prices of accounts sold or refilled).
import { formatCents } from "../money.js";
import { addDays, dayKey, dayKeyToMs, startOfDay } from "../server-time.js";
import { document, el, wrap } from "../xml/writer.js";
import type { CommandContext, CommandResult } from "./context.js";
import { fail } from "./errors.js";
import { plural } from "../plural.js";

/** Longest period one call may report ([ours]; bounds the answer). */
const MAX_DAYS = 3660;

export function getStatistics(ctx: CommandContext): CommandResult {
  const { params: p, store, now } = ctx;
  const from = p.date("from");
  const to = p.date("to") ?? startOfDay(now);
  const firstActive = [...store.statistics.keys()].sort()[0];
  const start = from ?? (firstActive ? Math.min(dayKeyToMs(firstActive), to) : to);
  if (start > to) fail("invalid parameter from: after to");
  const days = Math.round((to - start) / 86_400_000) + 1;
  if (days > MAX_DAYS) fail(`invalid parameter from: at most ${MAX_DAYS} days per call`);
  let xml = "";
  for (let d = start; d <= to; d = addDays(d, 1)) {
    const key = dayKey(d);
    const s = store.statistics.get(key);
    xml += wrap(
      "Day",
      el("Date", key) +
        el("Sessions", s?.sessions ?? 0) +
        el("TimeUsed", Math.floor((s?.timeUsedMs ?? 0) / 1000)) +
        el("Download", s?.download ?? 0) +
        el("Upload", s?.upload ?? 0) +
        el("AccountsCreated", s?.accountsCreated ?? 0) +
        el("Sales", formatCents(s?.salesCents ?? 0)),
    );
  }
  return { body: document(wrap("Statistics", xml)), summary: plural(days, "day"), count: days };
}
