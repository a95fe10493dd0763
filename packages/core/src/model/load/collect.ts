// Stage two of loading: the pieces of every file gathered per site, in the model's form, each with
// where it was written; a piece declared twice is reported with both places.

import { resolve } from "node:path";
import type { Diagnostic, PathSegment } from "../diagnostics.js";
import { normalizeAccount, normalizeBatch, normalizeDefaults, normalizePricePlan, normalizeServer } from "../normalize.js";
import type { ParsedSite } from "../schema.js";
import { DEFAULT_SITE } from "../sites.js";
import type { Batch, CardSettings, Defaults, DesiredAccount, PricePlanRef, Server } from "../types.js";
import type { Fragment } from "./fragment.js";
import { at, diag, type Located, type Origin, resourceSource, sourceOf } from "./origin.js";

export interface SiteParts {
  server?: Located<Server>;
  prefixes: Located<string>[];
  allowTakeover?: boolean;
  plans: Map<string, Located<PricePlanRef>>;
  defaults?: Located<Defaults>;
  accounts: Located<DesiredAccount>[];
  batches: Located<Batch>[];
  cards?: Located<CardSettings>;
}

/** Card settings with the logo's path made absolute: it is written relative to its YAML file. */
function cardsOf<T extends { cards?: CardSettings }>(piece: T, f: Fragment): T {
  const logo = piece.cards?.logo;
  return logo === undefined ? piece : { ...piece, cards: { ...piece.cards, logo: resolve(f.baseDir, logo) } };
}

/** The site pieces of a fragment, with the path each starts at. */
function sitesOf(f: Fragment): Array<{ name: string; base: PathSegment[]; site: ParsedSite }> {
  if (f.doc.sites) {
    return Object.entries(f.doc.sites).map(([name, site]) => ({ name, base: ["sites", name], site }));
  }
  return [{ name: DEFAULT_SITE, base: [], site: f.doc }];
}

function templateLookup(f: Fragment, base: PathSegment[]) {
  return (field: string): string | undefined =>
    f.templates.get(JSON.stringify([...base, ...field.split(".")]))?.template;
}

/** Adds a fragment's pieces to the per-site parts, reporting pieces declared twice. */
export function collect(f: Fragment, parts: Map<string, SiteParts>, diagnostics: Diagnostic[]): void {
  for (const { name, base, site } of sitesOf(f)) {
    let p = parts.get(name);
    if (!p) {
      p = { prefixes: [], plans: new Map(), accounts: [], batches: [] };
      parts.set(name, p);
    }
    const origin = (...sub: PathSegment[]): Origin => ({ src: f.src, path: base.length === 0 ? sub : [...base, ...sub] });
    if (site.server) {
      const o = origin("server");
      if (p.server) diagnostics.push(diag(o, [], `server declared twice: also at ${at(sourceOf(p.server.origin, [], "key"))}`, "key"));
      else p.server = { value: { ...normalizeServer(site.server, templateLookup(f, o.path)), source: resourceSource(o, f.raw, "key") }, origin: o };
    }
    if (site.ownership?.allowTakeover) p.allowTakeover = true;
    site.ownership?.prefixes.forEach((prefix, i) => {
      p.prefixes.push({ value: prefix, origin: origin("ownership", "prefixes", i) });
    });
    const plans = site.pricePlans ?? {};
    for (const key of Object.keys(plans)) {
      const plan = plans[key]!;
      const o = origin("pricePlans", key);
      const prev = p.plans.get(key);
      if (prev) {
        diagnostics.push(diag(o, [], `price plan "${key}" declared twice: also at ${at(sourceOf(prev.origin, [], "key"))}`, "key"));
        continue;
      }
      if (plan.id === undefined && plan.description === undefined) {
        diagnostics.push(diag(o, [], "a price plan needs an id or a description"));
      }
      // The key's line, the fields' positions.
      p.plans.set(key, { value: normalizePricePlan(key, plan, resourceSource(o, f.raw, "key")), origin: o });
    }
    if (site.defaults) {
      const o = origin("defaults");
      if (p.defaults) diagnostics.push(diag(o, [], `defaults declared twice: also at ${at(sourceOf(p.defaults.origin, [], "key"))}`, "key"));
      else p.defaults = { value: normalizeDefaults(site.defaults), origin: o };
    }
    site.accounts?.forEach((a, i) => {
      if (a === null) return; // left out of an invalid file (salvage)
      const o = origin("accounts", i);
      p.accounts.push({
        value: normalizeAccount(a, templateLookup(f, o.path), resourceSource(o, f.raw)),
        origin: o,
      });
    });
    site.batches?.forEach((b, i) => {
      if (b === null) return;
      const o = origin("batches", i);
      p.batches.push({ value: { ...cardsOf(normalizeBatch(b), f), source: resourceSource(o, f.raw) }, origin: o });
    });
    if (site.cards) {
      const o = origin("cards");
      if (p.cards) diagnostics.push(diag(o, [], `cards declared twice: also at ${at(sourceOf(p.cards.origin, [], "key"))}`, "key"));
      else p.cards = { value: cardsOf({ cards: site.cards }, f).cards!, origin: o };
    }
  }
}
