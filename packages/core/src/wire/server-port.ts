// The HotSpot API listens on port 82 unless the server is configured otherwise
// (HotSpot's API documentation, "Transport"). An http URL that names no port means 82, not the
// URL parser's 80: the wire client connects there, and the sync engine's server identity treats
// `http://h` and `http://h:82` as one server. One owner for that rule: this module.

/** The HotSpot API's port when an http URL names none. */
const HOTSPOT_HTTP_PORT = 82;

/** The port written in the URL's authority, if any (the URL parser hides an explicit :80 on http). */
function explicitPort(url: string): number | undefined {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\\]*)/i.exec(url.trim())?.[1];
  if (authority === undefined) return undefined;
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const m = /:(\d+)$/.exec(hostPort.startsWith("[") ? hostPort.slice(hostPort.indexOf("]") + 1) : hostPort);
  return m ? Number(m[1]) : undefined;
}

/** The default port of the URL's scheme for a HotSpot server: 443 for https, else 82. */
export function defaultServerPort(url: string): number {
  return new URL(url).protocol === "https:" ? 443 : HOTSPOT_HTTP_PORT;
}

/** The port the server is reached on: the explicit one, else the scheme's HotSpot default. */
export function serverPort(url: string): number {
  return explicitPort(url) ?? defaultServerPort(url);
}

/** An http URL without a port gets HotSpot's :82; anything else is returned as it is. */
export function withDefaultPort(url: string): string {
  if (explicitPort(url) !== undefined || new URL(url).protocol !== "http:") return url;
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#\\]*?):?(?=[/?#\\]|$)/i, `$1:${HOTSPOT_HTTP_PORT}`);
}
