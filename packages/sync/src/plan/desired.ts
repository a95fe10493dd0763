// The desired state of one site, and who owns what on its server. Ownership is the engine's
// first safety rule: an account is touched only if it is declared by name, is a member of a
// declared batch, or lies under an ownership prefix. Everything else on the server is invisible.
import { type Batch, type Config, type DesiredAccount, type Site, selectSite } from "@hotspot-iac/core";

export interface DesiredSite {
  site: Site;
  name: string;
  accounts: Map<string, DesiredAccount>;
  /** Declared batches, longest prefix first (a member belongs to the most specific batch). */
  batches: Batch[];
  prefixes: string[];
}

export type Owner =
  | { kind: "declared"; account: DesiredAccount }
  | { kind: "batch"; batch: Batch }
  | { kind: "prefix"; prefix: string };

/** The site to plan: the one named, or the only one (core's rule). */
export { selectSite };

export function desiredSite(config: Config, name?: string): DesiredSite {
  const site = selectSite(config, name);
  return {
    site,
    name: site.name,
    accounts: new Map(site.accounts.map((a) => [a.username, a])),
    batches: [...site.batches].sort((a, b) => b.prefix.length - a.prefix.length),
    prefixes: [...site.ownership.prefixes],
  };
}

/** Why we own `username`, or undefined when it is not ours to touch. */
export function ownerOf(d: DesiredSite, username: string): Owner | undefined {
  const account = d.accounts.get(username);
  if (account) return { kind: "declared", account };
  const batch = d.batches.find((b) => username.startsWith(b.prefix));
  if (batch) return { kind: "batch", batch };
  const prefix = d.prefixes.find((p) => username.startsWith(p));
  if (prefix !== undefined) return { kind: "prefix", prefix };
  return undefined;
}

/** Accounts the configuration wants to exist (declared + batch counts). */
export function desiredCount(d: DesiredSite): number {
  return d.accounts.size + d.batches.reduce((n, b) => n + b.count, 0);
}
