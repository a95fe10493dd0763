// Server times are wall-clock times in the server's own zone, with no offset on the wire. We carry
// them in a Date whose UTC fields ARE the server's local fields (this module owns that rule): parse with Date.UTC,
// format with getUTC*, never the machine's zone.

/** A wall-clock Date from its fields (month 1-12). */
export function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  d.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  return d;
}

/**
 * Now, as a wall-clock Date of the server's time zone (an IANA name: `server.timeZone`), or of the
 * machine's local zone when none is given; shifted by an optional offset.
 */
export function serverNow(offsetMs = 0, timeZone?: string): Date {
  return wallClockAt(new Date(Date.now() + offsetMs), timeZone);
}

/** The wall-clock Date (whole seconds) of an instant in a zone, or in the machine's zone when none is given. */
export function wallClockAt(instant: Date, timeZone?: string): Date {
  if (timeZone === undefined) {
    return wallClock(instant.getFullYear(), instant.getMonth() + 1, instant.getDate(), instant.getHours(), instant.getMinutes(), instant.getSeconds());
  }
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of zoneFormat(timeZone).formatToParts(instant)) fields[p.type] = Number(p.value);
  return wallClock(fields.year!, fields.month!, fields.day!, fields.hour!, fields.minute!, fields.second!);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The numeric wall-clock fields of a zone, 00–23 hours (built once per zone: construction is slow). */
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    zoneFormats.set(timeZone, f);
  }
  return f;
}

/** Whether `name` is a time zone this Node knows (IANA names such as Europe/Lisbon, and UTC). */
export function isTimeZone(name: string): boolean {
  try {
    zoneFormat(name);
    return true;
  } catch {
    return false;
  }
}

const DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/;

/**
 * `YYYY-MM-DD HH:MM:SS` (also `T` as separator, no seconds, or a bare date) → wall-clock Date.
 * Undefined for empty text; throws RangeError for anything else that is not a real date.
 */
export function parseWallClock(text: string): Date | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const m = DATE_TIME.exec(t);
  if (!m) throw new RangeError(`not a date: ${JSON.stringify(t)}`);
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = wallClock(y, mo, d, h, mi, s);
  if (
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    date.getUTCHours() !== h ||
    date.getUTCMinutes() !== mi ||
    date.getUTCSeconds() !== s
  ) {
    throw new RangeError(`not a date: ${JSON.stringify(t)}`);
  }
  return date;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function assertValid(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${what} is not a valid Date`);
}

/** Wall-clock Date → `YYYYMMDD` (request parameters from, to, expiredate). */
export function formatWireDate(date: Date, what = "date"): string {
  assertValid(date, what);
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** Wall-clock Date → `YYYYMMDDHHMM` (request parameter expiredatetime). */
export function formatWireDateTime(date: Date, what = "date"): string {
  return `${formatWireDate(date, what)}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}`;
}

/** Wall-clock Date → `YYYY-MM-DD HH:MM:SS`, the form the server answers with. */
export function formatWallClock(date: Date): string {
  assertValid(date, "date");
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}
