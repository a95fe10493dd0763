// Reading a response body with an upper bound: a misbehaving server (or a proxy page) must not
// be able to make us buffer without limit. Past the bound the read stops and the body is destroyed.

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * getaccountlist grows with the whole server: a list with every field is about 750 bytes an account
 * (75 MB at 100,000), so it gets its own, larger bound; 256 MiB stays well under V8's string limit.
 */
export const DEFAULT_MAX_LIST_RESPONSE_BYTES = 256 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

// Stateless between calls (no `stream` option), so one decoder serves every response.
const UTF8 = new TextDecoder("utf-8");

interface DestroyableBody extends AsyncIterable<Uint8Array> {
  destroy(err?: Error): unknown;
}

/** Reads the whole body as UTF-8 text, or throws BodyTooLargeError past `limit` bytes. */
export async function readBodyLimited(body: DestroyableBody, limit: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) {
      const err = new BodyTooLargeError(limit);
      body.destroy(err);
      throw err;
    }
    chunks.push(chunk);
  }
  // A small answer (viewaccount) is one chunk: decode it in place rather than copy it first.
  const only = chunks.length === 1 ? chunks[0] : undefined;
  return UTF8.decode(only ?? Buffer.concat(chunks, total));
}
