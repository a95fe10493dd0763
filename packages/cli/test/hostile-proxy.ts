// A hostile server for CLI tests: an HTTP proxy in front of the emulator process that can distort
// answers the way a broken or malicious HotSpot server might (drop list entries, answer for
// another account, claim an account does not exist, lose an answer).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxyRequest {
  command: string;
  params: URLSearchParams;
}

/**
 * What to do with one request: undefined forwards it untouched; a string answers with that body
 * (the emulator never sees the request); "drop" closes the connection without an answer (after
 * forwarding when `forward` is set); `hold` forwards once the promise settles, even to a client that
 * gave up meanwhile, as a late server does (a test decides when, so a client is paused at a known
 * request whatever the machine's speed); a function receives the
 * emulator's answer and returns the body.
 */
export type Distortion =
  | undefined
  | string
  | { drop: true; forward?: boolean }
  | { delayMs: number }
  | { hold: Promise<void> }
  | ((body: string) => string);

export interface HostileProxy {
  url: string;
  /** Decides per request; replace it between steps of a test. */
  distort: (req: ProxyRequest) => Distortion;
  /** Resolves when every request received so far has been answered or dropped (late ones too). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startHostileProxy(upstream: string): Promise<HostileProxy> {
  const inFlight = new Set<Promise<unknown>>();
  const proxy: HostileProxy = {
    url: "",
    distort: () => undefined,
    settled: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    close: async () => {},
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const handled = (async () => {
      const u = new URL(req.url ?? "/", "http://proxy");
      const command = u.pathname.replace(/^.*\//, "");
      const d = proxy.distort({ command, params: u.searchParams });
      if (typeof d === "string") return answer(res, d);
      // A slow server: the answer comes, late (after the client's timeout, it is talking to no one).
      if (d && typeof d === "object" && "delayMs" in d) await new Promise((r) => setTimeout(r, d.delayMs));
      else if (d && typeof d === "object" && "hold" in d) await d.hold;
      else if (d && typeof d === "object" && !d.forward) return res.socket?.destroy();
      const up = await fetch(`${upstream}${u.pathname}${u.search}`);
      const body = await up.text();
      if (d && typeof d === "object" && "drop" in d) return res.socket?.destroy();
      answer(res, typeof d === "function" ? d(body) : body, up.status);
    })()
      .catch(() => res.socket?.destroy())
      .finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => new Promise<void>((r) => server.close(() => r()));
  server.on("connection", (s) => s.unref());
  return proxy;
}

function answer(res: ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { "content-type": "text/xml; charset=utf-8" });
  res.end(body);
}

/** The body without the <Account> records whose <Username> matches. */
export function withoutAccounts(body: string, drop: (username: string) => boolean): string {
  return body.replace(/<Account>\s*<Username>([^<]*)<\/Username>[\s\S]*?<\/Account>/g, (whole, name: string) => (drop(name) ? "" : whole));
}

export const DOES_NOT_EXIST = "<Results><Result><Description>ERROR: account does not exist</Description></Result></Results>";

/**
 * A promise a test opens when it is ready: `{ hold: g.promise }` pauses requests until then, and a
 * `distort` that opens one tells the test a request has arrived.
 */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((r) => {
    open = r;
  });
  return { promise, open };
}

