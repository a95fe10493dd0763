// What to tell a user whose server said no in a way the wire error alone does not explain: a
// refused passphrase (which of the three sources supplied it) and an https:// URL against a server
// that speaks plain HTTP (the TLS library's ERR_SSL_WRONG_VERSION_NUMBER means nothing to them).
import { isHotSpotError, type HotSpotError } from "@hotspot-iac/core";
import type { ServerTarget } from "./targets.js";

const INVALID_PASSPHRASE = /invalid\s+pass(phrase|word)?|wrong\s+pass|bad\s+pass/i;
/** OpenSSL's names for "the other side did not answer the TLS handshake with TLS". */
const NOT_TLS = /ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_PACKET_LENGTH_TOO_LONG|wrong version number|packet length too long/i;

/** The HotSpotError behind `err`, following `cause` links (the CLI and engine wrap them). */
function wireError(err: unknown): HotSpotError | undefined {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (isHotSpotError(e)) return e;
  }
  return undefined;
}

/** The hint for this failure, or undefined when the error says enough. */
export function serverHint(err: unknown, targets: readonly ServerTarget[]): string | undefined {
  const wire = wireError(err);
  if (!wire) return undefined;
  const target = targets.find((t) => wire.url.startsWith(t.url)) ?? (targets.length === 1 ? targets[0] : undefined);
  if (wire.kind === "server" && INVALID_PASSPHRASE.test(wire.description ?? "")) {
    const from = target?.passphraseFrom;
    return from
      ? `The server refused the passphrase from ${from}: check that it is this server's.`
      : "The server refused the passphrase: check that it is this server's.";
  }
  const text = `${wire.cause?.code ?? ""} ${wire.cause?.message ?? ""} ${wire.message}`;
  if (wire.url.startsWith("https://") && NOT_TLS.test(text)) {
    const plain = target ? target.url.replace(/^https:/, "http:") : "http://…";
    return `The server does not speak TLS (HTTPS) on that port: is it ${plain}? HotSpot's API is plain HTTP unless a TLS proxy is in front of it.`;
  }
  return undefined;
}
