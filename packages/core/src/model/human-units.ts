// Human-readable units for operator output (account and session listings). Display only: rounded
// for reading and never parsed back; the exact forms the YAML reads are in units.ts.
import { formatMinute, UNLIMITED } from "./units.js";

const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB"] as const;

const trimZero = (text: string): string => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);

/**
 * Bytes with binary multiples (1 KB = 1024 B), the way the HotSpot operator UI counts traffic.
 * One decimal below 10 units, none above: `512 B`, `1.5 MB`, `23 GB`.
 */
export function humanSize(bytes: number): string {
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

const RATE_UNITS = ["bit/s", "kbit/s", "Mbit/s", "Gbit/s"] as const;

/** Bytes per second as bits per second with binary multiples (131072 B/s = `1 Mbit/s`); 0 is no limit. */
export function humanRate(bytesPerSecond: number): string {
  if (bytesPerSecond === 0) return "unlimited";
  let value = bytesPerSecond * 8;
  let unit = 0;
  while (value >= 1024 && unit < RATE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${trimZero(value.toFixed(value < 10 ? 2 : 1))} ${RATE_UNITS[unit]}`;
}

const DURATION_UNITS: readonly (readonly [string, number])[] = [
  ["d", 86_400],
  ["h", 3_600],
  ["m", 60],
  ["s", 1],
];

/** Whole seconds as `2d4h`, `2h30m`, `45m10s`, `0s`: the `parts` largest non-zero units. */
export function humanDuration(seconds: number, parts = 3): string {
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

/**
 * A counter the server may mark unlimited (time left, quota): `unlimited`, else the value through
 * `show` (one of the human forms above); undefined when the server does not report it.
 */
export function humanLimit(unlimited: boolean | undefined, value: number | undefined, show: (n: number) => string): string | undefined {
  if (unlimited) return UNLIMITED;
  return value === undefined ? undefined : show(value);
}

/** A wall-clock minute as people read it: `2026-12-31 18:00` (the YAML's form has a `T`). */
export function humanMinute(at: Date): string {
  return formatMinute(at).replace("T", " ");
}
