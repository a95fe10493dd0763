// Table-driven decoding of one flat record element (<Account>, <PricePlan>, <Session>, ...).
// Names are matched case-insensitively; a missing element leaves the field undefined; an element
// we do not know, or whose value we cannot read, is kept verbatim in `extra` rather than failing.

import { parseFlag, parseInteger, parseNumber } from "../values.js";
import { parseWallClock } from "../wall-clock.js";
import type { XmlElement } from "../xml.js";

export type FieldType = "string" | "integer" | "number" | "flag" | "date";

/** lower-case element name → [field name, type] */
export type FieldTable = Readonly<Record<string, readonly [string, FieldType]>>;

/**
 * A copy of the text that does not keep the whole answer alive: V8 substrings (what the XML
 * parser hands out) reference their parent string, so 100,000 kept accounts would each hold their
 * full viewaccount answer (~90 MB). Short strings are copied by V8 already.
 */
const detach = (t: string): string => (t.length < 13 ? t : Buffer.from(t, "utf8").toString("utf8"));

const PARSERS: Record<FieldType, (text: string) => unknown> = {
  string: detach,
  integer: parseInteger,
  number: parseNumber,
  flag: parseFlag,
  date: parseWallClock,
};

export interface DecodedRecord {
  fields: Record<string, unknown>;
  extra?: Record<string, string>;
}

type Spec = readonly [string, FieldType] | undefined;

/**
 * Per table, the spec of each element name as the server spells it: a server repeats the same
 * names in every record, so each is lower-cased and looked up once. Bounded: a server inventing
 * names makes the lookup slower, never the memory larger.
 */
const SPECS = new WeakMap<FieldTable, Map<string, Spec>>();
const MAX_NAMES = 512;

function specOf(table: FieldTable, name: string): Spec {
  let byName = SPECS.get(table);
  if (!byName) SPECS.set(table, (byName = new Map()));
  if (byName.has(name)) return byName.get(name);
  const key = name.toLowerCase();
  const spec = Object.hasOwn(table, key) ? table[key] : undefined;
  if (byName.size < MAX_NAMES) byName.set(name, spec);
  return spec;
}

export function decodeRecord(el: XmlElement, table: FieldTable): DecodedRecord {
  const fields: Record<string, unknown> = {};
  let extra: Record<string, string> | undefined;
  // Element names come from the server: own keys only, no prototype (`<constructor>` is just an
  // unknown element, `<__proto__>` a key).
  const keep = (name: string, text: string) => {
    extra ??= Object.create(null) as Record<string, string>;
    if (!Object.hasOwn(extra, name)) extra[name] = detach(text);
  };
  for (const child of el.children) {
    const spec = specOf(table, child.name);
    if (!spec) {
      keep(child.name, child.text);
      continue;
    }
    const [field, type] = spec;
    if (field in fields) continue; // first occurrence wins
    let value: unknown;
    try {
      value = PARSERS[type](child.text);
    } catch {
      keep(child.name, child.text);
      continue;
    }
    if (value !== undefined) fields[field] = value;
  }
  // Spread into a fresh object: properties added one by one under computed names leave V8 a
  // dictionary-mode object (~2 KB for an account) where a copy has a fixed shape (~0.3 KB).
  return extra ? { fields: { ...fields }, extra } : { fields: { ...fields } };
}
