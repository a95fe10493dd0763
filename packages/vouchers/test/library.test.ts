// The library as a program uses it: printVouchers / readBatchCards against a real emulator over
// HTTP (its request log is the witness of what was read), and the CDKTF example's script run as
// its README says, on outputs in the shape `terraform output -json` writes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HotSpotClient, parseConfig } from "@hotspot-iac/core";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { apply, plan } from "@hotspot-iac/sync";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import PDFDocument from "pdfkit";
import { layoutCard } from "../src/card-layout.js";
import { cardStrings } from "../src/card-strings.js";
import { VoucherError } from "../src/errors.js";
import { fontBytes } from "../src/fonts.js";
import { grid, printVouchers } from "../src/index.js";
import { logoAspect, readLogo } from "../src/logo.js";
import { readBatchCards } from "../src/members.js";

const PASSPHRASE = "vouchers-lib-pass-2c";
const CONFIG = parseConfig(
  [
    "version: 1",
    "ownership:",
    '  prefixes: ["lib-"]',
    "pricePlans:",
    '  day: { description: "1 Day" }',
    "batches:",
    "  - { prefix: lib-card-, count: 12, startNumber: 1, plan: day, passwordLength: 6, timeLeft: 3h, quota: 1GB, expires: 2099-03-19T20:00 }",
    "  - { prefix: lib-other-, count: 2, startNumber: 1, plan: day }",
  ].join("\n"),
  "hotspot.yaml",
);
const dir = mkdtempSync(join(tmpdir(), "hotspot-vouchers-lib-"));
const running: Array<{ emu: Emulator; client: HotSpotClient }> = [];
afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.client.close();
    await r.emu.stop();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An emulator holding the configuration's batches, applied by the engine. */
async function server(listFields: "username" | "full") {
  const emu = await startEmulator({ port: 0, passphrase: PASSPHRASE, listFields });
  const client = new HotSpotClient({ url: emu.url, passphrase: PASSPHRASE });
  running.push({ emu, client });
  const statePath = join(dir, `state-${running.length}.json`);
  const planned = await plan({ config: CONFIG, client, serverUrl: emu.url, passphrase: PASSPHRASE, statePath });
  const applied = await apply({ planned, client });
  expect(applied.ok).toBe(true);
  emu.clearLog();
  return { emu, client, source: { config: CONFIG, client, serverUrl: emu.url, statePath, batch: "lib-card-" } };
}

describe("readBatchCards", () => {
  it("reads the batch as plan does: the list, then a view of each member only (the list names usernames only)", async () => {
    const { emu, source } = await server("username");
    const { cards } = await readBatchCards(source);
    expect(cards.map((c) => c.username)).toEqual(Array.from({ length: 12 }, (_, i) => `lib-card-${i + 1}`));
    expect(cards[0]).toMatchObject({ plan: "1 Day", gives: "3h · 1 GB", expires: "2099-03-19 20:00" });
    expect(cards.every((c) => c.password?.length === 6)).toBe(true);
    const log = emu.requestLog();
    expect(log.filter((e) => e.command === "viewaccount").map((e) => e.params.account).sort()).toEqual(cards.map((c) => c.username).sort());
    expect(log.filter((e) => e.command === "getaccountlist")).toHaveLength(1);
  });

  it("sends no viewaccount where the list carries every field a card shows", async () => {
    const { emu, source } = await server("full");
    const { cards } = await readBatchCards(source);
    expect(cards).toHaveLength(12);
    expect(emu.requestLog().map((e) => e.command).sort()).toEqual(["getaccountlist", "getpriceplans"]);
  });

  it("fails clearly on a batch the configuration does not declare", async () => {
    const { source } = await server("username");
    await expect(readBatchCards({ ...source, batch: "lib-nope-" })).rejects.toThrow(new VoucherError('no batch with prefix "lib-nope-" in the configuration (batches: lib-card-, lib-other-)'));
  });
});

describe("printVouchers", () => {
  it("writes the cards to the format the extension names, mode 0600, and says how many", async () => {
    const { source } = await server("username");
    const csv = await printVouchers({ source, out: join(dir, "lib.csv"), ssid: "Lib" });
    expect(csv).toEqual({ path: join(dir, "lib.csv"), format: "csv", cards: 12, pages: 0, left: { used: 0, online: 0 } });
    expect(statSync(csv.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(csv.path, "utf8").split("\r\n")[1]).toMatch(/^lib-card-1,\w{6},1 Day,3h · 1 GB,2099-03-19 20:00,Lib,WIFI:S:Lib;T:nopass;;$/);
    const pdf = await printVouchers({ source, out: join(dir, "lib.pdf"), perPage: 8, paper: "letter" });
    expect(pdf).toMatchObject({ format: "pdf", cards: 12, pages: 2 });
    expect(readFileSync(pdf.path, "latin1")).toMatch(/\/MediaBox \[0 0 612 792\]/);
  });
});

describe("the CDKTF example's print-vouchers script", () => {
  it("prints the stack's voucher output as `terraform output -json` writes it", () => {
    const example = fileURLToPath(new URL("../../../examples/cdktf-event", import.meta.url));
    const outputs = join(dir, "outputs.json");
    writeFileSync(
      outputs,
      JSON.stringify({
        devconf_vouchers: { sensitive: true, type: ["list", "string"], value: ["DEVCONF2027-B7K2Q9", "DEVCONF2027-0OIL1X"] },
        "staff-alice_username": { sensitive: false, type: "string", value: "staff-alice" },
      }),
    );
    const out = join(dir, "devconf.csv");
    const r = spawnSync(process.execPath, ["--import", "tsx", "print-vouchers.ts", outputs, out], { cwd: example, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Wrote 2 vouchers on 0 sheets to ${out}`);
    expect(readFileSync(out, "utf8").split("\r\n").slice(1, 3)).toEqual([
      "DEVCONF2027-0OIL1X,,,,,DevConf,http://login.devconf.example/login?username=DEVCONF2027-0OIL1X",
      "DEVCONF2027-B7K2Q9,,,,,DevConf,http://login.devconf.example/login?username=DEVCONF2027-B7K2Q9",
    ]);
  });
});

describe("the code's typeface", () => {
  it("tells 0 from O (a dotted zero: an inner contour) and 1, l and I apart (three different outlines)", () => {
    // The font file as pdfkit embeds it; fontkit (pdfkit's) reads the outlines.
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    doc.registerFont("mono", Buffer.from(fontBytes("mono")));
    doc.font("mono");
    const font = (doc as unknown as { _font: { font: { glyphForCodePoint(c: number): { path: { commands: Array<{ command: string }>; toSVG(): string } } } } })._font.font;
    const glyph = (c: string) => font.glyphForCodePoint(c.codePointAt(0)!).path;
    const contours = (c: string) => glyph(c).commands.filter((p) => p.command === "moveTo").length;
    expect(contours("O")).toBe(2);
    expect(contours("0")).toBe(3);
    expect(new Set(["1", "l", "I"].map((c) => glyph(c).toSVG())).size).toBe(3);
  });
});

describe("layoutCard", () => {
  it("refuses a code too long for the card without showing it (a refusal goes to stderr): its length, and what to do", () => {
    const code = `lib-${"X".repeat(60)}`;
    const opts = { grid: grid("a4", 10), strings: cardStrings("en"), language: "en", ssid: "Lib", logo: undefined };
    let message = "";
    try {
      layoutCard({ username: code, password: "Secret-Pw-91" }, opts);
    } catch (err) {
      expect(err).toBeInstanceOf(VoucherError);
      message = (err as Error).message;
    }
    expect(message).toContain("the code (64 characters) does not fit on the card: at 6 pt, the smallest size printed");
    expect(message).toContain("print fewer cards per page");
    expect(message).not.toContain(code);
    // Four to a page, one column: wide enough.
    expect(layoutCard({ username: code, password: "Secret-Pw-91" }, { ...opts, grid: grid("a4", 4) }).some((op) => op.kind === "text" && op.text === code)).toBe(true);
  });
});

describe("readLogo", () => {
  it("tells PNG, JPEG and SVG by content, with their proportions; refuses anything else with its reason", () => {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(png);
    png.writeUInt32BE(300, 16);
    png.writeUInt32BE(100, 20);
    // SOI, an APP0 segment, then a start-of-frame with height 50 and width 200.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 200, 1, 1, 0x11, 0]);
    const files: Record<string, Buffer | string> = {
      "a.png": png,
      "b.jpg": jpeg,
      "c.svg": '<?xml version="1.0"?>\n<!-- mark -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"/>',
      "d.gif": "GIF89a....",
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    expect([readLogo(join(dir, "a.png")), readLogo(join(dir, "b.jpg")), readLogo(join(dir, "c.svg"))].map((l) => [l.type, logoAspect(l)])).toEqual([
      ["png", 3],
      ["jpeg", 4],
      ["svg", 2],
    ]);
    expect(() => readLogo(join(dir, "d.gif"), "--logo d.gif")).toThrow(new VoucherError("--logo d.gif: neither a PNG, a JPEG nor an SVG image"));
    expect(() => readLogo(dir, "--logo DIR")).toThrow("--logo DIR: a folder, not an image file (a PNG, JPEG or SVG file, at most 1 MiB)");
    expect(() => readLogo("/dev/zero", "--logo /dev/zero")).toThrow("--logo /dev/zero: a device, not an image file");
    execFileSync("mkfifo", [join(dir, "fifo")]);
    expect(() => readLogo(join(dir, "fifo"), "--logo fifo")).toThrow("--logo fifo: a FIFO, not an image file");
  });
});
