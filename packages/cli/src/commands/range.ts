// `--from` / `--to` day flags of stats, log and summary, read as server wall-clock days.
import type { DateRange } from "@hotspot-iac/core";
import { Option } from "commander";
import { CliError } from "../errors.js";
import { parseDay } from "./operator.js";

export interface RangeOptions {
  from?: string;
  to?: string;
}

export const fromOption = (): Option => new Option("--from <date>", "first day, YYYY-MM-DD (server time)");
export const toOption = (): Option => new Option("--to <date>", "last day, YYYY-MM-DD (server time), included");

/** The optional range; `--from` after `--to` is an error. */
export function dayRange(opts: RangeOptions): DateRange {
  const from = opts.from !== undefined ? parseDay(opts.from, "--from") : undefined;
  const to = opts.to !== undefined ? parseDay(opts.to, "--to") : undefined;
  if (from && to && from.getTime() > to.getTime()) throw new CliError(`--from ${opts.from} is after --to ${opts.to}`);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
