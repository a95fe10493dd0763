// Typed access to a command's query parameters. Each getter validates the wire format of
// the API's command reference and fails with `invalid parameter NAME` so nothing is changed by a bad request.
import { parseYmd, parseYmdHm } from "../server-time.js";
import { fail } from "./errors.js";

const INT = /^\d+$/;
const MONEY = /^-?\d+(\.\d{1,2})?$/;
/** Largest integer the server plausibly stores (32-bit signed, like its database columns). */
const MAX_INT = 2_147_483_647;
/** Quotas and byte counts are 64-bit on the server; stay within exact JS integers. */
const MAX_BYTES = Number.MAX_SAFE_INTEGER;

export class Params {
  /** Parameter names lowercased (a Windows server is tolerant of case); the first value wins. */
  private readonly values = new Map<string, string>();

  constructor(search: URLSearchParams) {
    for (const [k, v] of search) {
      const key = k.toLowerCase();
      if (!this.values.has(key)) this.values.set(key, v);
    }
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  entries(): [string, string][] {
    return [...this.values.entries()];
  }

  str(name: string): string | undefined {
    return this.values.get(name);
  }

  /** An account name: required, 1-128 characters, no control characters. */
  account(name = "account"): string {
    const v = this.values.get(name);
    if (v === undefined || v === "") return fail(`missing parameter ${name}`);
    return checkAccountName(v, name);
  }

  optionalAccount(name = "account"): string | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === "") return undefined;
    return checkAccountName(v, name);
  }

  int(name: string, opts: { min?: number; max?: number; bytes?: boolean } = {}): number | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === "") return undefined;
    if (!INT.test(v.trim())) return fail(`invalid parameter ${name}`);
    const n = Number(v.trim());
    const max = opts.max ?? (opts.bytes ? MAX_BYTES : MAX_INT);
    if (!Number.isSafeInteger(n) || n < (opts.min ?? 0) || n > max) return fail(`invalid parameter ${name}`);
    return n;
  }

  /** A 0/1 flag. */
  flag(name: string): boolean | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === "") return undefined;
    if (v.trim() === "1") return true;
    if (v.trim() === "0") return false;
    return fail(`invalid parameter ${name}`);
  }

  /** Money `0.00` → cents. */
  money(name: string): number | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === "") return undefined;
    if (!MONEY.test(v.trim())) return fail(`invalid parameter ${name}`);
    const cents = Math.round(Number(v.trim()) * 100);
    if (!Number.isSafeInteger(cents)) return fail(`invalid parameter ${name}`);
    return cents;
  }

  /** `YYYYMMDD` → ms at 00:00:00 server time. */
  date(name: string): number | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === "") return undefined;
    return parseYmd(v.trim()) ?? fail(`invalid parameter ${name}`);
  }

  /** `YYYYMMDDHHMM` → ms server time. */
  dateTime(name: string): number | undefined {
    const v = this.values.get(name);
    if (v === undefined || v === "") return undefined;
    return parseYmdHm(v.trim()) ?? fail(`invalid parameter ${name}`);
  }

  /** Free text stored on the account (customer fields): bounded, no control characters. */
  text(name: string, maxLength = 255): string | undefined {
    const v = this.values.get(name);
    if (v === undefined) return undefined;
    if (v.length > maxLength || /[\u0000-\u001F\u007F]/.test(v)) return fail(`invalid parameter ${name}`);
    return v;
  }
}

function checkAccountName(v: string, name: string): string {
  if (v.length > 128 || /[\u0000-\u001F\u007F\uFFFE\uFFFF]/.test(v)) return fail(`invalid parameter ${name}`);
  return v;
}
