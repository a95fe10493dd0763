// Operator output's own choices about values: `-` where a time is missing, ISO text and bits for
// JSON. The value forms themselves (human durations, sizes, rates, minutes, "unlimited") are
// core's: call humanDuration, humanSize, humanRate, humanLimit, humanMinute, formatDay directly.
import { formatWallClock } from "@hotspot-iac/core";

const valid = (date: Date | undefined): date is Date => date !== undefined && !Number.isNaN(date.getTime());

/**
 * A server wall-clock time (a Date whose UTC fields are the server's local fields) as
 * `YYYY-MM-DD HH:MM:SS`, the way the server itself writes it; `-` when there is none.
 */
export function wallClockOrDash(date: Date | undefined): string {
  return valid(date) ? formatWallClock(date) : "-";
}

/** Wall-clock ISO text for JSON output: `2026-12-31T18:00:00`, no zone (it is the server's); absent when none. */
export function wallClockIso(date: Date | undefined): string | undefined {
  return valid(date) ? formatWallClock(date).replace(" ", "T") : undefined;
}

/** A rate the server holds in bytes per second, in bits as the YAML writes it; 0 (no limit) is null. */
export function bitsPerSecond(bytesPerSecond: number | undefined): number | null | undefined {
  return bytesPerSecond === undefined ? undefined : bytesPerSecond === 0 ? null : bytesPerSecond * 8;
}
