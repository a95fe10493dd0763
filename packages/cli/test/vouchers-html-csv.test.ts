// The HTML preview and the CSV as a person would use them: headless chromium renders the HTML to
// a screenshot whose QR codes zbarimg decodes, and prints it to PDF (the browser's own print
// path, @page included) whose pages decode too; the CSV has one row per member.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { LOGIN_URL, loginUrlOf, membersOf, PREPAID, scratchDirs, TICKETS, appliedCheckout } from "./vouchers-fixture.js";
import { browserPdf, decodeQrCodes, missingTools, rasterize, screenshot } from "./vouchers-tools.js";

const PASSPHRASE = "Vouchers-Html-Pass-81c0";
const skip = missingTools(["chromium", "zbarimg", "pdftoppm"]);
const suite = emulatorSuite(PASSPHRASE);
const work = appliedCheckout(suite, { tickets: 12, vip: 1, prepaid: 3 });
const run = (args: string[]) => suite.run(work.dir, args);
const tmp = scratchDirs();

describe.skipIf(skip)("vouchers print to HTML and CSV", { timeout: 240_000 }, () => {
  it("the HTML renders in chromium with every member's QR code readable, on screen and printed", async () => {
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
    expect(text).toContain("Wi-Fi: Conf &lt;Guest&gt;");
    expect(text).toContain("Conf &amp; Co");
    expect(text).toMatch(/@page\{size:A4;margin:0\}/);

    const shots = tmp();
    // Two A4 sheets one under the other at 96 px per inch, with the screen view's gaps.
    screenshot(html, join(shots, "screen.png"), tmp(), [900, 2400]);
    expect(decodeQrCodes(shots).sort()).toEqual(members.map((m) => loginUrlOf(m)).sort());

    const printed = tmp();
    browserPdf(html, join(printed, "printed.pdf"), tmp());
    const pages = tmp();
    rasterize(join(printed, "printed.pdf"), pages);
    expect(decodeQrCodes(pages).sort()).toEqual(members.map((m) => loginUrlOf(m)).sort());
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
      expect([plan, gives, network, qr]).toEqual(["1 Day", "1d · 2GB", "Conf", "WIFI:S:Conf;T:nopass;;"]);
    }
  });
});
