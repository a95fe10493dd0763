// Long runs talk where no bar is drawn (CI logs, pipes): a line at least every 10 s per operation
// still running, Terraform's `Still creating... [20s elapsed]`, so a slow or hanging server is
// never mistaken for a dead job.
export const HEARTBEAT_MS = 10_000;

/** `20s`, `2m10s`: elapsed time as Terraform prints it. */
export function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60 === 0 ? "" : `${s % 60}s`}`;
}

/** `1,200/5,000 accounts`. */
export function counted(done: number, total: number, noun = "accounts"): string {
  return `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${noun}`;
}

/**
 * Calls `say(elapsedText)` every interval until stopped. The timer does not keep the process
 * alive: a finished command exits without waiting for the next beat. Beats are counted, not
 * timed: a timer that fires a millisecond early still says `10s`, one late on a busy machine too.
 */
export function heartbeat(say: (elapsedText: string) => void, intervalMs = HEARTBEAT_MS): { stop: () => void } {
  let beats = 0;
  const timer = setInterval(() => say(elapsed(++beats * intervalMs)), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
