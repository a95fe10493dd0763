// Terraform decodes every object we send against the schema: each attribute
// must be present (null when absent) and nothing else may be there. Write-only
// attributes are always null: their values never leave the configuration.
import { isUnknown, type ObjectValue, type Value } from "../values/value.js";
import type { Schema } from "./schema.js";
import type { TfType } from "./types.js";

export function conformObject(schema: Schema, value: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const [name, attr] of Object.entries(schema.attributes)) out[name] = attr.writeOnly ? null : conform(attr.type, value[name] ?? null);
  return out;
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
