// What decoding can conclude besides a value: the answer is not in a shape we can read
// (→ HotSpotError kind "parse"), or the server said no (→ kind "server"). The transport turns
// these into HotSpotError, adding command, URL and status.

/** The answer is well-formed XML but not in a shape we can read. */
export class ResponseFormatError extends Error {
  override readonly name = "ResponseFormatError";
}

/** The server answered with a Description other than SUCCESS. */
export class ServerRefusal extends Error {
  override readonly name = "ServerRefusal";
  constructor(readonly description: string) {
    super(description);
  }
}
