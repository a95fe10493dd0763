// Seeding: N numbered accounts with generateaccounts in chunks of the emulator's per-call cap
// (MAX_GENERATE, 10,000), the same password for all (the configuration declares it through one
// ${env:...} reference), price plan 1. 100,000 accounts take 10 requests.
import { MAX_GENERATE } from "@hotspot-iac/emulator";
import { request } from "undici";

export interface SeedSpec {
  url: string;
  passphrase: string;
  prefix: string;
  count: number;
  /** First number: accounts are prefix + start, prefix + start + 1, ... */
  start?: number;
  planId: number;
  /** Shared password; undefined lets the server generate one per account. */
  password?: string;
}

export async function seedAccounts(s: SeedSpec): Promise<{ requests: number; ms: number }> {
  const started = performance.now();
  let requests = 0;
  const first = s.start ?? 1;
  for (let done = 0; done < s.count; done += MAX_GENERATE) {
    const number = Math.min(MAX_GENERATE, s.count - done);
    const q = new URLSearchParams({
      // With number=1, `account` is the username itself, not a prefix.
      account: number === 1 ? `${s.prefix}${first + done}` : s.prefix,
      number: String(number),
      startnumber: String(first + done),
      priceplan: String(s.planId),
      ...(s.password ? { password: s.password } : {}),
      pass: s.passphrase,
    });
    const res = await request(`${s.url}/generateaccounts?${q.toString().replace(/\+/g, "%20")}`, {
      headersTimeout: 300_000,
      bodyTimeout: 300_000,
    });
    const text = await res.body.text();
    requests++;
    if (res.statusCode !== 200 || text.includes("ERROR")) {
      throw new Error(`seeding ${s.prefix}${first + done}..: ${text.slice(0, 300)}`);
    }
  }
  return { requests, ms: performance.now() - started };
}
