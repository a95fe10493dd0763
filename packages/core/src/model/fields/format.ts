// A field's value written in its unit, by the field's kind: plans and import write the YAML's form,
// the provider and the constructs the Terraform attribute form, `human` the rounded form. The caller
// chooses the form; the rules live here and in the unit modules underneath (units.ts, and
// human-units.ts, which operator listings and voucher cards call directly for server counters that
// are no declared field: time left, sessions, statistics).

import type { ValueKind } from "./definitions.js";
import { humanDuration, humanRate, humanSize } from "../human-units.js";
import { type Expiry, formatDuration, formatExpiry, formatRate, formatSize, UNLIMITED } from "../units.js";

/**
 * - `yaml`: the exact text the YAML parsers read back (`2h30m`, `5GB`, `1Mbit`, `12.50`).
 * - `attribute`: the same text, but numbers stay numbers where Terraform's type is number (money).
 * - `human`: rounded for reading (`1.5 GB`, `1 Mbit/s`), never parsed back.
 */
export type ValueForm = "yaml" | "attribute" | "human";

export type FormattedValue = string | number | boolean;

type NumberFormats = Record<"seconds" | "bytes" | "rate", (n: number) => string>;

const EXACT: NumberFormats = { seconds: formatDuration, bytes: formatSize, rate: formatRate };
const FORMATS: Record<ValueForm, NumberFormats> = {
  yaml: EXACT,
  attribute: EXACT,
  human: { seconds: (s) => humanDuration(s), bytes: humanSize, rate: humanRate },
};

const plain = (value: unknown): FormattedValue =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : String(value);

/**
 * A model value (seconds, bytes, bytes per second, an Expiry) or a comparable one (live values
 * read back) in the chosen form. `unlimited` stays `unlimited`; a rate of 0 is no limit. A price
 * plan reference is returned as it is: what names a plan (its key, its id, the server's name) is
 * the caller's to choose.
 */
export function formatValue(kind: ValueKind, value: unknown, form: ValueForm = "yaml"): FormattedValue {
  if (value === UNLIMITED) return UNLIMITED;
  switch (kind) {
    case "seconds":
    case "bytes":
      return typeof value === "number" ? FORMATS[form][kind](value) : plain(value);
    case "rate":
      if (typeof value !== "number") return plain(value);
      return value === 0 ? UNLIMITED : FORMATS[form].rate(value);
    case "money":
      return typeof value === "number" && form !== "attribute" ? value.toFixed(2) : plain(value);
    case "expiry":
      return typeof value === "object" && value !== null ? formatExpiry(value as Expiry) : plain(value);
    default:
      return plain(value);
  }
}
