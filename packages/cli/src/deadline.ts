// `--timeout DURATION`: a bound on a whole run (planning, applying, an operator command), on top
// of the wire client's per-request timeout (server.timeout). When it passes, requests in flight are
// cut off and no new work starts; an apply records what it did in the state file first, so the
// next run converges.
import { InvalidArgumentError } from "commander";
import { parseDuration } from "@hotspot-iac/core";

/** commander argParser: `90s`, `5m`, `1h30m` → milliseconds. */
export function parseRunTimeout(text: string): number {
  const seconds = parseDuration(text);
  if (seconds === undefined || seconds <= 0) {
    throw new InvalidArgumentError("expected a duration such as 90s, 5m or 1h30m");
  }
  return seconds * 1000;
}

export interface Deadline {
  /** Aborted when the time is up. */
  readonly signal: AbortSignal;
  readonly expired: boolean;
  /** How the limit was written, for messages (`90s`). */
  readonly text: string;
  stop(): void;
}

/** After this long past the deadline, a run that still has not stopped is ended by force. */
const GRACE_MS = 15_000;

export function startDeadline(ms: number, text: string, onExpire: () => void, onStuck: () => void): Deadline {
  const controller = new AbortController();
  let grace: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    controller.abort();
    onExpire();
    grace = setTimeout(onStuck, GRACE_MS);
    grace.unref();
  }, ms);
  timer.unref();
  return {
    signal: controller.signal,
    get expired() {
      return controller.signal.aborted;
    },
    text,
    stop() {
      clearTimeout(timer);
      if (grace) clearTimeout(grace);
    },
  };
}
