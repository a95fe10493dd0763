// The zod schema of the YAML document: the one declaration of the model. It validates the YAML as
// written (human units, references already resolved) and decodes it into the model's units
// (seconds, bytes, bytes per second, wall-clock Dates, Secrets); types.ts infers the model's types
// from it. It is the single source of the JSON Schema (editors, input side) and of
// docs/configuration.md; every message is what a user reads after `file:line:col: path: `.

import { z } from "zod";
import { ACCOUNT_LIMITS, BATCH_LIMITS, CUSTOMER_TEXT_LIMIT, type FieldLimit, SAFETY_DEFAULTS, SECRET_TEXT_LIMIT, SERVER_LIMITS } from "./fields/limits.js";
import { Secret } from "./secret.js";
import { isTimeZone } from "../wire/wall-clock.js";
import {
  ACCOUNT_TYPES,
  CARD_INSTRUCTION_KEYS,
  CARD_LABEL_KEYS,
  CARD_LANGUAGES,
  CARD_PAPERS,
  CARD_TYPES,
  type CardTextKey,
  DOC_TYPES,
  ENFORCEABLE_INITIAL,
} from "./vocabulary.js";
import {
  DURATION_PATTERN,
  EXPIRY_PATTERN,
  type Expiry,
  MONEY_PATTERN,
  parseDuration,
  parseExpiry,
  parseMoney,
  parseRate,
  parseSize,
  RATE_PATTERN,
  SIZE_PATTERN,
  UNLIMITED,
  type Unlimited,
} from "./units.js";

const CONFIG_VERSION = 1;

const MSG = {
  duration: "expected a duration like 2h30m or 30d",
  durationOrUnlimited: "expected a duration like 2h30m or 30d, or unlimited",
  size: "expected a size like 500MB or 5GB",
  sizeOrUnlimited: "expected a size like 500MB or 5GB, or unlimited",
  rate: "expected a rate like 1Mbit or 512kbit, or unlimited",
  expiry: "expected a date like 2026-12-31 or 2026-12-31T18:00",
  relativeExpiry: "expected a relative expiry like in 30d or in 12h",
  money: "expected an amount like 12.50",
  boolean: "expected true or false",
  text: "expected text",
  username: `expected a username: ${ACCOUNT_LIMITS.username.minLength} to ${ACCOUNT_LIMITS.username.maxLength} characters, no spaces or control characters`,
  prefix: `expected a prefix: ${BATCH_LIMITS.prefix.minLength} to ${BATCH_LIMITS.prefix.maxLength} characters, no spaces or control characters`,
  url: "expected a URL like http://127.0.0.1:82",
  timeZone: "expected a time zone like Europe/Lisbon or UTC (an IANA name)",
  state: "expected a state file path or a postgres:// URL",
  version: `expected version: ${CONFIG_VERSION}`,
} as const;

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: `expected a whole number${max === Number.MAX_SAFE_INTEGER ? ` ≥ ${min}` : ` from ${min} to ${max}`}` })
    .int({ error: `expected a whole number${max === Number.MAX_SAFE_INTEGER ? ` ≥ ${min}` : ` from ${min} to ${max}`}` })
    .min(min, { error: `expected a whole number ≥ ${min}` })
    .max(max, { error: `expected a whole number ≤ ${max}` });

/** A whole number within a catalogue limit (limits.ts). */
const bounded = (l: FieldLimit) => wholeNumber(l.min ?? 0, l.max);

const text = (description: string) =>
  z
    .string({ error: MSG.text })
    .max(CUSTOMER_TEXT_LIMIT.maxLength, { error: `expected at most ${CUSTOMER_TEXT_LIMIT.maxLength} characters` })
    .meta({ description });

const zero = z.literal(0);

/** A string option of a union: the union's message on every failure, so users read one message. */
const pattern = (re: string, message: string, flags = "", valid?: (s: string) => boolean) => {
  const s = z.string({ error: message }).regex(new RegExp(re, flags), { error: message });
  return valid ? s.refine(valid, { error: message }) : s;
};

// Decoders run only on values the schema accepted: the parsers cannot fail there.
const seconds = (v: string | number): number => (v === 0 ? 0 : parseDuration(String(v))!);
const orUnlimited =
  <T extends string | number>(decode: (v: T) => number) =>
  (v: T | Unlimited): number | Unlimited =>
    v === UNLIMITED ? UNLIMITED : decode(v as T);

const duration = z
  .union([zero, pattern(DURATION_PATTERN, MSG.duration)], { error: MSG.duration })
  .meta({ examples: ["2h30m", "30d"] })
  .transform(seconds);

const durationOrUnlimited = z
  .union([zero, z.literal("unlimited"), pattern(DURATION_PATTERN, MSG.durationOrUnlimited)], {
    error: MSG.durationOrUnlimited,
  })
  .meta({ examples: ["2h30m", "30d", "unlimited"] })
  .transform(orUnlimited(seconds));

const sizeOrUnlimited = z
  .union(
    [
      zero,
      z.literal("unlimited"),
      pattern(SIZE_PATTERN, MSG.sizeOrUnlimited, "", (s) => parseSize(s) !== undefined),
    ],
    { error: MSG.sizeOrUnlimited },
  )
  .meta({ examples: ["500MB", "5GB", "unlimited"] })
  .transform(orUnlimited((v: string | number) => (v === 0 ? 0 : parseSize(String(v))!)));

const rate = z
  .union(
    [
      zero,
      z.literal("unlimited"),
      pattern(RATE_PATTERN, MSG.rate, "", (s) => parseRate(s) !== undefined),
    ],
    { error: MSG.rate },
  )
  .meta({
    description: "Bits per second, binary: 1Mbit = 1024kbit = 131072 bytes/s. `unlimited` (or 0) = no limit.",
    examples: ["1Mbit", "512kbit", "unlimited"],
  })
  // 0 is no limit: the model says so with `unlimited`, like the YAML can.
  .transform((v): number | Unlimited => (v === UNLIMITED || v === 0 ? UNLIMITED : parseRate(v)!));

const expiry = z
  .string({
    error: (iss) =>
      typeof iss.input === "string" && iss.input.startsWith("in ") ? MSG.relativeExpiry : MSG.expiry,
  })
  .regex(new RegExp(EXPIRY_PATTERN))
  .refine((s) => parseExpiry(s) !== undefined)
  .meta({
    description:
      "Absolute (server wall clock): `2026-12-31T18:00`, or `2026-12-31` (until the end of that day, 23:59), enforced. Relative: `in 30d`, " +
      "resolved when the account is created, then initial-only. `never`: no expiry.",
    examples: ["2026-12-31", "2026-12-31T18:00", "in 30d", "never"],
  })
  .transform((s): Expiry => parseExpiry(s)!);

const money = z
  .union([z.number({ error: MSG.money }).min(0, { error: MSG.money }), pattern(MONEY_PATTERN, MSG.money)], {
    error: MSG.money,
  })
  .refine((v) => typeof v === "string" || /^\d+(\.\d{1,2})?$/.test(String(v)), { error: MSG.money })
  .meta({ examples: ["12.50"] })
  .transform((v) => parseMoney(v)!);

const bool = z.boolean({ error: MSG.boolean });

/** Usernames and prefixes: printable, no blanks, no control characters. */
const NAME_RE = /^[^\s\x00-\x1f\x7f]+$/;

const username = z
  .string({ error: MSG.username })
  .min(ACCOUNT_LIMITS.username.minLength, { error: MSG.username })
  .max(ACCOUNT_LIMITS.username.maxLength, { error: MSG.username })
  .regex(NAME_RE, { error: MSG.username })
  .meta({ description: "The account's name: its identity. Renames are never inferred." });

const prefix = z
  .string({ error: MSG.prefix })
  .min(BATCH_LIMITS.prefix.minLength, { error: MSG.prefix })
  .max(BATCH_LIMITS.prefix.maxLength, { error: MSG.prefix })
  .regex(NAME_RE, { error: MSG.prefix });

const secretText = (description: string, limit: FieldLimit = SECRET_TEXT_LIMIT) =>
  z
    .string({ error: MSG.text })
    .min(limit.minLength ?? 1, { error: "expected a non-empty value" })
    .max(limit.maxLength ?? Number.MAX_SAFE_INTEGER, { error: `expected at most ${limit.maxLength} characters` })
    .meta({ description: `${description} Sensitive: use a reference like \${env:NAME} or \${file:PATH}.` })
    // The reference it was written as is added when the document is loaded (normalize.ts).
    .transform((v) => Secret.of(v));

const accountType = z.enum(ACCOUNT_TYPES, { error: `expected one of ${ACCOUNT_TYPES.join(", ")}` });

const obj = <S extends z.core.$ZodLooseShape>(shape: S, what: string) =>
  z.strictObject(shape, { error: (iss) => (iss.code === "invalid_type" ? `expected a mapping of ${what}` : undefined) });

const rates = obj(
  {
    download: rate.optional().meta({ description: "Download rate limit." }),
    upload: rate.optional().meta({ description: "Upload rate limit." }),
  },
  "rates (download, upload)",
).meta({ description: "Rate limits, bits per second (binary units): `{ download: 1Mbit, upload: 512kbit }`." });

const email = z
  .email({ error: "expected an e-mail address like alice@example.org" })
  .max(CUSTOMER_TEXT_LIMIT.maxLength, { error: `expected at most ${CUSTOMER_TEXT_LIMIT.maxLength} characters` });

const customer = obj(
  {
    firstName: text("First name.").optional(),
    lastName: text("Last name.").optional(),
    address: text("Address.").optional(),
    city: text("City.").optional(),
    postalCode: text("Postal code.").optional(),
    state: text("State.").optional(),
    sex: z.enum(["M", "F"], { error: "expected M or F" }).optional().meta({ description: "M or F." }),
    phone: text("Phone.").optional(),
    mobile: text("Mobile.").optional(),
    email: email.optional().meta({ description: "E-mail." }),
    email2: email
      .optional()
      .meta({ description: "Second e-mail." }),
    docId: text("Identity document number.").optional(),
    docType: z
      .enum(DOC_TYPES, { error: `expected one of ${DOC_TYPES.join(", ")}` })
      .optional(),
    companyName: text("Company name.").optional(),
    businessName: text("Business name.").optional(),
  },
  "customer fields",
).meta({ description: "Customer record (write-only: the server does not return it)." });

const card = obj(
  {
    name: secretText("Name on the card.").optional(),
    type: z
      .union([z.enum(CARD_TYPES), wholeNumber(1, 99)], {
        error: `expected one of ${CARD_TYPES.join(", ")}, or the server's card type number`,
      })
      .optional(),
    number: secretText("Card number.").optional(),
    password: secretText("Card password.").optional(),
    expMonth: secretText("Expiry month.").optional(),
    expYear: secretText("Expiry year.").optional(),
    cvv2: secretText("CVV2.").optional(),
  },
  "card fields",
).meta({ description: "Payment card on file. Every field is sensitive and write-only." });

const enforce = z
  .array(z.enum(ENFORCEABLE_INITIAL, { error: `expected one of ${ENFORCEABLE_INITIAL.join(", ")}` }), {
    error: "expected a list like [timeLeft, quota]",
  })
  .meta({
    description:
      "Initial-only fields to enforce like the others (reset when consumed). Replaces the list in defaults.",
  });

/** Settings an account, a batch and defaults share (what generateaccounts accepts). */
const sharedSettings = {
  plan: z
    .string({ error: "expected the name of a plan declared under pricePlans" })
    .optional()
    .meta({ description: "A key of `pricePlans`." }),
  type: accountType.optional().meta({ description: "prepaid, postpaid or ticket." }),
  timeLeft: durationOrUnlimited.optional().meta({ description: "Initial connection time (initial-only)." }),
  quota: sizeOrUnlimited.optional().meta({ description: "Initial traffic quota (initial-only)." }),
  rates: rates.optional(),
  expires: expiry.optional(),
  sell: bool.optional().meta({ description: "true: sold now; false: sold on first use (write-only)." }),
  autologin: bool.optional().meta({ description: "Automatic login (write-only)." }),
  inactivity: bool.optional().meta({ description: "Log out on inactivity (write-only)." }),
};

const accountOnlySettings = {
  timeUsed: duration.optional().meta({ description: "Time already used (initial-only)." }),
  dailyTime: durationOrUnlimited
    .refine((v) => v === UNLIMITED || v <= ACCOUNT_LIMITS.dailyTime.max, { error: `expected at most ${ACCOUNT_LIMITS.dailyTime.max / 3600}h a day (unlimited: no daily limit)` })
    .optional()
    .meta({ description: `Daily time limit, at most ${ACCOUNT_LIMITS.dailyTime.max / 3600}h; unlimited = none (enforced).` }),
  dailyQuota: sizeOrUnlimited.optional().meta({ description: "Daily traffic limit; unlimited = none (enforced)." }),
  multilogin: bounded(ACCOUNT_LIMITS.multilogin).optional().meta({ description: "Simultaneous logins; 1 = multilogin off." }),
  money: money.optional().meta({ description: "Money balance, set (not incremented)." }),
  printed: obj(
    {
      color: wholeNumber(0).optional().meta({ description: "Colour pages printed." }),
      bw: wholeNumber(0).optional().meta({ description: "Black-and-white pages printed." }),
    },
    "printed pages (color, bw)",
  )
    .optional()
    .meta({ description: "Printed pages counters (write-only)." }),
  customer: customer.optional(),
  enforce: enforce.optional(),
};

export const accountSchema = obj(
  {
    username,
    password: secretText("Login password (enforced). Tickets have none.", ACCOUNT_LIMITS.password).optional(),
    ...sharedSettings,
    ...accountOnlySettings,
    card: card.optional(),
  },
  "account fields",
).meta({ description: "An account, owned by name." });

export const defaultsSchema = obj({ ...sharedSettings, ...accountOnlySettings }, "account settings").meta({
  description: "Settings applied to every account (and, where they apply, batch) that does not set them.",
});

/** What each string of a card is (the words themselves are the language's, in @hotspot-iac/vouchers). */
const CARD_TEXT_ROLES: Record<CardTextKey, string> = {
  connect: "Step 1 when the network is named; `{network}` is its name.",
  connectAny: "Step 1 when no network is named.",
  browse: "Step 2: open a browser.",
  enterCode: "Step 3 on a ticket (a code, no password).",
  enterLogin: "Step 3 on a card with a username and a password.",
  network: "Label of the network's name.",
  code: "Label of a ticket's code.",
  username: "Label of the username.",
  password: "Label of the password.",
  join: "Label of the QR code that joins the Wi-Fi (numbered 1).",
  login: "Label of the QR code that logs in (numbered 2).",
  plan: "Label of the price plan.",
  time: "Label of the connection time.",
  data: "Label of the data quota.",
  validUntil: "Label of the expiry date.",
  unlimited: "Word for unlimited time or data.",
  used: "Mark on a card already used (printed with --all).",
};

const cardStrings = (keys: readonly CardTextKey[], what: string, description: string) =>
  obj(Object.fromEntries(keys.map((k) => [k, text(CARD_TEXT_ROLES[k]).optional()])), what).meta({ description });

/** `{username}` and `{password}` only, in an http(s) URL: checked again (as a URL) when printing. */
const LOGIN_URL_TEMPLATE = "expected a login URL like http://login.example/login?username={username}&password={password}";

/** How voucher cards are printed: what `hotspot vouchers print` would otherwise need as flags. */
export const cardsSchema = obj(
  {
    title: text("Heading on every card, e.g. the hotel's name (shrunk to fit, refused when it cannot).").optional(),
    network: z
      .string({ error: MSG.text })
      .min(1, { error: "expected the Wi-Fi network's name" })
      .max(32, { error: "expected at most 32 characters (a Wi-Fi network's name)" })
      .optional()
      .meta({ description: "The Wi-Fi network's name (SSID): printed, and the `1 Join the Wi-Fi` QR code." }),
    loginUrl: z
      .string({ error: LOGIN_URL_TEMPLATE })
      .max(500, { error: "expected at most 500 characters" })
      .regex(/^https?:\/\/[^\s]+$/, { error: LOGIN_URL_TEMPLATE })
      .refine((s) => [...s.matchAll(/\{([^{}]*)\}/g)].every((m) => m[1] === "username" || m[1] === "password"), {
        error: "expected only the placeholders {username} and {password}",
      })
      .optional()
      .meta({
        description: "The captive portal's login URL, `{username}` and `{password}` filled in: the `2 Log in` QR code.",
        examples: ["http://login.example/login?username={username}&password={password}"],
      }),
    language: z
      .enum(CARD_LANGUAGES, { error: `expected one of ${CARD_LANGUAGES.join(", ")}` })
      .optional()
      .meta({ description: "Language of the card's instructions and labels (default en)." }),
    instructions: cardStrings(
      CARD_INSTRUCTION_KEYS,
      `instructions (${CARD_INSTRUCTION_KEYS.join(", ")})`,
      "The numbered steps, replacing the language's: `connect` (`{network}` is the network's name), `connectAny` (no network named), `browse`, `enterCode` (tickets), `enterLogin` (username and password).",
    ).optional(),
    labels: cardStrings(
      CARD_LABEL_KEYS,
      `labels (${CARD_LABEL_KEYS.join(", ")})`,
      "The other words on the card, replacing the language's (`join` and `login` name the two QR codes).",
    ).optional(),
    logo: z
      .string({ error: "expected the path of a PNG, JPEG or SVG file" })
      .min(1, { error: "expected the path of a PNG, JPEG or SVG file" })
      .optional()
      .meta({ description: "A PNG, JPEG or SVG file of at most 1 MiB, relative to this YAML file." }),
    paper: z
      .enum(CARD_PAPERS, { error: `expected one of ${CARD_PAPERS.join(", ")}` })
      .optional()
      .meta({ description: "Paper size (default a4)." }),
    perPage: wholeNumber(1, 40).optional().meta({ description: "Cards per sheet (default 10)." }),
  },
  "card settings (title, network, loginUrl, language, instructions, labels, logo, paper, perPage)",
).meta({ description: "How `hotspot vouchers print` prints voucher cards; command-line flags override." });

export const batchSchema = obj(
  {
    prefix: prefix.meta({ description: "Members' name prefix: the batch's identity, under an ownership prefix." }),
    count: bounded(BATCH_LIMITS.count).meta({ description: "How many members." }),
    startNumber: bounded(BATCH_LIMITS.startNumber).optional().meta({ description: "First member number (default 1)." }),
    length: bounded(BATCH_LIMITS.length).optional().meta({ description: "Ticket code length, prefix included." }),
    passwordLength: bounded(BATCH_LIMITS.passwordLength).optional().meta({ description: "Generated password length." }),
    ...sharedSettings,
    enforce: enforce.optional(),
    cards: cardsSchema.optional().meta({ description: "This batch's voucher cards; each key replaces the site's `cards`." }),
  },
  "batch fields",
).meta({ description: "A voucher batch: `count` accounts named prefix + number (tickets: prefix + code)." });

export const pricePlanSchema = obj(
  {
    id: wholeNumber(0).optional().meta({ description: "The plan's id on the server." }),
    description: z
      .string({ error: MSG.text })
      .min(1, { error: "expected a non-empty description" })
      .optional()
      .meta({ description: "The plan's description on the server (exact)." }),
    expect: obj(
      {
        price: money.optional(),
        time: durationOrUnlimited.optional(),
        quota: sizeOrUnlimited.optional(),
        rates: rates.optional(),
        expireDays: wholeNumber(0).optional(),
        enabled: bool.optional(),
      },
      "asserted plan attributes",
    )
      .optional()
      .meta({ description: "Attributes the plan must have; a plan that differs is reported." }),
  },
  "price plan fields (id, description, expect)",
).meta({ description: "A reference to a plan that exists on the server, by `id` or `description`." });

const safetySchema = obj(
  {
    maxDeletePercent: wholeNumber(0, 100).optional().meta({ description: `Default ${SAFETY_DEFAULTS.maxDeletePercent}.` }),
    maxUpdatePercent: wholeNumber(0, 100).optional().meta({ description: `Default ${SAFETY_DEFAULTS.maxUpdatePercent}.` }),
    maxDeletes: wholeNumber(0).optional().meta({ description: `Absolute cap on deletes. Default ${SAFETY_DEFAULTS.maxDeletes}.` }),
    maxUpdates: wholeNumber(0).optional().meta({ description: `Absolute cap on updates. Default ${SAFETY_DEFAULTS.maxUpdates}.` }),
    minOwned: wholeNumber(0)
      .optional()
      .meta({ description: `Percent thresholds apply from this many owned accounts. Default ${SAFETY_DEFAULTS.minOwned}.` }),
  },
  "safety thresholds",
).meta({ description: "Plans exceeding these are refused unless --force." });

export const serverSchema = obj(
  {
    url: z
      .url({ protocol: /^https?$/, error: MSG.url })
      .optional()
      .meta({ description: "Server URL (http without a port: 82). Absent: --url or HOTSPOT_URL must name the server, or --emulator asks for the embedded emulator." }),
    passphrase: secretText("API passphrase.").optional(),
    timeout: duration.optional().meta({ description: "Per-request timeout." }),
    timeZone: z
      .string({ error: MSG.timeZone })
      .refine(isTimeZone, { error: MSG.timeZone })
      .optional()
      .meta({
        description:
          "The server's time zone, an IANA name. Its wall clock is what relative expiries count from and what the expired-on-arrival check compares with. Absent: this machine's zone.",
        examples: ["Europe/Lisbon", "America/New_York", "UTC"],
      }),
    concurrency: bounded(SERVER_LIMITS.concurrency).optional().meta({ description: "Requests in flight." }),
    safety: safetySchema.optional(),
  },
  "server fields",
).meta({ description: "Where the HotSpot server is. HOTSPOT_URL / HOTSPOT_PASSPHRASE and flags override." });

const siteShape = {
  server: serverSchema.optional(),
  ownership: obj(
    {
      prefixes: z
        .array(prefix, { error: 'expected a list of prefixes like ["CONF-", "staff-"]' })
        .meta({ description: "Accounts under these are owned whole: an undeclared one is deleted." }),
      allowTakeover: z
        .boolean({ error: "expected true or false" })
        .optional()
        .meta({
          description:
            "Also delete undeclared accounts under these prefixes that this state file never created, imported or adopted, and adopt such accounts under a batch's prefix as its members (default false: such plans are refused; CLI --allow-takeover).",
        }),
    },
    "ownership (prefixes)",
  )
    .optional()
    .meta({ description: "Declared accounts are owned by name; these prefixes are owned whole." }),
  pricePlans: z
    .record(z.string(), pricePlanSchema, { error: "expected a mapping of price plan names" })
    .optional()
    .meta({ description: "Named references to price plans on the server." }),
  defaults: defaultsSchema.optional(),
  accounts: z.array(accountSchema, { error: "expected a list of accounts" }).optional(),
  batches: z.array(batchSchema, { error: "expected a list of batches" }).optional(),
  cards: cardsSchema.optional(),
};

export const siteSchema = obj(siteShape, "site fields").meta({ description: "One server and what it holds." });

const siteName = z.string().regex(/^[A-Za-z0-9_-]+$/);

/** A venue's line: its server URL alone, or a mapping of what differs from the shared part. */
const venueSchema = z
  .union([
    serverSchema.shape.url.unwrap(),
    obj(
      {
        url: serverSchema.shape.url,
        omit: z
          .array(z.string(), { error: "expected a list of shared account usernames or batch prefixes" })
          .optional()
          .meta({ description: "Shared accounts (by username) and batches (by prefix) this venue leaves out." }),
        ...siteShape,
      },
      "venue fields (url, omit, and site keys)",
    ),
  ])
  .meta({
    description:
      "The venue's server URL, or a mapping: `url`, `omit`, and site keys merged over the shared part (mappings per key, ownership prefixes added, an account or batch of a shared username or prefix replaces the shared one).",
  });

const fleetSchema = obj(
  {
    shared: siteSchema
      .optional()
      .meta({
        description:
          // biome-ignore lint/suspicious/noTemplateCurlyInString: the description quotes the placeholders
          "What every venue holds: site keys as at the top level. `${venue}` in a value is the venue's name, `${VENUE}` its variable form (upper case, `-` as `_`): `passphrase: ${env:HOTSPOT_PASSPHRASE_${VENUE}}`.",
      }),
    venues: z
      .record(siteName, venueSchema, { error: "expected a mapping of venue names" })
      .meta({ description: "One line per venue, in the order plans print them: name → server URL or mapping. Each venue is a site." }),
  },
  "fleet fields (shared, venues)",
).meta({ description: "Many servers sharing one configuration: the shared part written once, then a line per venue." });

export const documentSchema = obj(
  {
    version: z.literal(CONFIG_VERSION, { error: MSG.version }).meta({ description: "Format version: 1." }),
    state: z
      .string({ error: MSG.state })
      .min(1, { error: MSG.state })
      .refine((v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^postgres(ql)?:\/\//i.test(v), { error: MSG.state })
      .optional()
      .meta({
        description:
          `Where the state of what was last applied lives: a file (relative to this file's folder; default .hotspot/state.json) or a PostgreSQL database shared by every checkout and CI job, usually "\${env:HOTSPOT_STATE}" holding postgres://user:password@host/db?sslmode=verify-full (TLS options as in libpq URLs). --state and HOTSPOT_STATE override it.`,
      }),
    ...siteShape,
    sites: z
      .record(siteName, siteSchema, { error: "expected a mapping of site names" })
      .optional()
      .meta({ description: "Several servers: name → site. Use either this or the single-server keys." }),
    fleet: fleetSchema.optional(),
  },
  "top-level keys",
).meta({ title: "hotspot-iac configuration", description: "Accounts, voucher batches and price plans of HotSpot servers." });

/** The YAML document as written. */
export type DocumentInput = z.input<typeof documentSchema>;
/** A valid document decoded into the model's units (references not yet attached to Secrets). */
export type ParsedDocument = z.output<typeof documentSchema>;
export type ParsedSite = z.output<typeof siteSchema>;

/** The JSON Schema editors use (`# yaml-language-server: $schema=…`). */
export function jsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(documentSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
}
