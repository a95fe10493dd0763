// Random ticket codes and passwords, as a real server makes them (not seeded: nothing may depend
// on their values; fault injection has its own seeded generator).
import { randomInt } from "node:crypto";

const CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

function pick(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Uppercase alphanumerics, as seen in ticket codes (`AFD75023-6YN8DN`). */
export const randomCode = (length: number): string => pick(CODE_ALPHABET, length);

/** Lowercase letters and digits without look-alikes (l, o, 0, 1). */
export const randomPassword = (length: number): string => pick(PASSWORD_ALPHABET, length);
