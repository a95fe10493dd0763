// Choosing the site(s) a command works on. The engine, the safety thresholds, the constructs and
// the CLI's `--site` all choose through this, so a name means the same site and the same message
// everywhere.

import type { Config, Site } from "./types.js";

const names = (config: Config): string => config.sites.map((s) => s.name).join(", ");

/**
 * The site named, or the only one. `howToChoose` ends the message when several are declared and
 * none is named (the CLI's `--site`, the constructs' `site` option).
 */
export function selectSite(config: Config, name?: string, howToChoose = "choose one"): Site {
  if (name !== undefined) {
    const site = config.sites.find((s) => s.name === name);
    if (!site) throw new Error(`no site named ${JSON.stringify(name)} in the configuration (sites: ${names(config)})`);
    return site;
  }
  if (config.sites.length !== 1) {
    throw new Error(`the configuration declares ${config.sites.length} sites (${names(config)}): ${howToChoose}`);
  }
  return config.sites[0]!;
}

/** A site name pattern: `*` any run of characters, `?` one; anything else literal. */
function globRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*").replaceAll("?", ".");
  return new RegExp(`^${body}$`);
}

/**
 * The sites named by names or globs (`lisbon`, `porto-*`), in configuration order (never in the
 * order asked: plans print in the order the configuration is written). No pattern: every site. A
 * pattern that matches no site is an error naming it and the sites (a typo must not quietly
 * select nothing). `what` names the option in the message (`--site`).
 */
export function selectSites(config: Config, patterns: readonly string[] = [], what = "site"): Site[] {
  if (patterns.length === 0) return config.sites;
  const chosen = new Set<Site>();
  for (const p of patterns) {
    const re = globRegExp(p);
    const found = config.sites.filter((s) => re.test(s.name));
    if (found.length === 0) throw new Error(`${what} ${p}: no such site in the configuration (sites: ${names(config)})`);
    for (const s of found) chosen.add(s);
  }
  return config.sites.filter((s) => chosen.has(s));
}

/** The site of a single-server document (no `sites:`). */
export const DEFAULT_SITE = "default";
