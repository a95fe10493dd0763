// docs/cards.png is the reference sheet of voucher cards: one A4 page of a hotel's tickets as
// `hotspot vouchers print --batch GUEST- --all` prints them from the YAML's `cards:` (one card
// used, marked so), rasterized by pdftoppm. Ticket codes are random and rasterizers differ between
// machines, so the committed PNG is not compared by pixels: it carries (in a PNG text chunk) a hash
// of what the sheet is made from (the renderer's sources, its fonts' versions, this file), and its
// QR codes must decode to this configuration's. HOTSPOT_UPDATE_REFERENCE=1 rewrites it.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { emulatorSuite, REPO_ROOT } from "./harness.js";
import { membersOf, scratchDirs } from "./vouchers-fixture.js";
import { decodeQrCodes, missingTools, rasterizeCards } from "./vouchers-tools.js";

const PASSPHRASE = "Cards-Reference-Pass-2f4c";
const skip = missingTools(["pdftoppm", "zbarimg"]);
const suite = emulatorSuite(PASSPHRASE, ["--clock", "2099-03-12 09:00:00"]);
const scratch = scratchDirs();
const REFERENCE = join(REPO_ROOT, "docs/cards.png");
const KEY = "hotspot-iac-cards-source";
const LOGIN = "http://login.miramar.example/login?username=";
const JOIN = "WIFI:S:Miramar Guest;T:nopass;;";

const CONFIG = `version: 1
ownership:
  prefixes: ["GUEST-"]
pricePlans:
  day: { description: "1 Day" }
batches:
  - { prefix: GUEST-, count: 10, plan: day, type: ticket, length: 12, timeLeft: 1d, quota: 5GB, expires: 2099-03-19T12:00 }
cards:
  title: "Hotel Miramar — Guest Wi-Fi"
  network: Miramar Guest
  loginUrl: "http://login.miramar.example/login?username={username}"
  logo: logo.svg
`;

/** A hotel's mark: a sun over the sea, in the card's accent colour. */
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="23" fill="#1f4e79"/><circle cx="24" cy="21" r="8" fill="#f2b134"/><path d="M6 30c4-3 8-3 12 0s8 3 12 0 8-3 12 0v4c-4-3-8-3-12 0s-8 3-12 0-8-3-12 0z" fill="#fff"/><path d="M9 37c4-3 7-3 11 0s8 3 12 0 6-2 8-1c-3 5-9 9-16 9S12 41 9 37z" fill="#fff"/></svg>`;

/**
 * What the sheet looks like is made from: the layout, words, faces and drawing of a card (not
 * which members are read), the versions of the packages it depends on (fonts included), this test.
 */
const LOOKS = ["card.ts", "card-layout.ts", "card-strings.ts", "fonts.ts", "layout.ts", "logo.ts", "measure.ts", "qr.ts", "render-pdf.ts"];

function sourceHash(): string {
  const h = createHash("sha256");
  const vouchers = join(REPO_ROOT, "packages/vouchers");
  for (const f of LOOKS) h.update(f).update(readFileSync(join(vouchers, "src", f)));
  // The fonts' and renderers' versions, not the package's own: a release does not change a card.
  const { dependencies } = JSON.parse(readFileSync(join(vouchers, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  h.update(JSON.stringify(dependencies));
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  return h.digest("hex").slice(0, 32);
}

/** The PNG with a tEXt chunk `key=value` inserted after its header chunk. */
function withText(png: Buffer, key: string, value: string): Buffer {
  const data = Buffer.from(`${key}\0${value}`, "latin1");
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write("tEXt", 4, "latin1");
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const afterHeader = 8 + 25; // signature, then IHDR (13 bytes of data)
  return Buffer.concat([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)]);
}

function textOf(png: Buffer, key: string): string | undefined {
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "tEXt") {
      const [k, v] = png.toString("latin1", at + 8, at + 8 + length).split("\0");
      if (k === key) return v;
    }
    at += 12 + length;
  }
  return undefined;
}

describe.skipIf(skip)("the reference sheet of voucher cards", { timeout: 180_000 }, () => {
  it("docs/cards.png is what the CLI prints now (the hash of what a card's look is made from), and its QR codes read", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), CONFIG);
    writeFileSync(join(dir, "logo.svg"), LOGO);
    const applied = await suite.run(dir, ["apply", "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    const members = await membersOf(suite.emu.api, "GUEST-");
    expect(await suite.emu.api("loginaccount", { account: members[2]!, ip: "10.0.0.5", mac: "00:11:22:33:44:05" })).toContain("SUCCESS");
    expect(await suite.emu.api("logoutaccount", { account: members[2]! })).toContain("SUCCESS");
    const r = await suite.run(dir, ["vouchers", "print", "--batch", "GUEST-", "--all", "--out", "cards.pdf"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 10 voucher cards on 1 sheet to cards.pdf");

    // The sheet as made now reads: two codes on each of the 10 cards (each card cut out, as a phone sees one).
    const cut = scratch();
    rasterizeCards(join(dir, "cards.pdf"), cut, 10);
    const fresh = decodeQrCodes(cut);
    expect(fresh.filter((t) => t === JOIN)).toHaveLength(10);
    expect(fresh.filter((t) => t.startsWith(LOGIN)).sort()).toEqual(members.map((m) => `${LOGIN}${m}`).sort());
    const out = scratch();
    execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", join(dir, "cards.pdf"), join(out, "cards")]);
    const sheet = withText(readFileSync(join(out, "cards.png")), KEY, sourceHash());

    if (process.env.HOTSPOT_UPDATE_REFERENCE === "1") writeFileSync(REFERENCE, sheet);
    const committed = readFileSync(REFERENCE);
    expect(textOf(committed, KEY), "docs/cards.png is stale: run with HOTSPOT_UPDATE_REFERENCE=1").toBe(sourceHash());
    const docs = scratch();
    writeFileSync(join(docs, "cards.png"), committed);
    // zbar, given a whole sheet of codes in rows, may miss one: what it reads must be this sheet's.
    const decoded = decodeQrCodes(docs);
    expect(decoded.length).toBeGreaterThanOrEqual(10);
    for (const t of decoded) expect(t).toMatch(/^(WIFI:S:Miramar Guest;T:nopass;;|http:\/\/login\.miramar\.example\/login\?username=GUEST-\w+)$/);
  });
});
