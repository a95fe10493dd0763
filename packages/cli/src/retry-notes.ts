// Retries said as they happen (`viewaccount guest-7: no answer in 30s, retry 2 of 3`): the wire
// client reports each one (onRetry); this turns the event into the line a user reads.
import type { HotSpotRetryEvent as RetryEvent } from "@hotspot-iac/core";

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}

/** What went wrong with the attempt, in a few words (the full error comes if the last one fails). */
function what(e: RetryEvent, timeoutMs: number): string {
  switch (e.error.kind) {
    case "timeout":
      return `no answer in ${seconds(timeoutMs)}`;
    case "refused":
      return "connection refused";
    case "dropped":
      return "connection dropped before the answer";
    case "http":
      return `HTTP status ${e.error.status ?? "?"}`;
    case "parse":
      return "the answer was not readable XML";
    default:
      return e.error.cause?.code ?? "network error";
  }
}

export function retryLine(e: RetryEvent, timeoutMs: number): string {
  const subject = e.account !== undefined ? `${e.command} ${e.account}` : e.command;
  return `${subject}: ${what(e, timeoutMs)}, retry ${e.attempt + 1} of ${e.maxAttempts}`;
}
