// Choosing the site a command works on. The engine, the safety thresholds and the constructs all
// choose through this, so a name means the same site and the same message everywhere.

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

/** The site of a single-server document (no `sites:`). */
export const DEFAULT_SITE = "default";
