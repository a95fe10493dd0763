// What the account fields are: every field classified once, with its kind of value. How a field
// travels on the wire is in wire-encoding.ts, how it is read back and compared in comparison.ts;
// catalogue.ts joins the three.
//
// Classes:
// - identity:  the account's name; renames are never inferred.
// - enforced:  read back by viewaccount, diffed and corrected on every apply.
// - initial:   set on create, then consumed by use (time left, quota, counters); never reset later
//              unless the account (or defaults) opts in with `enforce: [timeLeft]`.
// - writeOnly: the server never returns it. Kept as a salted hash of what was last applied; sent
//              again when the declared value's hash changes.
//
// `expires` is enforced when absolute (a date or date-time) and initial when relative (`in 30d`
// is resolved at creation; re-resolving it every run would drift forever).
//
// Not declarative, so not fields: moneyinc / moneydec (increments: applying twice would pay
// twice), dailytimeleft / dailyquotaleft (today's consumption counters, reset by the server each
// day), software (a client tag with no state to converge), print / preview (print jobs at
// generation time). They belong to operator commands, not to desired state.

import { ACCOUNT_TYPES, CARD_TYPES, DOC_TYPES } from "../types.js";

export type FieldClass = "identity" | "enforced" | "initial" | "writeOnly";

export type ValueKind =
  | "string"
  | "seconds"
  | "bytes"
  | "rate"
  | "boolean"
  | "integer"
  | "money"
  | "expiry"
  | "enum"
  | "planRef";

export interface FieldDefinition {
  /** Model path as written in YAML (`rates.download`, `customer.firstName`). */
  name: string;
  class: FieldClass;
  sensitive: boolean;
  kind: ValueKind;
  enumValues?: readonly string[];
  description: string;
}

type Definition = Omit<FieldDefinition, "sensitive"> & { sensitive?: boolean };

/** A write-only text: customer and card fields. */
const writeOnlyText = <N extends string>(name: N, description: string, sensitive = false) =>
  ({ name, class: "writeOnly", kind: "string", sensitive, description }) as const;

const flag = <N extends string>(name: N, description: string) =>
  ({ name, class: "writeOnly", kind: "boolean", description }) as const;

export const FIELD_DEFINITIONS = [
  { name: "username", class: "identity", kind: "string", description: "The account's name; its identity. Renames are never inferred." },
  {
    name: "password",
    class: "enforced",
    kind: "string",
    sensitive: true,
    description: "Login password. Tickets have none (viewaccount returns it empty).",
  },
  {
    name: "plan",
    class: "enforced",
    kind: "planRef",
    description: "A key of `pricePlans`; sent as the plan's numeric id (`priceplan`, alias `groupplan`).",
  },
  {
    name: "type",
    class: "writeOnly",
    kind: "enum",
    enumValues: ACCOUNT_TYPES,
    description: "prepaid (user + password), postpaid (usage billed later) or ticket (random code, no password).",
  },
  { name: "timeLeft", class: "initial", kind: "seconds", description: "Connection time left (`2h30m`, `30d`, `unlimited`). Consumed by use." },
  { name: "timeUsed", class: "initial", kind: "seconds", description: "Connection time already used (a counter the server moves on)." },
  { name: "quota", class: "initial", kind: "bytes", description: "Traffic quota left (`5GB`, `500MB`, `unlimited`). Consumed by use." },
  { name: "rates.download", class: "enforced", kind: "rate", description: "Download rate limit (`1Mbit` = 131072 bytes/s, `unlimited`)." },
  { name: "rates.upload", class: "enforced", kind: "rate", description: "Upload rate limit (`512kbit` = 65536 bytes/s, `unlimited`)." },
  {
    name: "expires",
    class: "enforced",
    kind: "expiry",
    description:
      "Absolute (`2026-12-31T18:00`, or `2026-12-31`: until the end of that day, 23:59; server wall clock) and " +
      "enforced, `never`, or relative (`in 30d`): resolved at creation, then initial-only.",
  },
  { name: "dailyTime", class: "enforced", kind: "seconds", description: "Time allowed per day (`2h`); `unlimited` turns the daily limit off." },
  { name: "dailyQuota", class: "enforced", kind: "bytes", description: "Traffic allowed per day (`500MB`); `unlimited` turns the daily limit off." },
  { name: "multilogin", class: "writeOnly", kind: "integer", description: "Devices logged in at once; 1 turns multilogin off." },
  flag("sell", "true: sold now (counted in sales); false: sold on first use or by the operator."),
  flag("autologin", "Log the device in automatically."),
  flag("inactivity", "Log out after inactivity."),
  {
    name: "money",
    class: "writeOnly",
    kind: "money",
    description: "Money balance (`12.50`). Set, not incremented (moneyinc/moneydec are actions).",
  },
  { name: "printed.color", class: "writeOnly", kind: "integer", description: "Colour pages printed." },
  { name: "printed.bw", class: "writeOnly", kind: "integer", description: "Black-and-white pages printed." },
  writeOnlyText("customer.firstName", "Customer first name."),
  writeOnlyText("customer.lastName", "Customer last name."),
  writeOnlyText("customer.address", "Customer address."),
  writeOnlyText("customer.city", "Customer city."),
  writeOnlyText("customer.postalCode", "Customer postal code."),
  writeOnlyText("customer.state", "Customer state."),
  { name: "customer.sex", class: "writeOnly", kind: "enum", enumValues: ["M", "F"], description: "Customer gender, M or F." },
  writeOnlyText("customer.phone", "Customer phone."),
  writeOnlyText("customer.mobile", "Customer mobile."),
  writeOnlyText("customer.email", "Customer e-mail."),
  writeOnlyText("customer.email2", "Customer second e-mail."),
  writeOnlyText("customer.docId", "Customer identity document number."),
  {
    name: "customer.docType",
    class: "writeOnly",
    kind: "enum",
    enumValues: DOC_TYPES,
    description: "Identity document type: idCard, passport or driversLicense.",
  },
  writeOnlyText("customer.companyName", "Customer company name."),
  writeOnlyText("customer.businessName", "Customer business name."),
  writeOnlyText("card.name", "Name on the payment card.", true),
  {
    name: "card.type",
    class: "writeOnly",
    kind: "enum",
    sensitive: true,
    enumValues: CARD_TYPES,
    description: "Card type: visa, mastercard, discover, amex, or the server's number for others.",
  },
  writeOnlyText("card.number", "Card number.", true),
  writeOnlyText("card.password", "Card password.", true),
  writeOnlyText("card.expMonth", "Card expiry month.", true),
  writeOnlyText("card.expYear", "Card expiry year.", true),
  writeOnlyText("card.cvv2", "Card CVV2.", true),
] as const satisfies readonly Definition[];

/** The model path of an account field. */
export type AccountFieldName = (typeof FIELD_DEFINITIONS)[number]["name"];
