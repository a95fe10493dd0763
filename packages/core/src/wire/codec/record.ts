// Table-driven decoding of one flat record element (<Account>, <PricePlan>, <Session>, ...).
// Names are matched case-insensitively; a missing element leaves the field undefined; an element
// we do not know, or whose value we cannot read, is kept verbatim in `extra` rather than failing.

import { parseFlag, parseInteger, parseNumber } from "../values.js";
import { parseWallClock } from "../wall-clock.js";
import type { XmlElement } from "../xml.js";

export type FieldType = "string" | "integer" | "number" | "flag" | "date";

/** lower-case element name → [field name, type] */
export type FieldTable = Readonly<Record<string, readonly [string, FieldType]>>;

const PARSERS: Record<FieldType, (text: string) => unknown> = {
  string: (t) => t,
  integer: parseInteger,
  number: parseNumber,
  flag: parseFlag,
  date: parseWallClock,
};

export interface DecodedRecord {
  fields: Record<string, unknown>;
  extra?: Record<string, string>;
}

export function decodeRecord(el: XmlElement, table: FieldTable): DecodedRecord {
  const fields: Record<string, unknown> = {};
  let extra: Record<string, string> | undefined;
  const keep = (name: string, text: string) => {
    extra ??= {};
    if (!(name in extra)) extra[name] = text;
  };
  for (const child of el.children) {
    const spec = table[child.name.toLowerCase()];
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
  return extra ? { fields, extra } : { fields };
}
