// One server, one identity. State-file sections, apply locks and saved plans are filed under the
// canonical identity of the server URL, so two spellings of one server (`http://localhost:8082`,
// `http://127.0.0.1:8082/`, `HTTP://LOCALHOST:8082`) share one lock and one section:
//   scheme; host lower-cased, with localhost / 127.0.0.1 / ::1 folded to `localhost` (the loopback
//   spellings a user types for a server on this machine); the port, left out when it is the
//   default (82 for http: the HotSpot API's port, which the CLI also connects to when none is
//   given; 443 for https); the path without trailing slashes. Never user-info, query or fragment,
//   which may carry credentials. The path is lower-cased too, as the state file always did (the
//   server runs on Windows, whose paths are case-insensitive).

/** The HotSpot API's port when an http URL names none (see /work/shared/hotspot-api). */
export const HOTSPOT_HTTP_PORT = 82;

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The port written in the URL's authority, if any (URL hides an explicit :80 on http). */
function explicitPort(url: string): number | undefined {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(url.trim())?.[1];
  if (authority === undefined) return undefined;
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const m = /:(\d+)$/.exec(hostPort.startsWith("[") ? hostPort.slice(hostPort.indexOf("]") + 1) : hostPort);
  return m ? Number(m[1]) : undefined;
}

/** The port the server is reached on: the explicit one, else 82 (http) or 443 (https). */
export function serverPort(url: string): number {
  const explicit = explicitPort(url);
  if (explicit !== undefined) return explicit;
  return new URL(url).protocol === "https:" ? 443 : HOTSPOT_HTTP_PORT;
}

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
  const defaultPort = u.protocol === "https:" ? 443 : HOTSPOT_HTTP_PORT;
  const path = u.pathname.replace(/\/+$/, "");
  return `${u.protocol}//${host}${port === defaultPort ? "" : `:${port}`}${path}`.toLowerCase();
}

/** An http URL without a port gets HotSpot's :82 (the URL parser would connect to 80). */
export function withDefaultPort(url: string): string {
  if (explicitPort(url) !== undefined || new URL(url).protocol !== "http:") return url;
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#\\]*?):?(?=[/?#\\]|$)/i, `$1:${HOTSPOT_HTTP_PORT}`);
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
