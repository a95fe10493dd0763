// Terraform decodes every object we send against the schema: each attribute
// must be present (null when absent) and nothing else may be there. Write-only
// attributes are always null, nested children included: their values never leave the configuration.
import { isUnknown, type ObjectValue, type Value } from "../values/value.js";
import type { Attribute, Schema } from "./schema.js";
import type { TfType } from "./types.js";

export function conformObject(schema: Schema, value: ObjectValue): ObjectValue {
  return conformAttributes(schema.attributes, value);
}

function conformAttributes(attributes: { [name: string]: Attribute }, value: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, attr] of Object.entries(attributes)) out[name] = conformAttribute(attr, value[name] ?? null);
  return out;
}

function conformAttribute(attr: Attribute, v: Value): Value {
  if (attr.writeOnly) return null;
  if (!attr.nested) return conform(attr.type, v);
  if (v === null || isUnknown(v) || typeof v !== "object" || Array.isArray(v)) return v;
  return conformAttributes(attr.nested, v as ObjectValue);
}

export function conform(type: TfType, v: Value): Value {
  if (v === null || isUnknown(v)) return v;
  if (type === "string") return typeof v === "string" ? v : String(v);
  if (type === "bool") return typeof v === "boolean" ? v : v === "true";
  if (type === "number") return v;
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") return Array.isArray(v) ? v.map((x) => conform(inner, x)) : v;
  if (kind === "map") {
    if (typeof v !== "object" || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, conform(inner, x)]));
  }
  if (typeof v !== "object" || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(inner).map(([k, t]) => [k, conform(t, (v as ObjectValue)[k] ?? null)]));
}
