// Stage zero of loading a fleet: `fleet: { shared, venues }` → the `sites:` form every later stage
// knows, one site per venue (shared part, then the venue's own line on top). The expansion keeps a
// map back to the lines as written, so an error in the shared part or a venue's line is located
// there (`SourceFile.remap`), whatever venue it was found in.

import type { Diagnostic, PathSegment } from "../diagnostics.js";
import { formatPath } from "../diagnostics.js";
import { locate, type SourceFile } from "../locate.js";

/** The keys of a venue's line besides the site keys: `url` (the server's) and `omit`. */
const VENUE_KEYS = ["url", "omit", "server", "ownership", "pricePlans", "defaults", "accounts", "batches"] as const;
const SITE_KEYS = ["server", "ownership", "pricePlans", "defaults", "accounts", "batches"] as const;
const VENUE_NAME = /^[A-Za-z0-9_-]+$/;

type Tree = Record<string, unknown>;
const isMap = (v: unknown): v is Tree => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * `${venue}` is the venue's name as written, `${VENUE}` its environment-variable form (upper case,
 * anything but letters and digits as `_`): `${env:HOTSPOT_PASSPHRASE_${VENUE}}` reads
 * HOTSPOT_PASSPHRASE_LISBON_AIRPORT for the venue `lisbon-airport`. `$${` stays a literal.
 */
function venueVariable(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

const PLACEHOLDER = /\$\$\{|\$\{(venue|VENUE)\}/g;

/** A copy with the venue placeholders filled in; the same object where there are none. */
function fill(v: unknown, name: string): unknown {
  if (typeof v === "string") {
    if (!v.includes("${")) return v;
    return v.replace(PLACEHOLDER, (m, which: string | undefined) => (which === undefined ? m : which === "venue" ? name : venueVariable(name)));
  }
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const y = fill(x, name);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : v;
  }
  if (isMap(v)) {
    let changed = false;
    const out: Tree = Object.create(Object.getPrototypeOf(v));
    for (const [k, x] of Object.entries(v)) {
      const y = fill(x, name);
      if (y !== x) changed = true;
      out[k] = y;
    }
    return changed ? out : v;
  }
  return v;
}

export interface ExpandedFleet {
  /** The document in the `sites:` form (references not yet resolved). */
  value: Tree;
  remap: (path: readonly PathSegment[]) => PathSegment[];
  diagnostics: Diagnostic[];
}

/** The key of a list item for override and omission: an account's username, a batch's prefix. */
function itemKey(section: "accounts" | "batches", item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const k = section === "accounts" ? item["username"] : item["prefix"];
  // Usernames compare as the server compares them (case-insensitively); prefixes exactly.
  return typeof k === "string" ? (section === "accounts" ? k.toLowerCase() : k) : undefined;
}

export function expandFleet(doc: Tree, src: SourceFile): ExpandedFleet {
  const diagnostics: Diagnostic[] = [];
  const written = new Map<string, PathSegment[]>();
  const problem = (path: PathSegment[], message: string, at: "key" | "value" = "value") => {
    const pos = locate(src, path, at);
    diagnostics.push({ file: src.file, line: pos.line, col: pos.col, path: formatPath(path), message });
  };
  const remap = (path: readonly PathSegment[]): PathSegment[] => {
    for (let i = path.length; i > 0; i--) {
      const to = written.get(JSON.stringify(path.slice(0, i)));
      if (to) return [...to, ...path.slice(i)];
    }
    return [...path];
  };
  const map = (from: PathSegment[], to: PathSegment[]) => written.set(JSON.stringify(from), to);

  const fleet = doc["fleet"];
  const out: Tree = { version: doc["version"] };
  for (const k of Object.keys(doc)) {
    if (k === "version" || k === "fleet") continue;
    if (k === "sites" || (SITE_KEYS as readonly string[]).includes(k)) {
      problem([k], "use one of fleet, sites or the single-server keys at the top level of a file, not several", "key");
    } else {
      out[k] = doc[k]; // unknown keys: the schema names them
    }
  }
  if (!isMap(fleet)) {
    problem(["fleet"], "expected a mapping with shared (what every venue holds) and venues (one line per venue)");
    return { value: out, remap, diagnostics };
  }
  for (const k of Object.keys(fleet)) {
    if (k !== "shared" && k !== "venues") problem(["fleet", k], "unknown key (fleet keys: shared, venues)", "key");
  }
  const shared = fleet["shared"] ?? {};
  if (!isMap(shared)) problem(["fleet", "shared"], "expected a mapping of site keys (server, ownership, pricePlans, defaults, accounts, batches)");
  const venues = fleet["venues"];
  if (!isMap(venues) || Object.keys(venues).length === 0) {
    problem(["fleet", "venues"], "expected a mapping of venue names, each a server URL or a mapping (url, omit, and site keys)");
    return { value: out, remap, diagnostics };
  }
  if (!isMap(shared)) return { value: out, remap, diagnostics };

  const sites: Tree = {};
  out["sites"] = sites;
  for (const [name, line] of Object.entries(venues)) {
    const at: PathSegment[] = ["fleet", "venues", name];
    if (!VENUE_NAME.test(name)) {
      problem(at, "a venue name is letters, digits, - and _ (it names the site, its state and its passphrase variable)", "key");
      continue;
    }
    const own: Tree = line === null || line === undefined ? {} : typeof line === "string" ? { url: line } : isMap(line) ? line : {};
    if (line !== null && line !== undefined && typeof line !== "string" && !isMap(line)) {
      problem(at, "expected the venue's server URL, or a mapping (url, omit, and site keys)");
      continue;
    }
    const ownAt = (k: string): PathSegment[] => (typeof line === "string" ? at : [...at, k]);
    let bad = false;
    for (const k of Object.keys(own)) {
      if (!(VENUE_KEYS as readonly string[]).includes(k)) {
        problem([...at, k], `unknown key (a venue's keys: ${VENUE_KEYS.join(", ")})`, "key");
        bad = true;
      }
    }
    if (bad) continue;
    const base = fill(shared, name) as Tree;
    const mine = fill(own, name) as Tree;
    const site: Tree = {};
    sites[name] = site;
    const here: PathSegment[] = ["sites", name];
    map(here, at);

    // Mappings merge per key, the venue's over the shared; server.safety also per key.
    const mergeMap = (key: string, nested: string[] = []) => {
      const s = base[key];
      const v = mine[key];
      if (v === undefined && s === undefined) return undefined;
      map([...here, key], v !== undefined ? ownAt(key) : ["fleet", "shared", key]);
      if (!isMap(s) || !isMap(v)) return (site[key] = v ?? s);
      const merged: Tree = { ...s };
      for (const k of Object.keys(s)) map([...here, key, k], ["fleet", "shared", key, k]);
      for (const [k, x] of Object.entries(v)) {
        map([...here, key, k], [...ownAt(key), k]);
        if (nested.includes(k) && isMap(x) && isMap(s[k])) {
          merged[k] = { ...(s[k] as Tree), ...x };
          for (const kk of Object.keys(s[k] as Tree)) map([...here, key, k, kk], ["fleet", "shared", key, k, kk]);
          for (const kk of Object.keys(x)) map([...here, key, k, kk], [...ownAt(key), k, kk]);
        } else {
          merged[k] = x;
        }
      }
      return (site[key] = merged);
    };
    mergeMap("server", ["safety"]);
    if (mine["url"] !== undefined) {
      const server = isMap(site["server"]) ? { ...(site["server"] as Tree) } : {};
      if (isMap(mine["server"]) && (mine["server"] as Tree)["url"] !== undefined) {
        problem([...at, "url"], "the venue's url is given twice: here and as server.url", "key");
      }
      server["url"] = mine["url"];
      site["server"] = server;
      if (!written.has(JSON.stringify([...here, "server"]))) map([...here, "server"], ownAt("url"));
      map([...here, "server", "url"], ownAt("url"));
    }
    mergeMap("pricePlans");
    mergeMap("defaults", ["rates", "customer", "printed"]);

    // Ownership: prefixes add up; allowTakeover is the venue's when it says.
    const so = base["ownership"];
    const vo = mine["ownership"];
    if (isMap(so) || isMap(vo)) {
      const o: Tree = {};
      const prefixes: unknown[] = [];
      map([...here, "ownership"], isMap(vo) ? ownAt("ownership") : ["fleet", "shared", "ownership"]);
      for (const [from, tree] of [
        [["fleet", "shared", "ownership"], so],
        [ownAt("ownership"), vo],
      ] as const) {
        if (!isMap(tree)) continue;
        const list = tree["prefixes"];
        if (Array.isArray(list)) {
          list.forEach((p, i) => {
            map([...here, "ownership", "prefixes", prefixes.length], [...from, "prefixes", i]);
            prefixes.push(p);
          });
        } else if (list !== undefined) {
          o["prefixes"] = list; // the schema reports it
          map([...here, "ownership", "prefixes"], [...from, "prefixes"]);
        }
        if (tree["allowTakeover"] !== undefined) {
          o["allowTakeover"] = tree["allowTakeover"];
          map([...here, "ownership", "allowTakeover"], [...from, "allowTakeover"]);
        }
        for (const k of Object.keys(tree)) if (k !== "prefixes" && k !== "allowTakeover") o[k] = tree[k];
      }
      if (o["prefixes"] === undefined) o["prefixes"] = prefixes;
      site["ownership"] = o;
    } else if (so !== undefined || vo !== undefined) {
      site["ownership"] = vo ?? so;
      map([...here, "ownership"], vo !== undefined ? ownAt("ownership") : ["fleet", "shared", "ownership"]);
    }

    // Lists: the shared items minus the omitted, a venue's item of the same name in place of the
    // shared one, then the venue's others.
    const omit = mine["omit"];
    const omitted = new Map<string, number>();
    if (omit !== undefined) {
      if (!Array.isArray(omit)) problem([...at, "omit"], "expected a list of shared account usernames or batch prefixes");
      else
        omit.forEach((o, i) => {
          if (typeof o !== "string") problem([...at, "omit", i], "expected a shared account's username or a shared batch's prefix");
          else omitted.set(o, i);
        });
    }
    const used = new Set<string>();
    for (const section of ["accounts", "batches"] as const) {
      const s = base[section];
      const v = mine[section];
      if ((s !== undefined && !Array.isArray(s)) || (v !== undefined && !Array.isArray(v))) {
        site[section] = v ?? s; // the schema reports it
        map([...here, section], v !== undefined ? ownAt(section) : ["fleet", "shared", section]);
        continue;
      }
      if (s === undefined && v === undefined) continue;
      const overrides = new Map<string, number>();
      (v ?? []).forEach((item, i) => {
        const k = itemKey(section, item);
        if (k !== undefined) overrides.set(k, i);
      });
      const list: unknown[] = [];
      map([...here, section], v !== undefined ? ownAt(section) : ["fleet", "shared", section]);
      const taken = new Set<number>();
      (s ?? []).forEach((item, i) => {
        const raw = isMap(item) ? (section === "accounts" ? item["username"] : item["prefix"]) : undefined;
        const k = itemKey(section, item);
        if (typeof raw === "string") {
          const o = [...omitted.keys()].find((n) => (section === "accounts" ? n.toLowerCase() === k : n === k));
          if (o !== undefined) {
            used.add(o);
            return;
          }
        }
        const over = k === undefined ? undefined : overrides.get(k);
        if (over !== undefined) {
          taken.add(over);
          map([...here, section, list.length], [...ownAt(section), over]);
          list.push((v as unknown[])[over]);
        } else {
          map([...here, section, list.length], ["fleet", "shared", section, i]);
          list.push(item);
        }
      });
      (v ?? []).forEach((item, i) => {
        if (taken.has(i)) return;
        map([...here, section, list.length], [...ownAt(section), i]);
        list.push(item);
      });
      site[section] = list;
    }
    for (const [o, i] of omitted) {
      if (!used.has(o)) problem([...at, "omit", i], `"${o}" is not a shared account's username or a shared batch's prefix`);
    }
  }
  return { value: out, remap, diagnostics };
}
