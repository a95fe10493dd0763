// Validators of attribute values in the YAML model's own units: the same text in HCL as in the
// YAML files (`2h30m`, `5GB`, `1Mbit`, `unlimited`, `in 30d`), parsed by core's parseValue so
// both front ends agree.
import { type FieldLimit, parseMoney, parseValue, UNLIMITED, type ValueKind } from "@hotspot-iac/core";
import type { Validator } from "../schema/schema.js";
import type { Value } from "../values/value.js";

const EXAMPLES: Partial<Record<ValueKind, string>> = {
  seconds: "a duration such as `2h30m`, `30d`, `90s` or `unlimited`",
  bytes: "a size such as `500MB`, `5GB` or `unlimited`",
  rate: "a rate such as `1Mbit`, `512kbit` or `unlimited`",
  expiry: "`never`, a date `2026-12-31`, a date-time `2026-12-31T18:00` (server time) or `in 30d`",
};

export function unitValidator(kind: ValueKind): Validator | undefined {
  const expected = EXAMPLES[kind];
  if (!expected) return undefined;
  return (value, path, diags) => {
    if (typeof value === "string" && parseValue(kind, value) === undefined) {
      diags.error(`Invalid ${String(path[path.length - 1])}`, `"${value}" is not ${expected}.`, path);
    }
  };
}

export const moneyValidator: Validator = (value, path, diags) => {
  const n = typeof value === "bigint" ? Number(value) : value;
  if ((typeof n !== "number" && typeof n !== "string") || parseMoney(n) === undefined) {
    diags.error("Invalid money", "Expected a non-negative amount with at most two decimals, such as 12.50.", path);
  }
};

export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): Validator {
  return (value, path, diags) => {
    const n = typeof value === "bigint" ? Number(value) : typeof value === "string" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) {
      diags.error(`Invalid ${String(path[path.length - 1])}`, `Expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""}.`, path);
    }
  };
}

/**
 * The bounds core's catalogue gives a field (fields/limits.ts), in the attribute's form: a whole
 * number's range, a duration's most seconds, a text's length. None when the field has none.
 */
export function limitValidators(kind: ValueKind, limit: FieldLimit | undefined): Validator[] {
  if (!limit) return kind === "integer" ? [wholeNumber(0)] : [];
  if (kind === "integer") return [wholeNumber(limit.min ?? 0, limit.max)];
  const out: Validator[] = [];
  if (kind === "seconds" && limit.max !== undefined) {
    const max = limit.max;
    out.push((value, path, diags) => {
      if (typeof value !== "string") return;
      const s = parseValue("seconds", value);
      if (typeof s === "number" && s > max) diags.error(`Invalid ${String(path[path.length - 1])}`, `"${value}" is more than ${max}s; \`${UNLIMITED}\` means no limit.`, path);
    });
  }
  if (kind === "string" && (limit.maxLength !== undefined || limit.minLength !== undefined)) {
    const [min, max] = [limit.minLength ?? 0, limit.maxLength ?? Number.MAX_SAFE_INTEGER];
    out.push((value, path, diags) => {
      if (typeof value === "string" && (value.length < min || value.length > max)) {
        diags.error(`Invalid ${String(path[path.length - 1])}`, `Expected ${min} to ${max} characters; got ${value.length}.`, path);
      }
    });
  }
  return out;
}

export function oneOf(values: readonly string[]): Validator {
  return (value, path, diags) => {
    if (typeof value === "string" && !values.includes(value)) {
      diags.error(`Invalid ${String(path[path.length - 1])}`, `Expected one of ${values.map((v) => `"${v}"`).join(", ")}; got "${value}".`, path);
    }
  };
}

/** A number attribute as a JS number (terraform sends small integers as numbers, big ones as bigint). */
export function toNumber(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}
