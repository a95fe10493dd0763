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
 * names, in the same order, in every record, so each is lower-cased and looked up once, and a
 * name equal to the one at the same place in the previous record is not even hashed (each answer's
 * names are new strings). Bounded: a server inventing names makes the lookup slower, never the
 * memory larger.
 */
interface Specs {
  byName: Map<string, Spec>;
  /** The previous record's element names and their specs, by position. */
  names: string[];
  specs: Spec[];
}
const SPECS = new WeakMap<FieldTable, Specs>();
const MAX_NAMES = 512;

function specsOf(table: FieldTable): Specs {
  let s = SPECS.get(table);
  if (!s) SPECS.set(table, (s = { byName: new Map(), names: [], specs: [] }));
  return s;
}

// Names are kept detached: a name sliced from a 75 MB list must not keep the list alive.
function specOf(table: FieldTable, specs: Specs, name: string, at: number): Spec {
  if (specs.names[at] === name) return specs.specs[at];
  let spec: Spec;
  if (specs.byName.has(name)) spec = specs.byName.get(name);
  else {
    const key = name.toLowerCase();
    spec = Object.hasOwn(table, key) ? table[key] : undefined;
    if (specs.byName.size < MAX_NAMES) specs.byName.set(detach(name), spec);
  }
  if (at < MAX_NAMES) {
    specs.names[at] = detach(name);
    specs.specs[at] = spec;
  }
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
  const specs = specsOf(table);
  for (let at = 0; at < el.children.length; at++) {
    const child = el.children[at]!;
    const spec = specOf(table, specs, child.name, at);
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
