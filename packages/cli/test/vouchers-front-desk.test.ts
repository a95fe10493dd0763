// `hotspot vouchers print` as a hotel front desk uses it: with the server's passphrase only (no
// staff password), printing the unused tickets of a batch; a used one and one online now are left
// out, and the stderr line says so. The cards are read as a guest would: pdftotext for the words,
// zbarimg for the QR codes.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} references are YAML text here
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { LOGIN_URL, membersOf, scratchDirs } from "./vouchers-fixture.js";
import { decodeQrCodes, missingTools, rasterizeCards } from "./vouchers-tools.js";

const PASSPHRASE = "Vouchers-Desk-Pass-6d21";
const skip = missingTools(["pdftoppm", "pdftotext", "zbarimg"]);
const suite = emulatorSuite(PASSPHRASE);
const scratch = scratchDirs();
const BATCH = "fd-guest-";
const STAFF = { PW_RECEPTION: "Reception-Secret-9" };

const CONFIG = [
  "version: 1",
  "ownership:",
  '  prefixes: ["fd-", "staff-"]',
  "pricePlans:",
  '  day: { description: "1 Day" }',
  "accounts:",
  '  - { username: staff-reception, plan: day, password: "${env:PW_RECEPTION}" }',
  "batches:",
  `  - { prefix: ${BATCH}, count: 5, plan: day, type: ticket, length: 15, timeLeft: 1d, quota: 2GB, expires: 2027-03-19T20:00 }`,
  "",
].join("\n");

let dir = "";
let members: string[] = [];
/** The member that logged in and out (used), and the one logged in now (online). */
let used = "";
let online = "";

beforeAll(async () => {
  dir = suite.checkout();
  writeFileSync(join(dir, "hotspot.yaml"), CONFIG);
  const applied = await suite.run(dir, ["apply", "--auto-approve"], STAFF);
  expect(applied.code, applied.stderr).toBe(0);
  members = await membersOf(suite.emu.api, BATCH);
  [used, online] = [members[1]!, members[3]!];
  expect(await suite.emu.api("loginaccount", { account: used, ip: "10.0.0.7", mac: "00:11:22:33:44:07" })).toContain("SUCCESS");
  expect(await suite.emu.api("logoutaccount", { account: used })).toContain("SUCCESS");
  expect(await suite.emu.api("loginaccount", { account: online, ip: "10.0.0.8", mac: "00:11:22:33:44:08" })).toContain("SUCCESS");
}, 120_000);


describe.skipIf(skip)("vouchers print at a front desk", { timeout: 240_000 }, () => {
  it("needs only the server: staff passwords unset, the unused tickets are printed; used and online ones are left out and counted", async () => {
    const r = await suite.run(dir, ["vouchers", "print", "--batch", BATCH, "--out", "desk.pdf", "--ssid", "Miramar Guest", "--login-url", LOGIN_URL], { PW_RECEPTION: undefined });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 3 voucher cards on 1 sheet to desk.pdf (PDF, mode 0600); left out 1 used (--all prints them) and 1 online now\n");
    const cut = scratch();
    rasterizeCards(join(dir, "desk.pdf"), cut, 3);
    const texts = decodeQrCodes(cut).join("\n");
    for (const m of members) expect(texts.includes(m), m).toBe(m !== used && m !== online);
  });

  it("--all prints used members too, marked used; one online now never", async () => {
    const r = await suite.run(dir, ["vouchers", "print", "--batch", BATCH, "--all", "--out", "all.pdf", "--ssid", "Miramar Guest"], { PW_RECEPTION: undefined });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 4 voucher cards on 1 sheet to all.pdf (PDF, mode 0600); left out 1 online now\n");
  });
});
