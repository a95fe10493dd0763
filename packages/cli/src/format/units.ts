// Human-readable units for operator output. Display only: these strings are rounded for reading and
// are never parsed back (import writes exact values through the model's own units).

const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB"] as const;

/**
 * Bytes with binary multiples (1 KB = 1024 B), the way the HotSpot operator UI counts traffic.
 * One decimal below 10 units, none above: `512 B`, `1.5 MB`, `23 GB`.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  const negative = bytes < 0;
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  let text: string;
  if (unit === 0) text = String(Math.round(value));
  else if (value < 10) text = trimZero(value.toFixed(1));
  else text = String(Math.round(value));
  // Rounding can carry into the next unit (1023.7 KB -> "1024 KB"): keep it readable.
  if (text === "1024" && unit < BYTE_UNITS.length - 1) {
    text = "1";
    unit++;
  }
  return `${negative ? "-" : ""}${text} ${BYTE_UNITS[unit]}`;
}

/**
 * A rate limit in bytes per second as bits per second with binary multiples, the model's rate
 * convention (131072 B/s = 1 Mbit/s, see core/model/units.ts); 0 is no limit.
 */
export function formatRate(bytesPerSecond: number): string {
  if (bytesPerSecond === 0) return "unlimited";
  const units = ["bit/s", "kbit/s", "Mbit/s", "Gbit/s"] as const;
  let value = bytesPerSecond * 8;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${trimZero(value.toFixed(value < 10 ? 2 : 1))} ${units[unit]}`;
}

/** Whole seconds as `2d4h`, `2h30m`, `45m10s`, `0s`: the `parts` largest non-zero units (display). */
export function formatDuration(seconds: number, parts = 3): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  const negative = seconds < 0;
  let rest = Math.round(Math.abs(seconds));
  if (rest === 0) return "0s";
  const out: string[] = [];
  for (const [label, size] of DURATION_UNITS) {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) out.push(`${n}${label}`);
  }
  return (negative ? "-" : "") + out.slice(0, parts).join("");
}

const DURATION_UNITS: readonly (readonly [string, number])[] = [
  ["d", 86_400],
  ["h", 3_600],
  ["m", 60],
  ["s", 1],
];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * A server wall-clock time (a Date whose UTC fields are the server's local fields, see TEAM.md) as
 * `YYYY-MM-DD HH:MM:SS`, the way the server itself writes it. Never the machine's time zone.
 */
export function formatWallClock(date: Date | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return "-";
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

/** A wall-clock Date as `YYYY-MM-DD` (server-local day). */
export function formatWallClockDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Wall-clock ISO text for JSON output: `2026-12-31T18:00:00`, no zone (it is the server's). */
export function wallClockIso(date: Date | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return formatWallClock(date).replace(" ", "T");
}

function trimZero(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
