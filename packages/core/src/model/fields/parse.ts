// A value's text in its unit → the model value: the inverse of formatValue's `yaml` and
// `attribute` forms, for front ends that take text outside the YAML (the provider's attributes).

import { parseDuration, parseExpiry, parseRate, parseSize, UNLIMITED } from "../units.js";
import type { ValueKind } from "./definitions.js";

const withUnlimited = (parse: (t: string) => number | undefined) => (t: string) => (t.trim() === UNLIMITED ? UNLIMITED : parse(t));

const PARSERS: Partial<Record<ValueKind, (text: string) => unknown>> = {
  seconds: withUnlimited(parseDuration),
  bytes: withUnlimited(parseSize),
  rate: withUnlimited(parseRate),
  expiry: parseExpiry,
};

/**
 * The model value of a text in the unit of its kind (`2h30m` → 9000, `unlimited`, `in 30d` → a
 * relative Expiry), or undefined when the text is not valid for it. Kinds without a unit
 * (text, enumerations) return the text itself.
 */
export function parseValue(kind: ValueKind, text: string): unknown {
  const parse = PARSERS[kind];
  return parse ? parse(text) : text;
}
