// The loaded configuration: what the YAML declares, in the wire client's units (seconds, bytes,
// bytes per second, wall-clock Dates), defaults already applied, with the source location of
// every resource so tools can point at a file:line. The resources' fields are inferred from the
// zod schema (schema.ts), never restated here.

import type { z } from "zod";
import type { accountSchema, batchSchema, cardsSchema, defaultsSchema, pricePlanSchema, serverSchema } from "./schema.js";

export type { Expiry, Unlimited } from "./units.js";

/** Where something was declared. `file` is as the user named it (relative to cwd when inside). */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
  /** Where each key written on the resource starts (`plan`, `rates.download`, `customer.email`). */
  fields?: Record<string, { line: number; col: number }>;
}

export * from "./vocabulary.js";

// The resources below are what the schema decodes (z.output), plus where each was declared: the
// schema is the one declaration of their fields.
type Decoded<S extends z.ZodType> = z.output<S>;
type AccountDecoded = Decoded<typeof accountSchema>;

/** Rate limits in bytes per second (`unlimited` = no limit, 0 on the wire). */
export type Rates = NonNullable<AccountDecoded["rates"]>;
export type Customer = NonNullable<AccountDecoded["customer"]>;
/** Payment card on file: every field but the type is a Secret. */
export type Card = NonNullable<AccountDecoded["card"]>;
export type PrintedPages = NonNullable<AccountDecoded["printed"]>;

/** Account settings shared by accounts, batches and defaults, and those only accounts and defaults have. */
export type Defaults = Decoded<typeof defaultsSchema>;

export type DesiredAccount = AccountDecoded & { source?: SourceLocation };

export type Batch = Decoded<typeof batchSchema> & { source?: SourceLocation };

/** How a batch's voucher cards are printed (`cards:` of a site or a batch; the batch's win per key). */
export type CardSettings = Decoded<typeof cardsSchema>;

/** A price plan that exists on the server, referenced by id or description (`expect`: asserted attributes). */
export type PricePlanRef = Decoded<typeof pricePlanSchema> & { key: string; source?: SourceLocation };

type SafetyDecoded = NonNullable<Decoded<typeof serverSchema>["safety"]>;

/**
 * Plans exceeding these are refused unless --force: shares of the owned accounts (percent),
 * absolute caps, and the number of owned accounts the shares apply from (octoDNS style).
 */
export type Safety = Required<SafetyDecoded>;


/** Absent url: --url or HOTSPOT_URL must name the server (or --emulator asks for the embedded emulator). */
export type Server = Omit<Decoded<typeof serverSchema>, "safety"> & { safety: Safety; source?: SourceLocation };

/** One HotSpot server and what it should hold. A single-server document is the site "default". */
export interface Site {
  name: string;
  server: Server;
  /** `allowTakeover`: delete owned accounts this state file does not know (see sync's ENGINE.md). */
  ownership: { prefixes: string[]; allowTakeover?: boolean };
  /** Null-prototype: a plan may be named `constructor` or `__proto__`. */
  pricePlans: Record<string, PricePlanRef>;
  defaults: Defaults;
  accounts: DesiredAccount[];
  batches: Batch[];
  /** How voucher cards are printed, for every batch of the site (a batch's own `cards` win). */
  cards?: CardSettings;
}

export interface Config {
  version: 1;
  /** True when written with `sites:` (kept so toYaml writes the same shape back). */
  multiSite: boolean;
  /** True when a file wrote a fleet (`fleet: { shared, venues }`), expanded into `sites`. */
  fleet?: boolean;
  sites: Site[];
  /** Non-sensitive values that came from references, by path: written back as references. */
  references: Record<string, string>;
  /**
   * Taint: every value that came from a reference (`${env:…}`, `${file:…}`), sensitive or not, by
   * the same keys as `references` (accounts and batches also under their own key when they inherit
   * it from defaults) → the references it came from (`${env:NAME}`, never a `:-default`). Such a
   * value is sensitive wherever it goes. Absent when the configuration was not loaded from YAML.
   */
  tainted?: ReadonlyMap<string, string>;
  files: string[];
  /**
   * The YAML's `state`: a state file (absolute, resolved against the file that named it) or a
   * postgres:// URL (may hold a password: never print it unredacted). First file naming it wins.
   */
  state?: string;
}
