// model → YAML, in human units, stable order, defaults factored out. References are written back
// as references (a Secret's `ref`, or config.references for other values), so `hotspot import`
// can write passwords as `${env:…}` and a loaded configuration round-trips without revealing
// anything that was not in clear in the first place.

import { stringify } from "yaml";
import { DEFAULT_SITE, referenceKey } from "./load.js";
import { BATCH_DEFAULT_KEYS } from "./normalize.js";
import { escapeReferences } from "./references.js";
import { Secret } from "./secret.js";
import type { Batch, CardSettings, Config, Defaults, DesiredAccount, PricePlanRef, Rates, Server, Site } from "./types.js";
import { SAFETY_DEFAULTS } from "./fields/limits.js";
import { type Expiry, formatDuration, formatExpiry, formatRate, formatSize, UNLIMITED } from "./units.js";

export interface ToYamlOptions {
  /** Adds `# yaml-language-server: $schema=<path>` so editors validate the file. */
  schema?: string;
  /** A comment written at the top (each line prefixed with `# `). */
  header?: string;
  /** For showing, not for loading back: a secret written literally (not a reference) is masked. */
  maskLiteralSecrets?: boolean;
}

/** What a masked literal secret is shown as. */
const MASKED_SECRET = "(sensitive)";

type Plain = string | number | boolean | Plain[] | { [k: string]: Plain | undefined } | undefined;

/** The order fields are written in (the catalogue's, grouped). */
const ACCOUNT_ORDER = [
  "username",
  "password",
  "plan",
  "type",
  "timeLeft",
  "timeUsed",
  "quota",
  "rates",
  "expires",
  "dailyTime",
  "dailyQuota",
  "multilogin",
  "sell",
  "autologin",
  "inactivity",
  "money",
  "printed",
  "customer",
  "card",
  "enforce",
] as const;

const BATCH_ORDER = ["prefix", "count", "startNumber", "length", "passwordLength", ...ACCOUNT_ORDER.slice(2), "cards"] as const;

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Secret || b instanceof Secret) return a instanceof Secret && a.equals(b as Secret | undefined);
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What an account or batch sets beyond its defaults (nested groups compared per field). */
function beyondDefaults<T extends object>(item: T, defaults: Defaults, keys?: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (v === undefined) continue;
    const d = keys && !keys.includes(k) ? undefined : (defaults as Record<string, unknown>)[k];
    if (d === undefined) out[k] = v;
    else if (k === "rates" || k === "customer" || k === "printed") {
      const rest: Record<string, unknown> = {};
      for (const [sk, sv] of Object.entries(v as object)) {
        if (!deepEqual(sv, (d as Record<string, unknown>)[sk])) rest[sk] = sv;
      }
      if (Object.keys(rest).length > 0) out[k] = rest;
    } else if (!deepEqual(v, d)) out[k] = v;
  }
  return out as Partial<T>;
}

class Writer {
  constructor(
    private readonly config: Config,
    private readonly siteName: string,
    private readonly mask = false,
  ) {}

  /** A string, written as its reference when it came from one; a literal `${` is escaped. */
  text(value: string, section: string, id: string | number | undefined, field: string): string {
    const ref = this.config.references[referenceKey(this.siteName, section, id, field)];
    if (ref !== undefined) return ref;
    return escapeReferences(value);
  }

  secret(s: Secret): string {
    if (s.ref === undefined && this.mask) return MASKED_SECRET;
    return s.ref ?? escapeReferences(s.reveal());
  }

  rates(r: Rates | undefined): Plain {
    if (!r) return undefined;
    const f = (v: number | typeof UNLIMITED | undefined) => (v === undefined ? undefined : v === UNLIMITED ? v : formatRate(v));
    return { download: f(r.download), upload: f(r.upload) };
  }

  settings(o: Record<string, unknown>, section: string, id: string | undefined, order: readonly string[]): Record<string, Plain> {
    const out: Record<string, Plain> = {};
    const dur = (v: unknown) => (v === UNLIMITED ? v : formatDuration(v as number));
    const size = (v: unknown) => (v === UNLIMITED ? v : formatSize(v as number));
    for (const k of order) {
      const v = o[k];
      if (v === undefined) continue;
      switch (k) {
        case "password":
          out[k] = this.secret(v as Secret);
          break;
        case "timeLeft":
        case "timeUsed":
        case "dailyTime":
          out[k] = dur(v);
          break;
        case "quota":
        case "dailyQuota":
          out[k] = size(v);
          break;
        case "rates":
          out[k] = this.rates(v as Rates);
          break;
        case "expires":
          out[k] = formatExpiry(v as Expiry);
          break;
        case "customer": {
          const c: Record<string, Plain> = {};
          for (const [ck, cv] of Object.entries(v as Record<string, string>)) {
            c[ck] = this.text(cv, section, id, `customer.${ck}`);
          }
          out[k] = c;
          break;
        }
        case "card": {
          const c: Record<string, Plain> = {};
          for (const [ck, cv] of Object.entries(v as Record<string, unknown>)) {
            c[ck] = cv instanceof Secret ? this.secret(cv) : (cv as Plain);
          }
          out[k] = c;
          break;
        }
        case "username":
        case "prefix":
        case "plan":
          out[k] = this.text(v as string, section, id, k);
          break;
        case "printed":
          out[k] = { ...(v as Record<string, number>) };
          break;
        case "enforce":
          out[k] = [...(v as string[])];
          break;
        case "cards":
          out[k] = this.cards(v as CardSettings, section, id, "cards.");
          break;
        default:
          out[k] = v as Plain;
      }
    }
    return out;
  }

  /** Card settings; strings written as the references they came from (the logo's path as loaded: absolute). */
  cards(c: CardSettings | Record<string, unknown>, section: string, id: string | undefined, base: string): Plain {
    const out: Record<string, Plain> = {};
    for (const [k, v] of Object.entries(c)) {
      if (typeof v === "string") out[k] = this.text(v, section, id, `${base}${k}`);
      else if (v !== null && typeof v === "object") out[k] = this.cards(v as Record<string, unknown>, section, id, `${base}${k}.`);
      else out[k] = v as Plain;
    }
    return out;
  }

  server(s: Server): Plain {
    const safety: Record<string, number> = {};
    for (const [k, v] of Object.entries(s.safety)) {
      if (v !== undefined && v !== (SAFETY_DEFAULTS as unknown as Record<string, number>)[k]) safety[k] = v;
    }
    const out: Record<string, Plain> = {
      url: s.url === undefined ? undefined : this.text(s.url, "server", undefined, "url"),
      passphrase: s.passphrase ? this.secret(s.passphrase) : undefined,
      timeout: s.timeout === undefined ? undefined : formatDuration(s.timeout),
      timeZone: s.timeZone,
      concurrency: s.concurrency,
      safety: Object.keys(safety).length ? safety : undefined,
    };
    return Object.values(out).some((v) => v !== undefined) ? out : undefined;
  }

  plan(p: PricePlanRef): Plain {
    const e = p.expect;
    return {
      id: p.id,
      description: p.description === undefined ? undefined : this.text(p.description, "pricePlans", p.key, "description"),
      expect: e
        ? {
            price: e.price,
            time: e.time === undefined ? undefined : e.time === UNLIMITED ? e.time : formatDuration(e.time),
            quota: e.quota === undefined ? undefined : e.quota === UNLIMITED ? e.quota : formatSize(e.quota),
            rates: this.rates(e.rates),
            expireDays: e.expireDays,
            enabled: e.enabled,
          }
        : undefined,
    };
  }

  site(s: Site): Record<string, Plain> {
    const defaults = this.settings(s.defaults as Record<string, unknown>, "defaults", undefined, ACCOUNT_ORDER.slice(2));
    // Defaults' own strings are keyed without an id.
    return {
      server: this.server(s.server),
      ownership: s.ownership.prefixes.length
        ? { prefixes: s.ownership.prefixes.map((p, i) => this.text(p, "ownership", undefined, `prefixes.${i}`)) }
        : undefined,
      pricePlans: Object.keys(s.pricePlans).length
        ? Object.fromEntries(Object.entries(s.pricePlans).map(([k, p]) => [k, this.plan(p)]))
        : undefined,
      defaults: Object.keys(defaults).length ? defaults : undefined,
      accounts: s.accounts.length
        ? s.accounts.map((a: DesiredAccount) =>
            this.settings(beyondDefaults(a, s.defaults), "accounts", a.username, ACCOUNT_ORDER),
          )
        : undefined,
      batches: s.batches.length
        ? s.batches.map((b: Batch) =>
            this.settings(beyondDefaults(b, s.defaults, BATCH_DEFAULT_KEYS), "batches", b.prefix, BATCH_ORDER),
          )
        : undefined,
      cards: s.cards ? this.cards(s.cards, "cards", undefined, "") : undefined,
    };
  }
}

/** Drops undefined members recursively (yaml writes them as null otherwise). */
function prune(v: Plain): Plain {
  if (Array.isArray(v)) return v.map(prune);
  if (v !== null && typeof v === "object") {
    // No prototype: a price plan or site named `__proto__` stays a key.
    const out: Record<string, Plain> = Object.create(null);
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = prune(x);
    return out;
  }
  return v;
}

/** The configuration as one YAML document that loads back to the same model. */
export function toYaml(config: Config, opts: ToYamlOptions = {}): string {
  const single = !config.multiSite && config.sites.length <= 1 && (config.sites[0]?.name ?? DEFAULT_SITE) === DEFAULT_SITE;
  const body: Record<string, Plain> = { version: 1 };
  if (single) {
    const site = config.sites[0];
    if (site) Object.assign(body, new Writer(config, site.name, opts.maskLiteralSecrets).site(site));
  } else {
    body["sites"] = Object.fromEntries(config.sites.map((s) => [s.name, new Writer(config, s.name, opts.maskLiteralSecrets).site(s)]));
  }
  const head: string[] = [];
  if (opts.schema) head.push(`# yaml-language-server: $schema=${opts.schema}`);
  if (opts.header) head.push(...opts.header.split("\n").map((l) => (l ? `# ${l}` : "#")));
  const text = stringify(prune(body), { lineWidth: 0 });
  return head.length ? `${head.join("\n")}\n${text}` : text;
}
