// The one error type of the wire client. Every failure of a command — transport, HTTP, XML or a
// server-side ERROR — arrives as a HotSpotError carrying enough to decide what to do next:
// `kind` says what went wrong, `mayHaveCommitted` whether a write may have happened anyway.
// The URL is always redacted (see redact.ts); nothing here ever holds the passphrase.

import type { HotSpotCommand } from "./commands.js";
import { HotspotIacError } from "../errors.js";

export type HotSpotErrorKind =
  | "timeout" // no complete answer within the per-request timeout
  | "refused" // nobody listens at the URL (nothing was sent)
  | "dropped" // the connection closed before the full answer arrived
  | "http" // an HTTP status other than 200
  | "parse" // the body is not the XML we expect
  | "protocol" // a well-formed answer about something else than was asked (another account's record)
  | "too-large" // the body exceeds maxResponseBytes
  | "server" // the server answered with a Description other than SUCCESS
  | "network"; // any other network failure (DNS, unreachable host, ...)

/** A lower-level error, reduced to plain text that has been scrubbed of secrets. */
export interface HotSpotErrorCause {
  name: string;
  code?: string;
  message: string;
}

export interface HotSpotErrorInit {
  command: HotSpotCommand;
  kind: HotSpotErrorKind;
  /** The request URL with secrets already redacted. */
  url: string;
  status?: number;
  description?: string;
  mayHaveCommitted?: boolean;
  /** Extra detail for the message (timeout length, parser message, byte limit, ...). */
  detail?: string;
  cause?: HotSpotErrorCause;
  attempts?: number;
}

export class HotSpotError extends HotspotIacError {
  override get code() {
    return "hotspot-request" as const;
  }
  override readonly name = "HotSpotError";
  readonly command: HotSpotCommand;
  readonly kind: HotSpotErrorKind;
  /** The server's `<Description>`, when it sent one. */
  readonly description: string | undefined;
  /** The HTTP status, when an answer arrived. */
  readonly status: number | undefined;
  /** The request URL with `pass` (and other secrets) REDACTED. */
  readonly url: string;
  /** A write was sent and its outcome is unknown: check the server before trying again. */
  readonly mayHaveCommitted: boolean;
  /** How many times the request was sent (reads may be retried). */
  readonly attempts: number;
  override readonly cause: HotSpotErrorCause | undefined;

  constructor(init: HotSpotErrorInit) {
    super(describe(init));
    this.command = init.command;
    this.kind = init.kind;
    this.description = init.description;
    this.status = init.status;
    this.url = init.url;
    this.mayHaveCommitted = init.mayHaveCommitted ?? false;
    this.attempts = init.attempts ?? 1;
    this.cause = init.cause;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      command: this.command,
      kind: this.kind,
      description: this.description,
      status: this.status,
      url: this.url,
      mayHaveCommitted: this.mayHaveCommitted,
      attempts: this.attempts,
      cause: this.cause,
    };
  }
}

function describe(init: HotSpotErrorInit): string {
  const at = `GET ${init.url}`;
  const detail = init.detail ? ` (${init.detail})` : "";
  let what: string;
  switch (init.kind) {
    case "timeout":
      what = `no answer in time${detail}`;
      break;
    case "refused":
      what = `connection refused: is the HotSpot server running and the URL right?${detail}`;
      break;
    case "dropped":
      what = `connection dropped before the full answer arrived${detail}`;
      break;
    case "http":
      what = `HTTP status ${init.status ?? "?"} instead of 200${detail}`;
      break;
    case "parse":
      what = `the answer is not the XML expected${detail}`;
      break;
    case "protocol":
      what = `the answer does not match the request${detail}`;
      break;
    case "too-large":
      what = `the answer is larger than allowed${detail}`;
      break;
    case "server":
      what = `the server refused: ${JSON.stringify(init.description ?? "")}`;
      break;
    case "network":
      what = `network error${detail}`;
      break;
  }
  // A read sent several times says so: the wait was that many timeouts, not one.
  if ((init.attempts ?? 1) > 1) what += `, ${init.attempts} attempts`;
  const unknown = init.mayHaveCommitted
    ? "; the write may have been applied: check the server before repeating it"
    : "";
  return `${init.command}: ${what}${unknown} [${at}]`;
}

export function isHotSpotError(err: unknown): err is HotSpotError {
  return err instanceof HotSpotError;
}

const NOT_FOUND = /not\s+exist|not\s+found|no\s+such|doesn'?t\s+exist|unknown\s+account/i;

/** The server said the account (or object) does not exist. */
export function isNotFound(err: unknown): boolean {
  return isHotSpotError(err) && err.kind === "server" && NOT_FOUND.test(err.description ?? "");
}

/** A write was sent and whether it happened is unknown. */
export function isAmbiguous(err: unknown): boolean {
  return isHotSpotError(err) && err.mayHaveCommitted;
}
