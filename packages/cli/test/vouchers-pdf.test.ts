// `hotspot vouchers print --out cards.pdf` as a user runs it against an emulator process: the PDF
// is rasterized with pdftoppm and every QR code decoded with zbarimg must be the login URL of a
// member of the batch, each member exactly once. The request log says how the batch was read.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { LOGIN_URL, loginUrlOf, membersOf, PREPAID, scratchDirs, TICKETS, VIP, appliedCheckout } from "./vouchers-fixture.js";
import { decodeQrCodes, missingTools, rasterize, rasterizeCards } from "./vouchers-tools.js";

const PASSPHRASE = "Vouchers-Pdf-Pass-3e9a";
const skip = missingTools(["pdftoppm", "zbarimg"]);
const suite = emulatorSuite(PASSPHRASE);
const work = appliedCheckout(suite, { tickets: 23, vip: 3, prepaid: 4 });
const run = (args: string[]) => suite.run(work.dir, args);
const scratch = scratchDirs();

/** The QR texts of a PDF's cards in the checkout, read from the pixels of each card (`perCard` codes on each). */
function qrTextsOf(pdf: string, cards: number, layout: { paper?: "a4" | "letter"; perPage?: number } = {}, perCard = 1): string[] {
  const dir = scratch();
  rasterizeCards(join(work.dir, pdf), dir, cards, layout);
  const texts = decodeQrCodes(dir);
  expect(texts, `${perCard} QR code(s) per card`).toHaveLength(cards * perCard);
  return texts;
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

    // getaccountlist once, then one viewaccount per member of this batch (the emulator lists
    // usernames only): none for the other batches' members, and nothing written. Read before
    // the cards are rasterized: seconds in which the emulator may close an idle keep-alive
    // connection just as the next request goes out on it.
    const log = await suite.emu.log(seq);
    const commands = log.map((e) => e.command);
    expect(commands.filter((c) => c === "getaccountlist")).toHaveLength(1);
    const viewed = log.filter((e) => e.command === "viewaccount").map((e) => e.params.account);
    expect(viewed.sort()).toEqual(members);
    expect(commands.filter((c) => !["getaccountlist", "getpriceplans", "viewaccount"].includes(c))).toEqual([]);
    // Two codes on each card: joining "Conf Guest", and logging in with the card's code.
    const decoded = qrTextsOf("cards.pdf", 23, {}, 2);
    expect(decoded.sort()).toEqual([...members.map((m) => loginUrlOf(m)), ...Array(23).fill("WIFI:S:Conf Guest;T:nopass;;")].sort());
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
    expect(qrTextsOf("prepaid.pdf", 4, { paper: "letter", perPage: 2 }).sort()).toEqual([...passwords].map(([u, p]) => loginUrlOf(u, p)).sort());
    for (const p of passwords.values()) expect(`${r.stdout}${r.stderr}`).not.toContain(p);
  });

  it("--unused leaves out members that logged in or used time", async () => {
    const members = await membersOf(suite.emu.api, TICKETS);
    const used = members[4]!;
    expect(await suite.emu.api("loginaccount", { account: used, ip: "10.0.0.9", mac: "00:11:22:33:44:55" })).toContain("SUCCESS");
    const r = await run(["vouchers", "print", "--batch", TICKETS, "--unused", "--out", "unused.pdf", "--login-url", LOGIN_URL]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 22 voucher cards");
    expect(qrTextsOf("unused.pdf", 22).sort()).toEqual(members.filter((m) => m !== used).map((m) => loginUrlOf(m)).sort());
  });

  it("--ssid alone puts the Wi-Fi join code on every card; the fonts are embedded", async () => {
    const r = await run(["vouchers", "print", "--batch", VIP, "--out", "vip.pdf", "--ssid", 'Conf;Guest "5G"']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 3 voucher cards on 1 sheet to vip.pdf");
    expect(qrTextsOf("vip.pdf", 3)).toEqual(Array(3).fill('WIFI:S:Conf\\;Guest \\"5G\\";T:nopass;;'));
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

  it("--logo draws a PNG or an SVG on every card, and the QR codes still read", async () => {
    // A PNG to use: a sheet of cards, as pdftoppm draws it.
    expect((await run(["vouchers", "print", "--batch", VIP, "--out", "for-logo.pdf", "--ssid", "Conf"])).code).toBe(0);
    const pngDir = scratch();
    rasterize(join(work.dir, "for-logo.pdf"), pngDir);
    writeFileSync(join(work.dir, "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" rx="4" fill="#0a6"/></svg>');
    const png = join(pngDir, readdirSync(pngDir)[0]!);
    for (const [logo, out] of [[png, "logo-png.pdf"], ["logo.svg", "logo-svg.pdf"]] as const) {
      const r = await run(["vouchers", "print", "--batch", VIP, "--out", out, "--logo", logo, "--title", "Conf", "--login-url", LOGIN_URL]);
      expect(r.code, r.stderr).toBe(0);
      expect(qrTextsOf(out, 3).sort()).toEqual((await membersOf(suite.emu.api, VIP)).map((m) => loginUrlOf(m)));
    }
    expect(readFileSync(join(work.dir, "logo-png.pdf"), "latin1")).toMatch(/\/Subtype \/Image/);
    // The SVG's green is on the page: pixels of the first sheet, as a PPM (pdftoppm's default).
    const ppmDir = scratch();
    execFileSync("pdftoppm", ["-r", "30", "-f", "1", "-l", "1", join(work.dir, "logo-svg.pdf"), join(ppmDir, "p")]);
    const ppm = readFileSync(join(ppmDir, readdirSync(ppmDir)[0]!));
    const [, width, height] = /^P6\s+(\d+)\s+(\d+)/.exec(ppm.toString("latin1", 0, 20))!;
    const pixels = ppm.subarray(ppm.length - 3 * Number(width) * Number(height));
    let green = 0;
    for (let i = 0; i < pixels.length; i += 3) if (pixels[i]! < 40 && pixels[i + 1]! > 140 && pixels[i + 2]! > 70 && pixels[i + 2]! < 140) green++;
    expect(green).toBeGreaterThan(20);
  });
});
