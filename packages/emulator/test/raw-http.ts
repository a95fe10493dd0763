// A bare HTTP/1.1 GET with `Connection: close` (no pooling, no client retries): what a fault did is
// seen exactly as it happened on the wire.
import { get } from "node:http";

export type RawAnswer = { kind: "answer"; status: number; body: string } | { kind: "dropped"; error: string };

export function rawGet(url: string): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false, headers: { connection: "close" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ kind: "answer", status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", (e) => resolve({ kind: "dropped", error: e.message }));
    });
    req.on("error", (e) => resolve({ kind: "dropped", error: e.message }));
  });
}
