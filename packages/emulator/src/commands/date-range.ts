// The optional `from` / `to` (YYYYMMDD, inclusive days) of the reporting commands.
import { addDays } from "../server-time.js";
import type { CommandContext } from "./context.js";
import { fail } from "./errors.js";

export interface DayRange {
  /** Start of the `from` day, ms (or -Infinity). */
  start: number;
  /** Start of the day after `to`, ms (or +Infinity). */
  end: number;
}

export function dayRange(ctx: CommandContext): DayRange {
  const from = ctx.params.date("from");
  const to = ctx.params.date("to");
  if (from !== undefined && to !== undefined && from > to) fail("invalid parameter from: after to");
  return { start: from ?? Number.NEGATIVE_INFINITY, end: to === undefined ? Number.POSITIVE_INFINITY : addDays(to, 1) };
}

export const inRange = (r: DayRange, ms: number): boolean => ms >= r.start && ms < r.end;
