// Scalar wire formats other than dates: flags, whole numbers, money. Parsers are tolerant of what
// a real server may vary (case, surrounding blanks, a decimal comma) and throw RangeError on
// anything they cannot read; formatters validate before anything is sent.

/** `True`/`False` (any case) or `1`/`0` → boolean; undefined for empty text. */
export function parseFlag(text: string): boolean | undefined {
  // The spellings servers send, decided without copying the text.
  if (text === "True" || text === "1") return true;
  if (text === "False" || text === "0") return false;
  const t = text.trim().toLowerCase();
  if (t === "") return undefined;
  if (t === "true" || t === "1" || t === "-1" || t === "yes") return true;
  if (t === "false" || t === "0" || t === "no") return false;
  throw new RangeError(`not a flag: ${JSON.stringify(text)}`);
}

/** A decimal number (a decimal comma is accepted); undefined for empty text. */
export function parseNumber(text: string): number | undefined {
  if (isDigits(text)) return Number(text);
  const t = text.trim();
  if (t === "") return undefined;
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(t)) throw new RangeError(`not a number: ${JSON.stringify(text)}`);
  return Number(t.replace(",", "."));
}

/** 1 to 15 ASCII digits: a number as servers send it, read exactly by Number(). */
function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A whole number; undefined for empty text. */
export function parseInteger(text: string): number | undefined {
  const n = parseNumber(text);
  if (n !== undefined && !Number.isInteger(n)) throw new RangeError(`not a whole number: ${JSON.stringify(text)}`);
  return n;
}

/** boolean → `1` / `0`. */
export function formatFlag(value: boolean): string {
  return value ? "1" : "0";
}

/** A non-negative whole number (seconds, bytes, ids, counts) → decimal text. */
export function formatCount(value: number, what: string): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number ≥ 0, got ${value}`);
  }
  return String(value);
}

/** Money → `0.00`. */
export function formatMoney(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite amount, got ${value}`);
  return value.toFixed(2);
}
