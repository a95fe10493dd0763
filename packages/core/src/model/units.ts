// Human units of the YAML model and their canonical forms. Parsers return undefined for text they
// cannot read (the schema turns that into a located error); formatters produce text the parsers
// read back to the same value, so model → YAML → model is lossless.
//
// Conventions (docs/configuration.md):
// - durations: `2h30m`, `30d`, `1w`, `90s`, `0` (units w d h m s, largest first).
// - sizes: binary, like the server's own display: 1KB = 1024 bytes, 1MB = 1024KB, 1GB = 1024MB
//   (KiB/MiB/GiB/TiB accepted as synonyms).
// - rates: bits per second, binary: `1Mbit` = 1024 kbit = 131072 bytes/s (the value real servers
//   show for a 1 Mbit limit), `512kbit` = 65536 bytes/s. Stored in bytes per second like the wire.

import { wallClock } from "../wire/wall-clock.js";

export const UNLIMITED = "unlimited" as const;
export type Unlimited = typeof UNLIMITED;

const DURATION_UNITS: ReadonlyArray<readonly [string, number]> = [
  ["w", 604_800],
  ["d", 86_400],
  ["h", 3_600],
  ["m", 60],
  ["s", 1],
];

export const DURATION_PATTERN = "^(0|(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?)$";
const DURATION_RE = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** `2h30m` → 9000 seconds. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (t === "0") return 0;
  if (t === "") return undefined;
  const m = DURATION_RE.exec(t);
  if (!m) return undefined;
  let total = 0;
  DURATION_UNITS.forEach(([, factor], i) => {
    const part = m[i + 1];
    if (part !== undefined) total += Number(part) * factor;
  });
  return Number.isSafeInteger(total) ? total : undefined;
}

/** 9000 → `2h30m`; days only for whole days (`30d`, but `40h` not `1d16h`); never weeks. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return "0s";
  let rest = seconds;
  let out = "";
  for (const [unit, factor] of DURATION_UNITS) {
    if (unit === "w" || (unit === "d" && seconds % factor !== 0)) continue;
    const n = Math.floor(rest / factor);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * factor;
    }
  }
  return out;
}

const SIZE_FACTORS: Record<string, number> = {
  b: 1,
  kb: 1024,
  kib: 1024,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  tb: 1024 ** 4,
  tib: 1024 ** 4,
};
export const SIZE_PATTERN = "^(0|\\d+(\\.\\d+)?\\s?([KkMmGgTt][Ii]?[Bb]|[Bb]))$";
const SIZE_RE = /^(\d+(?:\.\d+)?)\s?([kmgt]?i?b)$/i;

/** `5GB` → 5368709120 bytes (binary units). */
export function parseSize(text: string): number | undefined {
  const t = text.trim();
  if (t === "0") return 0;
  const m = SIZE_RE.exec(t);
  if (!m) return undefined;
  const factor = SIZE_FACTORS[m[2]!.toLowerCase()];
  if (factor === undefined) return undefined;
  const bytes = Number(m[1]) * factor;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

export function formatSize(bytes: number): string {
  for (const [unit, factor] of [
    ["TB", 1024 ** 4],
    ["GB", 1024 ** 3],
    ["MB", 1024 ** 2],
    ["KB", 1024],
  ] as const) {
    if (bytes !== 0 && bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return `${bytes}B`;
}

const RATE_FACTORS: Record<string, number> = { bit: 1, kbit: 1024, mbit: 1024 ** 2, gbit: 1024 ** 3 };
export const RATE_PATTERN = "^(0|\\d+(\\.\\d+)?\\s?([kKmMgG]?bit)(/s)?)$";
const RATE_RE = /^(\d+(?:\.\d+)?)\s?([kmg]?bit)(?:\/s)?$/i;

/** `1Mbit` → 131072 bytes per second; undefined unless a whole number of bytes. */
export function parseRate(text: string): number | undefined {
  const t = text.trim();
  if (t === "0") return 0;
  const m = RATE_RE.exec(t);
  if (!m) return undefined;
  const bits = Number(m[1]) * RATE_FACTORS[m[2]!.toLowerCase()]!;
  const bytes = bits / 8;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

export function formatRate(bytesPerSecond: number): string {
  const bits = bytesPerSecond * 8;
  for (const [unit, factor] of [
    ["Gbit", 1024 ** 3],
    ["Mbit", 1024 ** 2],
    ["kbit", 1024],
  ] as const) {
    if (bits !== 0 && bits % factor === 0) return `${bits / factor}${unit}`;
  }
  return `${bits}bit`;
}

export const MONEY_PATTERN = "^\\d+(\\.\\d{1,2})?$";
const MONEY_RE = /^\d+(?:\.\d{1,2})?$/;

/** `12.50` or 12.5 → 12.5; at most two decimals, never negative. */
export function parseMoney(value: string | number): number | undefined {
  const t = typeof value === "number" ? String(value) : value.trim();
  if (!MONEY_RE.test(t)) return undefined;
  return Number(t);
}

/** Expiry of an account: never, an absolute server wall-clock time, or relative to creation. */
export type Expiry =
  | { kind: "never" }
  /**
   * A calendar day, meaning until the end of that day: `at` is 23:59 of it, the last instant
   * expiredatetime can set (it has minutes; expiredate would mean 00:00, the day's start).
   */
  | { kind: "date"; at: Date }
  /** A wall-clock minute (sent as expiredatetime). */
  | { kind: "dateTime"; at: Date }
  /** `in 30d`: resolved when the account is created, initial-only afterwards. */
  | { kind: "relative"; seconds: number };

export const EXPIRY_PATTERN =
  "^(never|in (0|(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?)|\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:00)?)?)$";
/** A date without a time means the end of that day: its last minute (the wire has minutes). */
const END_OF_DAY = [23, 59] as const;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(00))?)?$/;

/** `never`, `in 30d`, `2026-12-31` or `2026-12-31T18:00` (server wall clock). */
export function parseExpiry(text: string): Expiry | undefined {
  const t = text.trim();
  if (t === "never") return { kind: "never" };
  if (t.startsWith("in ")) {
    const seconds = parseDuration(t.slice(3));
    return seconds === undefined || seconds === 0 ? undefined : { kind: "relative", seconds };
  }
  const m = DATE_RE.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const [h, mi] = hasTime ? [Number(m[4]), Number(m[5])] : END_OF_DAY;
  const at = wallClock(y, mo, d, h, mi);
  if (
    at.getUTCFullYear() !== y ||
    at.getUTCMonth() !== mo - 1 ||
    at.getUTCDate() !== d ||
    at.getUTCHours() !== h ||
    at.getUTCMinutes() !== mi
  ) {
    return undefined;
  }
  return hasTime ? { kind: "dateTime", at } : { kind: "date", at };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** `YYYY-MM-DD` of a wall-clock Date. */
export function formatDay(at: Date): string {
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

/** `YYYY-MM-DDTHH:MM` of a wall-clock Date. */
export function formatMinute(at: Date): string {
  return `${formatDay(at)}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

export function formatExpiry(e: Expiry): string {
  switch (e.kind) {
    case "never":
      return "never";
    case "relative":
      return `in ${formatDuration(e.seconds)}`;
    case "date":
      return formatDay(e.at);
    case "dateTime":
      return formatMinute(e.at);
  }
}
