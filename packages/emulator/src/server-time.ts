// Server wall-clock time. The HotSpot server speaks its local time without a zone; we carry such a
// time as epoch milliseconds whose UTC fields ARE the server's local fields (as core's wire/wall-clock.ts), so
// nothing here consults the machine's time zone except core's wallClockAt, for "now" when no zone is named.
import { wallClockAt } from "@hotspot-iac/core";

const DAY_MS = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** `YYYY-MM-DD HH:MM:SS`, the format of Expire, FirstUsed, LastUsed. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** `YYYY-MM-DD`, the key of a statistics day. */
export function dayKey(ms: number): string {
  return formatDateTime(ms).slice(0, 10);
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

export function nextMidnight(ms: number): number {
  return startOfDay(ms) + DAY_MS;
}

export function addDays(ms: number, days: number): number {
  return ms + days * DAY_MS;
}

export function dayKeyToMs(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}

function build(y: number, mo: number, d: number, h: number, mi: number): number | undefined {
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(ms);
  // Reject dates that Date.UTC silently rolls over (20240230 → March 1st).
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59) return undefined;
  return ms;
}

/** `YYYYMMDD` (from, to, expiredate) → ms at 00:00:00, or undefined when not a real date. */
export function parseYmd(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0);
}

/** `YYYYMMDDHHMM` (expiredatetime) → ms, or undefined when not a real date and time. */
export function parseYmdHm(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/**
 * A wall-clock time given by a person or a test: `YYYY-MM-DD HH:MM[:SS]`, `YYYY-MM-DDTHH:MM[:SS]`,
 * `YYYYMMDD`, `YYYYMMDDHHMM`. No zone suffix is honoured: the fields are the server's local fields.
 */
export function parseWallClock(text: string): number | undefined {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?Z?$/.exec(t);
  if (m) {
    const base = build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
    if (base === undefined) return undefined;
    const sec = Number(m[6] ?? 0);
    if (sec > 59) return undefined;
    return base + sec * 1000 + Number((m[7] ?? "0").padEnd(3, "0"));
  }
  return parseYmdHm(t) ?? parseYmd(t);
}

/**
 * Now as server time (UTC fields = wall-clock fields, milliseconds kept): the wall clock of `timeZone`
 * (an IANA name, as the client's `server.timeZone`), or of the machine's zone when none is given.
 */
export function wallClockNow(timeZone?: string): number {
  // core's rule for the fields (whole seconds), this instant's milliseconds on top.
  const now = Date.now();
  return wallClockAt(new Date(now), timeZone).getTime() + (now % 1000);
}
