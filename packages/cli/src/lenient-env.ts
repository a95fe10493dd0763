// Environment for `${env:NAME}` references when a command needs less than the whole
// configuration: `validate --skip-env` (checks without the secrets) and the commands that only
// need the server from it (import, account, plans, stats...). An unset variable reads as a
// placeholder instead of failing the load; which ones did is recorded, so a reference the command
// does need (the server's passphrase) is still reported as unset.
import type { Config } from "@hotspot-iac/core";
import type { TargetPlan } from "./targets.js";
import { CliError } from "./errors.js";

export interface LenientEnv {
  /** The loader's `unsetEnv`: an unset variable reads as a placeholder (after any `:-default`). */
  unsetEnv: (name: string) => string;
  /** Variables read that were not set. */
  missing: Set<string>;
}

export function lenientEnv(): LenientEnv {
  const missing = new Set<string>();
  return {
    missing,
    unsetEnv: (name) => {
      missing.add(name);
      return `unset-${name}`;
    },
  };
}

/** The variable a `${env:NAME}` or `${env:NAME:-default}` reference reads, if it is one. */
export function envVariableOf(ref: string | undefined): string | undefined {
  return ref === undefined ? undefined : /^\$\{env:([^}:]+)(?::-[^}]*)?\}$/.exec(ref)?.[1];
}

/** A lenient load let unset variables through: the ones the server needs must still be set. */
export function requireServerReferences(t: TargetPlan, missing: ReadonlySet<string>): void {
  const server = t.config?.server;
  const name = envVariableOf(server?.passphrase?.ref);
  if (t.passphraseFrom?.startsWith("server.passphrase") && name !== undefined && missing.has(name)) {
    throw new CliError(
      `server.passphrase: environment variable ${name} is not set (referenced as ${server!.passphrase!.ref}); set it, or use HOTSPOT_PASSPHRASE or --passphrase-file`,
    );
  }
  const url = t.url ?? "";
  const unset = [...missing].find((v) => url.includes(`unset-${v}`));
  if (unset !== undefined) throw new CliError(`server.url: environment variable ${unset} is not set; set it, or use --url or HOTSPOT_URL`);
}

/**
 * A command that reads more of the site than its server (vouchers print: its batch, the card
 * settings) needs the references there set: the first one whose variable was unset is an error.
 * `under` are referenceKey paths within the site (`cards/`, `batches/CONF-/`).
 */
export function requireReferencesUnder(config: Config, site: string, under: readonly string[], missing: ReadonlySet<string>): void {
  if (missing.size === 0 || !config.tainted) return;
  const prefix = `${site}/`;
  for (const [key, from] of config.tainted) {
    const path = key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
    if (path === undefined || !under.some((u) => path.startsWith(u))) continue;
    for (const m of from.matchAll(/\$\{env:([^}:]+)\}/g)) {
      if (missing.has(m[1]!)) throw new CliError(`${path}: environment variable ${m[1]} is not set (referenced as ${from})`);
    }
  }
}
