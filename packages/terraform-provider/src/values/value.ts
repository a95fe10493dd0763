// Terraform values as this provider sees them after decoding a DynamicValue.
// Numbers stay exact: small integers are JS numbers, 64-bit ones bigint,
// and numbers terraform could not send exactly arrive as decimal strings.

/** A value terraform does not know yet (msgpack extension 0, or a refined unknown, ext 12). */
export class Unknown {
  static readonly instance = new Unknown();
  // A private member makes the class nominal: plain objects are not Unknown.
  private readonly unknownBrand = true;
  get isUnknown(): boolean {
    return this.unknownBrand;
  }
  private constructor() {}
  toString() {
    return "(known after apply)";
  }
}
export const unknown = Unknown.instance;

export type TfNumber = number | bigint | string;
export type Value = null | Unknown | string | boolean | TfNumber | Value[] | { [key: string]: Value };
export type ObjectValue = { [key: string]: Value };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;

/** True when the value, or anything inside it, is unknown. */
export function containsUnknown(v: Value): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}

/** Structural equality of two decoded values; numbers compare by value. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (isUnknown(a) || isUnknown(b)) return a === b;
  if (a === null || b === null) return a === b;
  if (isNumber(a) && isNumber(b)) return numberKey(a) === numberKey(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => valuesEqual(x, b[i] as Value));
  }
  if (typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && valuesEqual(a[k] as Value, b[k] as Value));
  }
  return a === b;
}

function isNumber(v: Value): v is TfNumber {
  return typeof v === "number" || typeof v === "bigint";
}

/** A canonical decimal text for exact number comparison. */
export function numberKey(n: TfNumber): string {
  if (typeof n === "bigint") return n.toString();
  if (typeof n === "number") return Number.isInteger(n) && !Number.isSafeInteger(n) ? BigInt(n).toString() : String(n);
  return n;
}
