// Stage four of loading: every value written as a reference, remembered by a stable key so the
// serializer writes it back, and the taint of every referenced value (sensitive wherever it goes).

import type { PathSegment } from "../diagnostics.js";
import { fieldValue } from "../fields/paths.js";
import { isSensitivePath } from "../issues.js";
import { BATCH_DEFAULT_KEYS } from "../normalize.js";
import { describeReference } from "../references.js";
import type { ParsedSite } from "../schema.js";
import { DEFAULT_SITE } from "../sites.js";
import type { SiteParts } from "./collect.js";
import type { Fragment } from "./fragment.js";

/**
 * The key under which a non-sensitive value written as a reference is remembered:
 * `site/server/url`, `site/accounts/<username>/customer.email`, `site/batches/<prefix>/…`,
 * `site/pricePlans/<key>/description`, `site/defaults/<field>`, `site/ownership/<index>`.
 */
export function referenceKey(site: string, section: string, id: string | number | undefined, field: string): string {
  return [site, section, ...(id === undefined ? [] : [String(id)]), field].filter((s) => s !== "").join("/");
}

/** Every value written as a reference in a fragment, by its referenceKey. */
function forEachReference(f: Fragment, visit: (key: string, template: string, path: PathSegment[]) => void): void {
  for (const { path, template } of f.templates.values()) {
    const site = path[0] === "sites" && f.doc.sites ? String(path[1]) : DEFAULT_SITE;
    const rest = path[0] === "sites" && f.doc.sites ? path.slice(2) : path;
    const siteDoc = (f.doc.sites ? f.doc.sites[site] : f.doc) as ParsedSite | undefined;
    const [section, second, ...tail] = rest;
    if (section === "accounts" && typeof second === "number") {
      visit(referenceKey(site, "accounts", siteDoc?.accounts?.[second]?.username, tail.join(".")), template, path);
    } else if (section === "batches" && typeof second === "number") {
      visit(referenceKey(site, "batches", siteDoc?.batches?.[second]?.prefix, tail.join(".")), template, path);
    } else if (section === "pricePlans") {
      visit(referenceKey(site, "pricePlans", second, tail.join(".")), template, path);
    } else if (section === "ownership") {
      visit(referenceKey(site, "ownership", undefined, tail.join(".")), template, path);
    } else if (section !== undefined) {
      visit(referenceKey(site, String(section), undefined, [second, ...tail].filter((s) => s !== undefined).join(".")), template, path);
    }
  }
}

/**
 * One pass over every value written as a reference: `references` (non-sensitive ones, written
 * back by the serializer; sensitive ones stay on their Secret) and the taint: every one, sensitive
 * or not, → the references it came from. An account or batch that inherits a referenced default is
 * tainted under its own key too.
 */
export function referencesOf(fragments: Fragment[], parts: Map<string, SiteParts>): { references: Record<string, string>; tainted: Map<string, string> } {
  const references: Record<string, string> = {};
  const tainted = new Map<string, string>();
  const described = new Map<string, string>(); // a template is often repeated (one per account)
  for (const f of fragments) {
    forEachReference(f, (key, template, path) => {
      if (!isSensitivePath(path)) references[key] = template;
      let from = described.get(template);
      if (from === undefined) described.set(template, (from = describeReference(template)));
      tainted.set(key, from);
    });
  }
  for (const [site, p] of parts) {
    const prefix = `${referenceKey(site, "defaults", undefined, "")}/`;
    const inherited: Array<[field: string, from: string]> = [];
    for (const [key, from] of tainted) if (key.startsWith(prefix)) inherited.push([key.slice(prefix.length), from]);
    for (const [field, from] of inherited) {
      for (const a of p.accounts) {
        if (fieldValue(a.value, field) === undefined) tainted.set(referenceKey(site, "accounts", a.value.username, field), from);
      }
      if (!(BATCH_DEFAULT_KEYS as readonly string[]).includes(field.split(".")[0]!)) continue;
      for (const b of p.batches) {
        if (fieldValue(b.value, field) === undefined) tainted.set(referenceKey(site, "batches", b.value.prefix, field), from);
      }
    }
  }
  return { references, tainted };
}
