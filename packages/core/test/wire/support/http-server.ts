// A small real HTTP server for wire tests: each test decides how it answers, and every request is
// recorded as the server saw it (raw path and query, decoded parameters).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface SeenRequest {
  method: string;
  command: string;
  /** The raw query string as it arrived, still percent-encoded. */
  rawQuery: string;
  params: URLSearchParams;
  socket: Socket;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest) => unknown;

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  connections: number;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const state = { requests: [] as SeenRequest[], connections: 0 };
  const server = createServer((req, res) => {
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const seen: SeenRequest = {
      method: req.method ?? "",
      command: (q < 0 ? raw : raw.slice(0, q)).replace(/^\//, ""),
      rawQuery: q < 0 ? "" : raw.slice(q + 1),
      params: new URLSearchParams(q < 0 ? "" : raw.slice(q + 1)),
      socket: req.socket,
    };
    state.requests.push(seen);
    Promise.resolve(handler(req, res, seen)).catch((err) => {
      res.statusCode = 599;
      res.end(String(err));
    });
  });
  server.on("connection", (s) => {
    state.connections++;
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get connections() {
      return state.connections;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers 200 with this XML body. */
export function xml(body: string | Buffer): Handler {
  return (_req, res) => {
    res.writeHead(200, { "content-type": "text/xml; charset=utf-8" });
    res.end(body);
  };
}

export const SUCCESS = "<Results><Result><Description>SUCCESS</Description></Result></Results>";
export const errorResult = (text: string) => `<Results><Result><Description>${text}</Description></Result></Results>`;

/** A port nobody listens on: bind, note the port, close. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
