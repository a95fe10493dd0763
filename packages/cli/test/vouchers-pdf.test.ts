// `hotspot vouchers print --out cards.pdf` as a user runs it against an emulator process: the PDF
// is rasterized with pdftoppm and every QR code decoded with zbarimg must be the login URL of a
// member of the batch, each member exactly once. The request log says how the batch was read.
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { LOGIN_URL, loginUrlOf, membersOf, PREPAID, scratchDirs, TICKETS, VIP, appliedCheckout } from "./vouchers-fixture.js";
import { decodeQrCodes, missingTools, rasterize } from "./vouchers-tools.js";

const PASSPHRASE = "Vouchers-Pdf-Pass-3e9a";
const skip = missingTools(["pdftoppm", "zbarimg"]);
const suite = emulatorSuite(PASSPHRASE);
const work = appliedCheckout(suite, { tickets: 23, vip: 3, prepaid: 4 });
const run = (args: string[]) => suite.run(work.dir, args);
const scratch = scratchDirs();

/** The QR texts of a PDF in the checkout, read from its pixels. */
function qrTextsOf(pdf: string): string[] {
  const dir = scratch();
  rasterize(join(work.dir, pdf), dir);
  return decodeQrCodes(dir);
}

describe.skipIf(skip)("vouchers print to PDF", { timeout: 240_000 }, () => {
  it("every QR code on the printed cards is a member's login URL, each member once; the batch is read as plan reads it", async () => {
    const members = await membersOf(suite.emu.api, TICKETS);
    expect(members).toHaveLength(23);
    const seq = await suite.emu.lastSeq();
    const r = await run(["vouchers", "print", "--batch", TICKETS, "--out", "cards.pdf", "--login-url", LOGIN_URL, "--ssid", "Conf Guest", "--title", "Conf 2027"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Wrote 23 voucher cards on 3 sheets to cards.pdf");
    expect(statSync(join(work.dir, "cards.pdf")).mode & 0o777).toBe(0o600);

    const decoded = qrTextsOf("cards.pdf");
    expect(decoded.sort()).toEqual(members.map((m) => loginUrlOf(m)).sort());

    // getaccountlist once, then one viewaccount per member of this batch (the emulator lists
    // usernames only): none for the other batches' members, and nothing written.
    const log = await suite.emu.log(seq);
    const commands = log.map((e) => e.command);
    expect(commands.filter((c) => c === "getaccountlist")).toHaveLength(1);
    const viewed = log.filter((e) => e.command === "viewaccount").map((e) => e.params.account);
    expect(viewed.sort()).toEqual(members);
    expect(commands.filter((c) => !["getaccountlist", "getpriceplans", "viewaccount"].includes(c))).toEqual([]);
  });

  it("prints each prepaid voucher's password in its QR code, and never on stdout or stderr", async () => {
    const r = await run(["vouchers", "print", "--batch", PREPAID, "--out", "prepaid.pdf", "--login-url", LOGIN_URL, "--paper", "letter", "--per-page", "2"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 4 voucher cards on 2 sheets to prepaid.pdf");
    const passwords = new Map<string, string>();
    for (const name of await membersOf(suite.emu.api, PREPAID)) {
      const xml = await suite.emu.api("viewaccount", { account: name });
      passwords.set(name, /<Password>([^<]*)<\/Password>/.exec(xml)![1]!);
    }
    expect([...passwords.values()].every((p) => p.length === 8)).toBe(true);
    expect(qrTextsOf("prepaid.pdf").sort()).toEqual([...passwords].map(([u, p]) => loginUrlOf(u, p)).sort());
    for (const p of passwords.values()) expect(`${r.stdout}${r.stderr}`).not.toContain(p);
  });

  it("--unused leaves out members that logged in or used time", async () => {
    const members = await membersOf(suite.emu.api, TICKETS);
    const used = members[4]!;
    expect(await suite.emu.api("loginaccount", { account: used, ip: "10.0.0.9", mac: "00:11:22:33:44:55" })).toContain("SUCCESS");
    const r = await run(["vouchers", "print", "--batch", TICKETS, "--unused", "--out", "unused.pdf", "--login-url", LOGIN_URL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 22 voucher cards");
    expect(qrTextsOf("unused.pdf").sort()).toEqual(members.filter((m) => m !== used).map((m) => loginUrlOf(m)).sort());
  });

  it("--ssid alone puts the Wi-Fi join code on every card; the fonts are embedded", async () => {
    const r = await run(["vouchers", "print", "--batch", VIP, "--out", "vip.pdf", "--ssid", 'Conf;Guest "5G"']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 3 voucher cards on 1 sheet to vip.pdf");
    expect(qrTextsOf("vip.pdf")).toEqual(Array(3).fill('WIFI:S:Conf\\;Guest \\"5G\\";T:nopass;;'));
    // The code is in the PDF's text (pdftotext would show it); the font is embedded, not referenced.
    const pdf = readFileSync(join(work.dir, "vip.pdf"), "latin1");
    expect(pdf).toMatch(/\/FontFile2 /);
    expect(pdf).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it("rewrites an existing file as a new 0600 file, whatever the old one's mode", async () => {
    const path = join(work.dir, "old.pdf");
    writeFileSync(path, "stale", { mode: 0o644 });
    const r = await run(["vouchers", "print", "--batch", VIP, "--out", "old.pdf", "--ssid", "Conf"]);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, "latin1").startsWith("%PDF-")).toBe(true);
  });
});
