// The Debian tools the voucher tests read the cards with, as a person would: poppler's pdftoppm
// (PDF → pixels), zbar's zbarimg (pixels → QR texts), chromium (HTML → screenshot). Where one is
// missing the suite is skipped with a message saying which and how to install it; under CI=true
// (.ci/run installs them) a missing tool fails the suite instead.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { cardOrigin, grid, type Paper } from "@hotspot-iac/vouchers";

const PACKAGES: Record<string, string> = { pdftoppm: "poppler-utils", pdftotext: "poppler-utils", zbarimg: "zbar-tools", chromium: "chromium" };

const onPath = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" }).status === 0;

/** Undefined when every tool is there; otherwise why the suite skips. Throws under CI=true. */
export function missingTools(tools: string[]): string | undefined {
  const missing = tools.filter((t) => !onPath(t));
  if (missing.length === 0) return undefined;
  const why = `missing ${missing.join(", ")}: apt-get install ${missing.map((t) => PACKAGES[t] ?? t).join(" ")}`;
  if (process.env.CI === "true") throw new Error(`CI=true and the voucher tests cannot run: ${why}`);
  process.stderr.write(`skipping voucher rendering tests: ${why}\n`);
  return why;
}

/** Every QR code zbarimg finds in the PNG files of `dir`, one text per symbol. */
export function decodeQrCodes(dir: string): string[] {
  const images = readdirSync(dir)
    .filter((f) => f.endsWith(".png"))
    .map((f) => join(dir, f));
  const r = spawnSync("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", ...images], { encoding: "utf8" });
  // zbarimg exits 4 when an image holds no symbol: the caller's count says whether that is wrong.
  if (r.status !== 0 && r.status !== 4) throw new Error(`zbarimg failed (${r.status}): ${r.stderr}`);
  return r.stdout.split("\n").filter((l) => l !== "");
}

/** The QR codes of each PNG file of `dir` on its own (file name → texts): which code is on which card. */
export function decodeQrCodesPerImage(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".png")).sort()) {
    const r = spawnSync("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", join(dir, f)], { encoding: "utf8" });
    if (r.status !== 0 && r.status !== 4) throw new Error(`zbarimg failed (${r.status}): ${r.stderr}`);
    out.set(f, r.stdout.split("\n").filter((l) => l !== ""));
  }
  return out;
}

/** The text of a PDF as pdftotext reads it (reading order, no layout). */
export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
}

/** The text of each card of a PDF (cut along the card grid, as rasterizeCards does). */
export function cardTexts(pdf: string, cards: number, layout: { paper?: Paper; perPage?: number } = {}): string[] {
  const g = grid(layout.paper ?? "a4", layout.perPage ?? 10);
  const texts: string[] = [];
  for (let i = 0; i < cards; i++) {
    const { x, y } = cardOrigin(g, i);
    const page = String(Math.floor(i / g.perPage) + 1);
    const crop = ["-x", String(Math.floor(x)), "-y", String(Math.floor(y)), "-W", String(Math.floor(g.width)), "-H", String(Math.floor(g.height))];
    texts.push(execFileSync("pdftotext", ["-enc", "UTF-8", "-r", "72", "-f", page, "-l", page, ...crop, pdf, "-"], { encoding: "utf8" }));
  }
  return texts;
}

/** A PDF's pages as PNG files in `dir` (150 dpi: what a phone sees of a printed card, and more). */
export function rasterize(pdf: string, dir: string): void {
  execFileSync("pdftoppm", ["-r", "150", "-png", pdf, join(dir, "page")], { stdio: "pipe" });
}

/**
 * Every card of a PDF cut out along the card grid (as the crop marks show it) and rasterized on
 * its own, one PNG per card in `dir`: a phone scans one card at a time, and zbar, given a whole
 * sheet of codes aligned in rows, misses about one in thirty.
 */
export function rasterizeCards(pdf: string, dir: string, cards: number, layout: { paper?: Paper; perPage?: number } = {}): void {
  const g = grid(layout.paper ?? "a4", layout.perPage ?? 10);
  const px = (pt: number) => Math.floor((pt * 150) / 72);
  for (let i = 0; i < cards; i++) {
    const { x, y } = cardOrigin(g, i);
    const page = String(Math.floor(i / g.perPage) + 1);
    const crop = ["-x", String(px(x)), "-y", String(px(y)), "-W", String(px(g.width)), "-H", String(px(g.height))];
    execFileSync("pdftoppm", ["-r", "150", "-png", "-f", page, "-l", page, ...crop, "-singlefile", pdf, join(dir, `card-${i}`)], { stdio: "pipe" });
  }
}

/** Headless chromium on a local file: no network, no first-run work, a throwaway profile. */
function chromium(html: string, profile: string, args: string[]): void {
  execFileSync(
    "chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      ...args,
      `file://${html}`,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
}

/**
 * A screenshot of an HTML file at two device pixels per CSS pixel, as on a phone's or laptop's
 * screen: at one, a 4.7 px module sometimes rounds badly enough that zbar misses one symbol of twenty.
 */
export function screenshot(html: string, png: string, profile: string, size: [number, number]): void {
  chromium(html, profile, [`--window-size=${size[0]},${size[1]}`, "--force-device-scale-factor=2", `--screenshot=${png}`]);
}

/** An HTML file printed to PDF as the browser's print dialog would (no header or footer). */
export function browserPdf(html: string, pdf: string, profile: string): void {
  chromium(html, profile, ["--no-pdf-header-footer", `--print-to-pdf=${pdf}`]);
}
