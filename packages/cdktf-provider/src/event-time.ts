// Event times are the HotSpot server's wall clock (core's wire/wall-clock.ts: a Date
// whose UTC fields are the server's local fields), written as the provider's `expires`
// text `YYYY-MM-DDTHH:MM`.
import { formatMinute, parseExpiry } from "@hotspot-iac/core";

export type WallClock = string | Date;

/**
 * A wall-clock Date from `2026-12-05T23:00` or a Date; throws naming `what`. A bare date is
 * refused: as an event's end it would mean midnight at its start, rarely what anyone meant.
 */
export function wallClock(value: WallClock, what: string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${what}: invalid Date`);
    return value;
  }
  const parsed = parseExpiry(value);
  if (parsed?.kind === "dateTime") return parsed.at;
  throw new Error(`${what}: expected a date-time like 2026-12-05T23:00 (server time), got ${JSON.stringify(value)}`);
}

export const expiresText = (at: Date): string => formatMinute(at);
