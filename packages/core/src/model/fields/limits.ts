// The bounds of every bounded value, and the safety thresholds' defaults: one owner. The zod
// schema (and so the JSON Schema and docs/configuration.md), the Terraform provider's validators
// and the emulator's parameter checks all read them from here; a test walks this table and asks
// each of them.
//
// Where the values come from: the vendor's command list gives no bounds, and no answer of a real
// server to an out-of-range value is public, so these are the emulator's ([ours] in the API
// notes), chosen so that everything the model accepts a server accepts:
// - a password (like a generated one, `passlength`) has at most 64 characters;
// - a daily time limit is at most a day (24h): more would be no limit (`unlimited` says that);
// - multilogin is 1 to 1000 devices;
// - a batch holds 0 to 100,000 members (0: declared and emptied, its prefix still owned); one
//   generateaccounts makes up to 10,000 (GENERATE_CHUNK in sync);
// - ticket codes are 2 to 64 characters, prefix included; member numbers at most 999,999,999.

/** Bounds of one value: numbers (in the model's unit: seconds for durations) or text lengths. */
export interface FieldLimit {
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
}

/** Account fields (model paths), and the text fields every customer.* shares. */
export const ACCOUNT_LIMITS = {
  username: { minLength: 1, maxLength: 64 },
  password: { minLength: 1, maxLength: 64 },
  multilogin: { min: 1, max: 1000 },
  dailyTime: { min: 0, max: 86_400 },
} as const satisfies Record<string, FieldLimit>;

/** Customer text fields (customer.firstName ..., e-mails too): at most this many characters. */
export const CUSTOMER_TEXT_LIMIT = { maxLength: 200 } as const satisfies FieldLimit;

/** Other secret texts (the server passphrase, card fields). */
export const SECRET_TEXT_LIMIT = { minLength: 1, maxLength: 128 } as const satisfies FieldLimit;

export const BATCH_LIMITS = {
  prefix: { minLength: 1, maxLength: 32 },
  count: { min: 0, max: 100_000 },
  startNumber: { min: 0, max: 999_999_999 },
  length: { min: 2, max: 64 },
  passwordLength: { min: 1, max: 64 },
} as const satisfies Record<string, FieldLimit>;

/** Server settings: requests in flight (`server.concurrency`, `apply --concurrency`). */
export const SERVER_LIMITS = {
  concurrency: { min: 1, max: 64 },
} as const satisfies Record<string, FieldLimit>;

/**
 * Safety thresholds when `server.safety` does not set them: plans updating or deleting more than
 * these shares of the owned accounts (from `minOwned` owned accounts on), or more than the caps,
 * are refused unless forced.
 */
export const SAFETY_DEFAULTS = {
  maxDeletePercent: 30,
  maxUpdatePercent: 30,
  maxDeletes: 500,
  maxUpdates: 5000,
  minOwned: 10,
} as const;

/** The bound of an account or batch field, if it has one. */
export function fieldLimit(resource: "account" | "batch", name: string): FieldLimit | undefined {
  const table: Record<string, FieldLimit> = resource === "account" ? ACCOUNT_LIMITS : BATCH_LIMITS;
  if (Object.hasOwn(table, name)) return table[name];
  if (resource !== "account") return undefined;
  if (name.startsWith("customer.") && name !== "customer.sex" && name !== "customer.docType") return CUSTOMER_TEXT_LIMIT;
  if (name.startsWith("card.") && name !== "card.type") return SECRET_TEXT_LIMIT;
  return undefined;
}
