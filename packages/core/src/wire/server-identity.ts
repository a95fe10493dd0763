// One server, one identity. State-file sections, apply locks and saved plans are filed under the
// canonical identity of the server URL, so two spellings of one server (`http://localhost:8082`,
// `http://127.0.0.1:8082/`, `HTTP://LOCALHOST:8082`) share one lock and one section:
//   scheme; host lower-cased, with localhost / 127.0.0.1 / ::1 folded to `localhost` (the loopback
//   spellings a user types for a server on this machine); the port, left out when it is the
//   default (82 for http: the HotSpot API's port, which the wire client connects to when none is
//   given: core's server-port.ts; 443 for https); the path without trailing slashes. Never
//   user-info, query or fragment, which may carry credentials. The path is lower-cased too, as the
//   state file always did (the server runs on Windows, whose paths are case-insensitive).

import { defaultServerPort, serverPort } from "./server-port.js";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The canonical identity of the server at `url` (see the top of this file). */
export function serverIdentity(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // Not a URL (a hand-edited state file key): still never the query.
    return url.replace(/[?#].*$/, "").replace(/\/+$/, "").toLowerCase();
  }
  const host = LOOPBACK.has(u.hostname) ? "localhost" : u.hostname;
  const port = serverPort(url);
  const defaultPort = defaultServerPort(url);
  const path = u.pathname.replace(/\/+$/, "");
  return `${u.protocol}//${host}${port === defaultPort ? "" : `:${port}`}${path}`.toLowerCase();
}

/** The URL as shown to people: without user-info, query, fragment or trailing slash; http always with its port. */
export function publicServerUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.replace(/[?#].*$/, "").replace(/\/\/[^/@]*@/, "//");
  }
  const host = u.protocol === "http:" ? `${u.hostname}:${serverPort(url)}` : u.host;
  return `${u.protocol}//${host}${u.pathname.replace(/\/+$/, "")}`;
}
