// Random ticket codes and passwords, as a real server makes them (not seeded: nothing may depend
// on their values; fault injection has its own seeded generator).
import { randomBytes } from "node:crypto";

const CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** Unbiased picks from one buffer of random bytes (bytes past the last whole multiple are skipped). */
function pick(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= limit) continue;
      out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** Uppercase alphanumerics, as seen in ticket codes (`AFD75023-6YN8DN`). */
export const randomCode = (length: number): string => pick(CODE_ALPHABET, length);

/** Lowercase letters and digits without look-alikes (l, o, 0, 1). */
export const randomPassword = (length: number): string => pick(PASSWORD_ALPHABET, length);
