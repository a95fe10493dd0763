// The configuration the voucher tests apply to their emulator: two ticket batches and prepaid
// vouchers with generated passwords.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

export const TICKETS = "vc-tix-";
export const VIP = "vc-vip-";
export const PREPAID = "vc-pre-";
export const LOGIN_URL = "http://portal.example/login?u={username}&p={password}";

export function writeVoucherConfig(dir: string, counts: { tickets: number; vip: number; prepaid: number }): void {
  writeFileSync(
    join(dir, "hotspot.yaml"),
    [
      "version: 1",
      "ownership:",
      '  prefixes: ["vc-"]',
      "pricePlans:",
      '  day: { description: "1 Day" }',
      "batches:",
      `  - { prefix: ${TICKETS}, count: ${counts.tickets}, plan: day, type: ticket, length: 13, expires: 2027-03-19T20:00 }`,
      `  - { prefix: ${VIP}, count: ${counts.vip}, plan: day, type: ticket, length: 12 }`,
      `  - { prefix: ${PREPAID}, count: ${counts.prepaid}, plan: day, passwordLength: 8, quota: 2GB }`,
      "",
    ].join("\n"),
  );
}

/** Usernames on the server that start with `prefix`, sorted. */
export async function membersOf(api: (c: string, p: Record<string, string>) => Promise<string>, prefix: string): Promise<string[]> {
  const xml = await api("getaccountlist", {});
  const names = [...xml.matchAll(/<Username>([^<]*)<\/Username>/g)].map((m) => m[1]!);
  return names.filter((n) => n.startsWith(prefix)).sort();
}
