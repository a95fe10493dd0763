// The emulator's clock. Everything time-dependent (consumption of TimeLeft, expiry, daily limits,
// statistics days) reads this clock, never Date.now(), so tests move time instead of waiting.
import { wallClockNow } from "./server-time.js";

export interface Clock {
  /** Current server wall-clock time (a Date whose UTC fields are the server's local fields). */
  now(): Date;
  /** Move time forward (or backward with a negative value) by `ms` milliseconds. */
  advance(ms: number): void;
  /** Jump to a given server wall-clock time. */
  set(date: Date): void;
}

/**
 * A clock that follows the wall clock of `timeZone` (the machine's zone when none is given) shifted
 * by an offset that advance/set change. Used by the CLI so a separate emulator process can still be
 * moved through time by tests.
 */
export function systemClock(offsetMs = 0, timeZone?: string): Clock & { offsetMs(): number } {
  let offset = offsetMs;
  return {
    now: () => new Date(wallClockNow(timeZone) + offset),
    advance: (ms) => {
      offset += ms;
    },
    set: (date) => {
      offset = date.getTime() - wallClockNow(timeZone);
    },
    offsetMs: () => offset,
  };
}

/** A frozen clock: time moves only when advance or set is called. Deterministic for tests. */
export function manualClock(start: Date): Clock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (date) => {
      t = date.getTime();
    },
  };
}
