// Deterministic names for imported YAML: account order, password environment variables and price
// plan keys. Everything here depends only on its input (no locale, no clock), so the same server
// always imports to the same bytes.

/**
 * Natural order: digit runs compare as numbers, so CONF-2 sorts before CONF-10. Ties (e.g. "a01"
 * vs "a1") fall back to code-unit order, so the order is total and locale-independent.
 */
export function compareUsernames(a: string, b: string): number {
  const ca = chunks(a);
  const cb = chunks(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    const xd = /^\d/.test(x);
    const yd = /^\d/.test(y);
    if (xd && yd) {
      const d = compareDigits(x, y);
      if (d !== 0) return d;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function chunks(text: string): string[] {
  return text.match(/\d+|\D+/g) ?? [];
}

/** Compares digit strings by numeric value without Number overflow. */
function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, "");
  const b = y.replace(/^0+(?=\d)/, "");
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const PASSWORD_ENV_PREFIX = "HOTSPOT_PW_";

/** `staff-alice` → `STAFF_ALICE`: upper case, every run of other characters one underscore. */
function normaliseForEnv(username: string): string {
  const base = username
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return base || "ACCOUNT";
}

/**
 * Environment variable names for the passwords of `usernames` (given in output order). Two names
 * that normalise alike (`staff-a`, `staff.a`) get `_2`, `_3`... in that order, so every account has
 * its own variable and the mapping is stable.
 */
export function passwordEnvNames(usernames: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const username of usernames) {
    const base = PASSWORD_ENV_PREFIX + normaliseForEnv(username);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    out.set(username, name);
  }
  return out;
}

/** `1 Day` → `1-day`, `Hotel room (week)` → `hotel-room-week`: a readable YAML key. */
export function pricePlanKey(description: string, id: number): string {
  const slug = description
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || `plan-${id}`;
}
