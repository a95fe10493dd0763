// The loaded configuration: what the YAML declares, in the wire client's units (seconds, bytes,
// bytes per second, wall-clock Dates), defaults already applied, with the source location of
// every resource so tools can point at a file:line.

import type { Secret } from "./secret.js";
import type { Expiry, Unlimited } from "./units.js";

export type { Expiry, Unlimited } from "./units.js";

/** Where something was declared. `file` is as the user named it (relative to cwd when inside). */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
  /** Where each key written on the resource starts (`plan`, `rates.download`, `customer.email`). */
  fields?: Record<string, { line: number; col: number }>;
}

export const ACCOUNT_TYPES = ["prepaid", "postpaid", "ticket"] as const;
export type AccountTypeName = (typeof ACCOUNT_TYPES)[number];

export const DOC_TYPES = ["idCard", "passport", "driversLicense"] as const;
export type DocTypeName = (typeof DOC_TYPES)[number];

export const CARD_TYPES = ["visa", "mastercard", "discover", "amex"] as const;
export type CardTypeName = (typeof CARD_TYPES)[number];

/** Rate limits in bytes per second (`unlimited` = no limit, 0 on the wire). */
export interface Rates {
  download?: number | Unlimited;
  upload?: number | Unlimited;
}

export interface Customer {
  firstName?: string;
  lastName?: string;
  address?: string;
  city?: string;
  postalCode?: string;
  state?: string;
  sex?: "M" | "F";
  phone?: string;
  mobile?: string;
  email?: string;
  email2?: string;
  docId?: string;
  docType?: DocTypeName;
  companyName?: string;
  businessName?: string;
}

/** Payment card on file: every field is sensitive. */
export interface Card {
  name?: Secret;
  /** A name, or the server's number for other card types (1 VISA, 2 MASTER, 3 DIS, 4 AMEX, …). */
  type?: CardTypeName | number;
  number?: Secret;
  password?: Secret;
  expMonth?: Secret;
  expYear?: Secret;
  cvv2?: Secret;
}

export interface PrintedPages {
  color?: number;
  bw?: number;
}

/** Initial-only fields a user may opt in to enforce (`enforce: [timeLeft]`). */
export const ENFORCEABLE_INITIAL = ["timeLeft", "quota", "timeUsed"] as const;
export type EnforceableField = (typeof ENFORCEABLE_INITIAL)[number];

/** Account settings shared by accounts, batches and defaults. */
export interface AccountSettings {
  plan?: string; // a key of pricePlans
  type?: AccountTypeName;
  timeLeft?: number | Unlimited; // seconds
  quota?: number | Unlimited; // bytes
  rates?: Rates;
  expires?: Expiry;
  sell?: boolean;
  autologin?: boolean;
  inactivity?: boolean;
}

export interface AccountOnlySettings {
  timeUsed?: number; // seconds
  dailyTime?: number | Unlimited; // seconds per day; unlimited = no daily limit
  dailyQuota?: number | Unlimited; // bytes per day
  /** Simultaneous logins allowed; 1 = multilogin off. */
  multilogin?: number;
  money?: number;
  printed?: PrintedPages;
  customer?: Customer;
  card?: Card;
  /** Initial-only fields this account enforces like any other (reset when they drift). */
  enforce?: EnforceableField[];
}

export interface Defaults extends AccountSettings, AccountOnlySettings {}

export interface DesiredAccount extends AccountSettings, AccountOnlySettings {
  username: string;
  password?: Secret;
  source?: SourceLocation;
}

export interface Batch extends AccountSettings {
  /** Members are prefix + a number from startNumber (tickets: prefix + random code). */
  prefix: string;
  count: number;
  startNumber?: number;
  /** Ticket code length in characters, prefix included (generateaccounts `length`). */
  length?: number;
  passwordLength?: number;
  enforce?: EnforceableField[];
  source?: SourceLocation;
}

/** A price plan that exists on the server, referenced by id or description. */
export interface PricePlanRef {
  key: string;
  id?: number;
  description?: string;
  /** Asserted attributes: the plan is reported when the server's differs. */
  expect?: {
    price?: number;
    time?: number | Unlimited;
    quota?: number | Unlimited;
    rates?: Rates;
    expireDays?: number;
    enabled?: boolean;
  };
  source?: SourceLocation;
}

export interface Safety {
  /** Refuse a plan deleting more than this share of owned accounts (unless --force). */
  maxDeletePercent: number;
  maxUpdatePercent: number;
  /** Absolute caps, whatever the share. */
  maxDeletes: number;
  maxUpdates?: number;
  /** Percent thresholds apply only from this many owned accounts (octoDNS style). */
  minOwned: number;
}

export const DEFAULT_SAFETY: Safety = { maxDeletePercent: 30, maxUpdatePercent: 30, maxDeletes: 500, minOwned: 10 };

export interface Server {
  /** Absent: --url or HOTSPOT_URL must name the server (or --emulator asks for the embedded emulator). */
  url?: string;
  passphrase?: Secret;
  timeout?: number; // seconds
  concurrency?: number;
  safety: Safety;
  source?: SourceLocation;
}

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
}

export interface Config {
  version: 1;
  /** True when written with `sites:` (kept so toYaml writes the same shape back). */
  multiSite: boolean;
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
}
