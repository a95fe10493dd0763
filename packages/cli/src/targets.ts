// The servers a command talks to: where each comes from (TargetPlan, pure) and what it became
// (ServerTarget). Their own module because context.ts, lenient-env.ts and server-hints.ts all
// use them, and the last two are used by context.ts.
import type { Secret, Site } from "@hotspot-iac/core";
import type { EmbeddedServer } from "./embedded.js";

/** One server a command talks to. */
export interface ServerTarget {
  /** The site's name in the configuration ("default" for a single-server document). */
  site: string;
  url: string;
  /** Never printed: Secret masks itself in strings, JSON and inspect. */
  passphrase: Secret;
  /** Where the passphrase came from (`--passphrase-file FILE`, HOTSPOT_PASSPHRASE, the YAML's
   * server.passphrase): named when the server refuses it, never the value. */
  passphraseFrom?: string;
  /** Per-request timeout in milliseconds and concurrency, when configured. */
  timeoutMs?: number;
  concurrency?: number;
  /** Set when this is the embedded emulator. */
  embedded?: EmbeddedServer;
  /** The configuration's site, when a configuration was loaded. */
  config?: Site;
}

/** Where a target comes from, before anything is started: pure, so it can be tested alone. */
export interface TargetPlan {
  site: string;
  url?: string;
  passphrase?: Secret;
  passphraseFrom?: string;
  why?: string;
  config?: Site;
}
