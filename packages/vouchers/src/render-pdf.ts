// Cards as a PDF for printing: vector QR codes, the fonts embedded (subset by pdfkit), crop
// marks on the grid lines. Built in memory; print.ts writes it.
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import type { VoucherCard } from "./card.js";
import { cardText } from "./card-text.js";
import { fontBytes } from "./fonts.js";
import { cardOrigin, type Grid, MARGIN, PAPER } from "./layout.js";
import { qrSymbol, qrText } from "./qr.js";
import type { RenderOptions } from "./render-options.js";

type Doc = PDFKit.PDFDocument;

const GREY = "#555555";
/**
 * The code face's OpenType features, all off: its contextual alternates cost milliseconds per
 * code to shape (seconds per thousand cards), and a code must show each character as typed.
 */
const PLAIN = () =>
  Object.fromEntries(
    ["rvrn", "ltra", "ltrm", "frac", "numr", "dnom", "ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"].map((f) => [f, false]),
  ) as unknown as PDFKit.Mixins.OpenTypeFeatures[];
/** Sizes are for a 95 × 55 mm card and scale with smaller ones. */
const BASE_HEIGHT = 156;

/** The text cut at the end with an ellipsis until it fits `width` at the current font and size. */
function fit(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let n = text.length;
  while (n > 1 && doc.widthOfString(`${text.slice(0, n)}…`) > width) n--;
  return `${text.slice(0, n)}…`;
}

/** The largest size up to `max` at which `text` fits `width` in the current font. */
function sizeToFit(doc: Doc, text: string, width: number, max: number): number {
  doc.fontSize(max);
  const w = doc.widthOfString(text, { features: PLAIN() });
  return w <= width ? max : Math.max(4, (max * width) / w);
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const symbol = qrSymbol(text);
  // Four modules of quiet zone on each side, as the standard asks.
  const m = size / (symbol.size + 8);
  for (const [r, c, len] of symbol.runs) doc.rect(x + (c + 4) * m, y + (r + 4) * m, len * m, m);
  doc.fillColor("black").fill();
}

function drawLogo(doc: Doc, opts: RenderOptions, x: number, y: number, width: number, height: number): number {
  const logo = opts.logo;
  if (!logo) return 0;
  if (logo.type === "png") {
    doc.image(Buffer.from(logo.bytes), x, y, { fit: [width, height], valign: "center" });
  } else {
    SVGtoPDF(doc, new TextDecoder().decode(logo.bytes), x, y, {
      width,
      height,
      preserveAspectRatio: "xMinYMid meet",
      fontCallback: () => "sans",
      warningCallback: () => {},
    });
  }
  return width;
}

function drawCard(doc: Doc, card: VoucherCard, index: number, opts: RenderOptions): void {
  const g = opts.grid;
  const { x, y } = cardOrigin(g, index);
  const s = Math.min(1, g.height / BASE_HEIGHT);
  const pad = 12 * s;
  const qr = qrText(card, opts);
  const qrSize = qr ? Math.min(g.height - 2 * pad, g.width * 0.45) : 0;
  if (qr) drawQr(doc, qr, x + g.width - pad - qrSize, y + (g.height - qrSize) / 2, qrSize);
  const left = x + pad;
  const width = g.width - 2 * pad - (qr ? qrSize + pad * 0.5 : 0);
  const t = cardText(card, opts.ssid);
  let top = y + pad;

  if (opts.title || opts.logo) {
    const h = 14 * s;
    const logoWidth = drawLogo(doc, opts, left, top, Math.min(h * 3, width / 3), h);
    if (opts.title) {
      const tx = left + (logoWidth ? logoWidth + 4 * s : 0);
      doc.font("sansBold").fontSize(10 * s).fillColor("black");
      doc.text(fit(doc, opts.title, left + width - tx), tx, top + 1.5 * s, { lineBreak: false });
    }
    top += h + 5 * s;
  }
  if (t.network) {
    doc.font("sans").fontSize(8.5 * s).fillColor(GREY);
    doc.text(fit(doc, `Wi-Fi: ${t.network}`, width), left, top, { lineBreak: false });
    top += 12 * s;
  }
  doc.font("sans").fontSize(6.5 * s).fillColor(GREY).text(t.password ? "USERNAME" : "CODE", left, top, { lineBreak: false });
  top += 8 * s;
  doc.font("mono");
  const codeSize = sizeToFit(doc, t.code, width, 20 * s);
  doc.fontSize(codeSize).fillColor("black").text(t.code, left, top, { lineBreak: false, features: PLAIN() });
  top += codeSize * 1.25;
  if (t.password) {
    doc.font("sans").fontSize(6.5 * s).fillColor(GREY).text("PASSWORD", left, top, { lineBreak: false });
    top += 8 * s;
    doc.font("mono");
    const size = sizeToFit(doc, t.password, width, 14 * s);
    doc.fontSize(size).fillColor("black").text(t.password, left, top, { lineBreak: false, features: PLAIN() });
    top += size * 1.3;
  }
  doc.font("sans").fontSize(8 * s).fillColor("black");
  for (const line of [t.plan, t.expires]) {
    if (!line || top + 10 * s > y + g.height - pad * 0.5) continue;
    doc.text(fit(doc, line, width), left, top, { lineBreak: false });
    top += 11 * s;
  }
}

/** Short marks where the cards' edges meet, outside and between the cards: cut along them. */
function drawCropMarks(doc: Doc, g: Grid, cards: number): void {
  const rows = Math.ceil(Math.min(cards, g.perPage) / g.columns);
  const arm = 5;
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= g.columns; c++) {
      const cx = MARGIN + c * g.width;
      const cy = MARGIN + r * g.height;
      doc.moveTo(cx - arm, cy).lineTo(cx + arm, cy).moveTo(cx, cy - arm).lineTo(cx, cy + arm);
    }
  }
  doc.lineWidth(0.4).strokeColor("#888888").stroke();
}

export function renderPdf(cards: readonly VoucherCard[], opts: RenderOptions): Promise<Buffer> {
  const paper = PAPER[opts.grid.paper];
  const doc = new PDFDocument({
    size: [paper.width, paper.height],
    margin: 0,
    autoFirstPage: false,
    // No default face: pdfkit's is Helvetica, whose metrics it reads from files a bundle lacks.
    font: null as unknown as string,
    info: { Title: opts.title ?? "Wi-Fi vouchers", Creator: "hotspot-iac" },
  });
  doc.registerFont("sans", Buffer.from(fontBytes("sans")));
  doc.registerFont("sansBold", Buffer.from(fontBytes("sansBold")));
  doc.registerFont("mono", Buffer.from(fontBytes("mono")));
  doc.font("sans");
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (let i = 0; i < cards.length; i++) {
    if (i % opts.grid.perPage === 0) {
      doc.addPage();
      drawCropMarks(doc, opts.grid, cards.length - i);
    }
    drawCard(doc, cards[i]!, i, opts);
  }
  doc.end();
  return done;
}
