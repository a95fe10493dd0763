// ip / mac parameters of loginaccount and logoutaccount.
import { isIP } from "node:net";
import type { Params } from "./params.js";
import { fail } from "./errors.js";

const MAC = /^[0-9A-F]{2}([:-])[0-9A-F]{2}(\1[0-9A-F]{2}){4}$/i;

export function ipParam(p: Params): string | undefined {
  const v = p.str("ip")?.trim();
  if (!v) return undefined;
  return isIP(v) ? v : fail("invalid parameter ip");
}

/** MAC addresses are compared in one form: uppercase, colon-separated. */
export function macParam(p: Params): string | undefined {
  const v = p.str("mac")?.trim();
  if (!v) return undefined;
  return MAC.test(v) ? v.toUpperCase().replace(/-/g, ":") : fail("invalid parameter mac");
}
