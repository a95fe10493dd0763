// The configuration the voucher tests apply to their emulator: two ticket batches and prepaid
// vouchers with generated passwords.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import type { emulatorSuite } from "./harness.js";

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
      `  - { prefix: ${TICKETS}, count: ${counts.tickets}, plan: day, type: ticket, length: 13, expires: 2099-03-19T20:00 }`,
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

/** LOGIN_URL filled in for a card, as the QR code must say. */
export const loginUrlOf = (username: string, password = "") =>
  `http://portal.example/login?u=${encodeURIComponent(username)}&p=${encodeURIComponent(password)}`;

/** Folders for pixels and browser profiles, removed after the file's tests. */
export function scratchDirs(): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), "hotspot-vouchers-"));
    dirs.push(d);
    return d;
  };
}

/** A checkout of the suite's emulator with the voucher configuration applied, before the file's tests. */
export function appliedCheckout(suite: ReturnType<typeof emulatorSuite>, counts: Parameters<typeof writeVoucherConfig>[1]): { dir: string } {
  const work = { dir: "" };
  beforeAll(async () => {
    work.dir = suite.checkout();
    writeVoucherConfig(work.dir, counts);
    const applied = await suite.run(work.dir, ["apply", "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
  }, 120_000);
  return work;
}
