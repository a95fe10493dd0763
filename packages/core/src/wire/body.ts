// Reading a response body with an upper bound: a misbehaving server (or a proxy page) must not
// be able to make us buffer without limit. Past the bound the read stops and the body is destroyed.
import { HotspotIacError } from "../errors.js";

export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/**
 * getaccountlist grows with the whole server: a list with every field is about 750 bytes an account
 * (75 MB at 100,000), so it gets its own, larger bound; 256 MiB stays well under V8's string limit.
 */
export const DEFAULT_MAX_LIST_RESPONSE_BYTES = 256 * 1024 * 1024;

export class BodyTooLargeError extends HotspotIacError {
  override get code() {
    return "body-too-large" as const;
  }
  override readonly name = "BodyTooLargeError";
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

// Stateless between calls (no `stream` option), so one decoder serves every response.
const UTF8 = new TextDecoder("utf-8");

/** The parts of a response body stream (undici's BodyReadable) the bounded read uses. */
export interface BodyStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (err: Error) => void): unknown;
  destroy(err?: Error): unknown;
}

/**
 * Reads the whole body as UTF-8 text, or throws BodyTooLargeError past `limit` bytes. Event-based:
 * an async iterator costs several promises per chunk, and most answers are one chunk.
 */
export function readBodyLimited(body: BodyStream, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    body.on("data", (chunk) => {
      if (settled) return;
      total += chunk.byteLength;
      if (total > limit) {
        const err = new BodyTooLargeError(limit);
        fail(err);
        body.destroy(err);
        return;
      }
      chunks.push(chunk);
    });
    body.on("error", fail);
    body.on("end", () => {
      if (settled) return;
      settled = true;
      // A small answer (viewaccount) is one chunk: decode it in place rather than copy it first.
      const only = chunks.length === 1 ? chunks[0] : undefined;
      try {
        resolve(UTF8.decode(only ?? Buffer.concat(chunks, total)));
      } catch (err) {
        reject(err);
      }
    });
    // Closed without an end or an error (destroyed quietly): the body is incomplete.
    body.on("close", () => fail(Object.assign(new Error("Premature close"), { code: "ERR_STREAM_PREMATURE_CLOSE" })));
  });
}
