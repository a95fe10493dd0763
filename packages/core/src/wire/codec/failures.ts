// What decoding can conclude besides a value: the answer is not in a shape we can read
// (→ HotSpotError kind "parse"), it is about something other than what was asked (→ kind
// "protocol"), or the server said no (→ kind "server"). The transport turns these into
// HotSpotError, adding command, URL and status.
import { HotspotIacError } from "../../errors.js";

/** The answer is well-formed XML but not in a shape we can read. */
export class ResponseFormatError extends HotspotIacError {
  override get code() {
    return "response-format" as const;
  }
  override readonly name = "ResponseFormatError";
}

/** The server answered with a Description other than SUCCESS. */
export class ServerRefusal extends HotspotIacError {
  override get code() {
    return "server-refusal" as const;
  }
  override readonly name = "ServerRefusal";
  constructor(readonly description: string) {
    super(description);
  }
}

/**
 * A well-formed answer about another account than the one asked for. Never taken as data: a
 * record for "alice" given to a question about "bob" would make the engine believe bob exists.
 */
export class ResponseMismatchError extends HotspotIacError {
  override get code() {
    return "response-mismatch" as const;
  }
  override readonly name = "ResponseMismatchError";
}

/** The server compares usernames case-insensitively; so do we. */
export function sameUsername(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** Throws ResponseMismatchError unless the record names the account asked for. */
export function assertUsername(asked: string, answered: string | undefined, what: string): void {
  if (answered !== undefined && answered !== "" && !sameUsername(asked, answered)) {
    throw new ResponseMismatchError(`${what} for ${JSON.stringify(answered)} in answer to a request about ${JSON.stringify(asked)}`);
  }
}
