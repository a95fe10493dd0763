// Units for operator output. Core owns every form of a value (human, YAML, Terraform attribute):
// listings use its human form, rounded for reading and never parsed back.
import { formatDay, formatWallClock as formatServerTime } from "@hotspot-iac/core";

export { humanDuration as formatDuration, humanRate as formatRate, humanSize as formatBytes } from "@hotspot-iac/core";

const valid = (date: Date | undefined): date is Date => date !== undefined && !Number.isNaN(date.getTime());

/**
 * A server wall-clock time (a Date whose UTC fields are the server's local fields) as
 * `YYYY-MM-DD HH:MM:SS`, the way the server itself writes it; `-` when there is none.
 */
export function formatWallClock(date: Date | undefined): string {
  return valid(date) ? formatServerTime(date) : "-";
}

/** A wall-clock Date as `YYYY-MM-DD` (server-local day). */
export const formatWallClockDate = (date: Date): string => formatDay(date);

/** Wall-clock ISO text for JSON output: `2026-12-31T18:00:00`, no zone (it is the server's); absent when none. */
export function wallClockIso(date: Date | undefined): string | undefined {
  return valid(date) ? formatServerTime(date).replace(" ", "T") : undefined;
}

/** A rate the server holds in bytes per second, in bits as the YAML writes it; 0 (no limit) is null. */
export function bitsPerSecond(bytesPerSecond: number | undefined): number | null | undefined {
  return bytesPerSecond === undefined ? undefined : bytesPerSecond === 0 ? null : bytesPerSecond * 8;
}
