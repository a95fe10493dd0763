// The HTML preview and the CSV as a person would use them: headless chromium prints the HTML to
// PDF (the browser's own print path, @page included) whose cards decode with zbarimg, and renders
// it to a screenshot whose QR codes decode too; the CSV has one row per member.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { LOGIN_URL, loginUrlOf, membersOf, PREPAID, scratchDirs, TICKETS, appliedCheckout } from "./vouchers-fixture.js";
import { browserPdf, decodeQrCodes, missingTools, rasterizeCards, screenshot } from "./vouchers-tools.js";

const PASSPHRASE = "Vouchers-Html-Pass-81c0";
const skip = missingTools(["chromium", "zbarimg", "pdftoppm"]);
const suite = emulatorSuite(PASSPHRASE);
const work = appliedCheckout(suite, { tickets: 12, vip: 1, prepaid: 3 });
const run = (args: string[]) => suite.run(work.dir, args);
const tmp = scratchDirs();

describe.skipIf(skip)("vouchers print to HTML and CSV", { timeout: 240_000 }, () => {
  it("the HTML printed by chromium has every member's QR code readable on its cards", async () => {
    const members = await membersOf(suite.emu.api, TICKETS);
    const r = await run(["vouchers", "print", "--batch", TICKETS, "--out", "cards.html", "--login-url", LOGIN_URL, "--ssid", "Conf <Guest>", "--title", "Conf & Co"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Wrote 12 voucher cards on 2 sheets to cards.html");
    const html = join(work.dir, "cards.html");
    expect(statSync(html).mode & 0o777).toBe(0o600);
    const text = readFileSync(html, "utf8");
    // Self-contained: nothing to fetch; what came from the options is escaped.
    expect(text).not.toMatch(/(src|href)="https?:/);
    expect(text).toContain(">Conf &lt;Guest&gt;</span>");
    expect(text).toContain("Conf &amp; Co");
    expect(text).toMatch(/@page\{size:A4;margin:0\}/);

    // Printed by the browser (its own print path, @page included), then each card cut out along
    // the grid the PDF uses: the same places on the same paper.
    const printed = tmp();
    browserPdf(html, join(printed, "printed.pdf"), tmp());
    const cards = tmp();
    rasterizeCards(join(printed, "printed.pdf"), cards, 12);
    const decoded = decodeQrCodes(cards);
    expect(decoded).toHaveLength(24);
    expect(decoded.sort()).toEqual([...members.map((m) => loginUrlOf(m)), ...Array(12).fill("WIFI:S:Conf <Guest>;T:nopass;;")].sort());
  });

  it("on screen: a screenshot of the HTML shows each card's QR code readable (passwords in them)", async () => {
    // One card per sheet: zbar reads a screenshot as a whole, and misses codes aligned in rows.
    const r = await run(["vouchers", "print", "--batch", PREPAID, "--out", "screen.html", "--login-url", LOGIN_URL, "--per-page", "1"]);
    expect(r.code, r.stderr).toBe(0);
    const expected: string[] = [];
    for (const name of await membersOf(suite.emu.api, PREPAID)) {
      const xml = await suite.emu.api("viewaccount", { account: name });
      expected.push(loginUrlOf(name, /<Password>([^<]*)<\/Password>/.exec(xml)![1]!));
    }
    const shots = tmp();
    // Three A4 sheets one under the other at 96 px per inch, with the screen view's gaps.
    screenshot(join(work.dir, "screen.html"), join(shots, "screen.png"), tmp(), [900, 3500]);
    expect(decodeQrCodes(shots).sort()).toEqual(expected.sort());
  });

  it("the CSV has a header and one row per member, passwords included, in natural order", async () => {
    const r = await run(["vouchers", "print", "--batch", PREPAID, "--out", "cards.csv", "--ssid", "Conf"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Wrote 3 voucher cards to cards.csv (CSV, mode 0600)");
    const rows = readFileSync(join(work.dir, "cards.csv"), "utf8").trimEnd().split("\r\n");
    expect(rows[0]).toBe("username,password,plan,gives,expires,network,qr");
    const members = await membersOf(suite.emu.api, PREPAID);
    expect(rows.slice(1).map((row) => row.split(",")[0])).toEqual(members);
    for (const row of rows.slice(1)) {
      const [username, password, plan, gives, , network, qr] = row.split(",");
      const xml = await suite.emu.api("viewaccount", { account: username! });
      expect(password).toBe(/<Password>([^<]*)<\/Password>/.exec(xml)![1]);
      expect([plan, gives, network, qr]).toEqual(["1 Day", "1d · 2 GB", "Conf", "WIFI:S:Conf;T:nopass;;"]);
    }
  });
});
