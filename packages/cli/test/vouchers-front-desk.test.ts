// `hotspot vouchers print` as a hotel front desk uses it: the card settings live in the YAML
// (`cards:`), so `--batch` is the only flag; only the server's passphrase is set (no staff
// password); the unused tickets are printed, a used one and one online now are left out and the
// stderr line says so. The cards are read as a guest would: pdftotext for the words, zbarimg for
// the QR codes of each card, the PDF as written and the HTML as chromium prints it.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} references are YAML text here
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { membersOf, scratchDirs } from "./vouchers-fixture.js";
import { browserPdf, cardTexts, decodeQrCodesPerImage, missingTools, pdfText, rasterizeCards } from "./vouchers-tools.js";

const PASSPHRASE = "Vouchers-Desk-Pass-6d21";
const skip = missingTools(["pdftoppm", "pdftotext", "zbarimg", "chromium"]);
const suite = emulatorSuite(PASSPHRASE);
const scratch = scratchDirs();
const BATCH = "fd-guest-";
const STAFF = { PW_RECEPTION: "Reception-Secret-9" };
const TITLE = "Hotel Miramar — Guest Wi-Fi";
const NETWORK = "Miramar Guest";
const LOGIN = "http://login.miramar.example/login?username={username}";
const JOIN = `WIFI:S:${NETWORK};T:nopass;;`;
const loginOf = (code: string) => `http://login.miramar.example/login?username=${encodeURIComponent(code)}`;
const STEPS = ["Connect to the Wi-Fi network Miramar Guest", "Open a web browser: the login page appears", "Enter the code above to log in"];

const CONFIG = [
  "version: 1",
  "ownership:",
  '  prefixes: ["fd-", "staff-"]',
  "pricePlans:",
  '  day: { description: "1 Day" }',
  "accounts:",
  '  - { username: staff-reception, plan: day, password: "${env:PW_RECEPTION}" }',
  "batches:",
  `  - { prefix: ${BATCH}, count: 5, plan: day, type: ticket, length: 15, timeLeft: 1d, quota: 2GB, expires: 2099-03-19T20:00 }`,
  "cards:",
  `  title: "${TITLE}"`,
  `  network: ${NETWORK}`,
  `  loginUrl: "${LOGIN}"`,
  "",
].join("\n");

let dir = "";
let members: string[] = [];
/** The member that logged in and out (used), and the one logged in now (online). */
let used = "";
let online = "";
const frontDesk = (args: string[], env: Record<string, string | undefined> = {}) =>
  suite.run(dir, ["vouchers", "print", "--batch", BATCH, ...args], { PW_RECEPTION: undefined, ...env });

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

/**
 * Each card of a PDF read on its own: both QR codes decode, the join code is the network's and
 * the login code carries a code; returns the codes the cards log in with.
 */
function codesOnCards(pdf: string, cards: number): string[] {
  const cut = scratch();
  rasterizeCards(pdf, cut, cards);
  const codes: string[] = [];
  for (const [file, texts] of decodeQrCodesPerImage(cut)) {
    expect(texts, `${file}: two QR codes`).toHaveLength(2);
    expect(texts, file).toContain(JOIN);
    const login = texts.find((t) => t !== JOIN)!;
    const code = new URL(login).searchParams.get("username")!;
    expect(login).toBe(loginOf(code));
    codes.push(code);
  }
  expect(codes).toHaveLength(cards);
  return codes.sort();
}

/** What a guest reads on the printed sheet: the title in full, the network, the steps. */
function readsAsAGuest(text: string, cards: number): void {
  const flat = text.replace(/\s+/g, " ");
  expect(flat.split(TITLE).length - 1, "the full title on every card").toBe(cards);
  for (const step of STEPS) expect(flat.split(step).length - 1, step).toBe(cards);
  expect(flat).toContain(`WI-FI ${NETWORK}`);
  expect(flat).toContain("1 Join the Wi-Fi");
  expect(flat).toContain("2 Log in");
  expect(flat).toContain("Plan 1 Day · Time 1d · Data 2 GB");
  expect(flat).toContain("Valid until 2099-03-19 20:00");
}

describe.skipIf(skip)("vouchers print at a front desk", { timeout: 240_000 }, () => {
  it("PDF: --batch alone, staff passwords unset; unused cards only, each with both QR codes, the words a guest needs", async () => {
    const r = await frontDesk(["--out", "desk.pdf"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 3 voucher cards on 1 sheet to desk.pdf (PDF, mode 0600); left out 1 used (--all prints them) and 1 online now\n");
    const pdf = join(dir, "desk.pdf");
    expect(codesOnCards(pdf, 3)).toEqual(members.filter((m) => m !== used && m !== online));
    const text = pdfText(pdf);
    readsAsAGuest(text, 3);
    expect(text).not.toContain(used);
    expect(text).not.toContain(online);
  });

  it("HTML: printed by chromium, the same words and both QR codes on every card", async () => {
    const r = await frontDesk(["--out", "desk.html"]);
    expect(r.code, r.stderr).toBe(0);
    const printed = join(scratch(), "printed.pdf");
    browserPdf(join(dir, "desk.html"), printed, scratch());
    expect(codesOnCards(printed, 3)).toEqual(members.filter((m) => m !== used && m !== online));
    readsAsAGuest(pdfText(printed), 3);
  });

  it("--all prints used members too, marked used; one online now never", async () => {
    const r = await frontDesk(["--all", "--out", "all.pdf"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 4 voucher cards on 1 sheet to all.pdf (PDF, mode 0600); left out 1 online now\n");
    expect(codesOnCards(join(dir, "all.pdf"), 4)).toEqual(members.filter((m) => m !== online));
    const cards = cardTexts(join(dir, "all.pdf"), 4);
    expect(cards.filter((t) => t.includes("USED")), "one card says used: the used member's").toEqual(cards.filter((t) => t.includes(used)));
    expect(cards.filter((t) => t.includes(used))).toHaveLength(1);
  });

  it("--language de: the built-in German words; a flag overrides the YAML", async () => {
    const r = await frontDesk(["--language", "de", "--title", "Hotel Miramar", "--out", "de.pdf"]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(join(dir, "de.pdf")).replace(/\s+/g, " ");
    expect(text).toContain("Mit dem WLAN Miramar Guest verbinden");
    expect(text).toContain("Einen Browser öffnen: die Anmeldeseite erscheint");
    expect(text).toContain("1 WLAN verbinden");
    expect(text).toContain("2 Anmelden");
    expect(text).toContain("Gültig bis 2099-03-19 20:00");
    expect(text).not.toContain(TITLE);
  });

  it("every string can be replaced in the YAML; a batch's cards: win over the site's, key by key", async () => {
    const yaml = CONFIG.replace("expires: 2099-03-19T20:00 }", 'expires: 2099-03-19T20:00, cards: { title: "Pool Bar", labels: { login: "Sign in" } } }').concat(
      "  instructions: { browse: Open Safari or Chrome }\n",
      "  labels: { join: Scan to join, login: Log on }\n",
    );
    writeFileSync(join(dir, "hotspot.yaml"), yaml);
    try {
      const r = await frontDesk(["--out", "words.pdf"]);
      expect(r.code, r.stderr).toBe(0);
      const text = pdfText(join(dir, "words.pdf")).replace(/\s+/g, " ");
      for (const words of ["Pool Bar", "Open Safari or Chrome", "1 Scan to join", "2 Sign in", "WI-FI Miramar Guest", STEPS[0]!]) expect(text).toContain(words);
      for (const words of [TITLE, "Log on", STEPS[1]!]) expect(text).not.toContain(words);
    } finally {
      writeFileSync(join(dir, "hotspot.yaml"), CONFIG);
    }
  });

  it("a title longer than its box shrinks and is printed in full, in the PDF and in the HTML", async () => {
    const longer = "Hotel Miramar — Guest Wi-Fi · Playa de Palma";
    for (const out of ["shrunk.pdf", "shrunk.html"]) {
      const r = await frontDesk(["--title", longer, "--out", out]);
      expect(r.code, r.stderr).toBe(0);
    }
    const printed = join(scratch(), "shrunk-html.pdf");
    browserPdf(join(dir, "shrunk.html"), printed, scratch());
    for (const pdf of [join(dir, "shrunk.pdf"), printed]) {
      for (const card of cardTexts(pdf, 3)) expect(card.replace(/\s+/g, " "), pdf).toContain(longer);
    }
  });

  it("a title too long to fit at the smallest size is refused, naming the limit; nothing is written", async () => {
    const long = `${TITLE} and Conference Centre by the Sea, Playa de Palma`;
    for (const out of ["long.pdf", "long.html"]) {
      const r = await frontDesk(["--title", long, "--out", out]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`the title ${JSON.stringify(long)} does not fit on the card: at 7 pt, the smallest size printed`);
      expect(existsSync(join(dir, out))).toBe(false);
    }
  });

  it("a logo that is not a small regular image file is refused at once: /dev/zero, a FIFO, 1 MiB + 1", async () => {
    execFileSync("mkfifo", [join(dir, "logo.fifo")]);
    writeFileSync(join(dir, "big.png"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1024 * 1024 - 7)]));
    const cases: Array<[string, string]> = [
      ["/dev/zero", "--logo /dev/zero: a device, not an image file (a PNG, JPEG or SVG file, at most 1 MiB)"],
      ["logo.fifo", "--logo logo.fifo: a FIFO, not an image file (a PNG, JPEG or SVG file, at most 1 MiB)"],
      ["big.png", "--logo big.png: 1048577 bytes: a logo is at most 1 MiB"],
    ];
    const before = await suite.emu.lastSeq();
    for (const [logo, message] of cases) {
      const r = await frontDesk(["--logo", logo, "--out", "logo.pdf"]);
      expect(r.code, logo).toBe(1);
      expect(r.stderr).toContain(message);
      expect(existsSync(join(dir, "logo.pdf"))).toBe(false);
    }
    // The same from the YAML, named as it was written there.
    writeFileSync(join(dir, "hotspot.yaml"), CONFIG.replace("cards:\n", "cards:\n  logo: logo.fifo\n"));
    try {
      const r = await frontDesk(["--out", "logo.pdf"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cards.logo ${join(dir, "logo.fifo")}: a FIFO, not an image file`);
    } finally {
      writeFileSync(join(dir, "hotspot.yaml"), CONFIG);
    }
    expect(await suite.emu.log(before), "refused before the server is read").toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith(".logo.pdf"))).toEqual([]);
  });

  it("a reference printing reads (the card settings, the batch's) must be set; the message names it; another batch's is not read", async () => {
    writeFileSync(join(dir, "hotspot.yaml"), CONFIG.replace(`title: "${TITLE}"`, 'title: "${env:HOTEL_NAME}"'));
    try {
      const r = await frontDesk(["--out", "ref.pdf"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("cards/title: environment variable HOTEL_NAME is not set");
      expect(existsSync(join(dir, "ref.pdf"))).toBe(false);
      const set = await frontDesk(["--out", "ref.pdf"], { HOTEL_NAME: "Hotel Miramar" });
      expect(set.code, set.stderr).toBe(0);
      // Another batch's card settings are not read: unset there, they stop nothing.
      const other = CONFIG.replace("\ncards:\n", '\n  - { prefix: fd-pool-, count: 1, plan: day, cards: { title: "${env:POOL_NAME}" } }\ncards:\n');
      writeFileSync(join(dir, "hotspot.yaml"), other);
      const printed = await frontDesk(["--out", "other.pdf"]);
      expect(printed.code, printed.stderr).toBe(0);
      const pool = await suite.run(dir, ["vouchers", "print", "--batch", "fd-pool-", "--out", "pool.pdf"], { PW_RECEPTION: undefined });
      expect(pool.code).toBe(1);
      expect(pool.stderr).toContain("batches/fd-pool-/cards.title: environment variable POOL_NAME is not set");
    } finally {
      writeFileSync(join(dir, "hotspot.yaml"), CONFIG);
    }
  });
});
