// Cards as a PDF for printing: vector QR codes, the fonts embedded (subset by pdfkit), crop
// marks on the grid lines. Built in memory; print.ts writes it.
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import type { VoucherCard } from "./card.js";
import { layoutCard } from "./card-layout.js";
import { cardOrigin, type Grid, MARGIN, PAPER } from "./layout.js";
import { type Logo, logoAspect } from "./logo.js";
import { PLAIN, registerFaces } from "./measure.js";
import { qrSymbol } from "./qr.js";
import type { RenderOptions } from "./render-options.js";

type Doc = PDFKit.PDFDocument;

function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const symbol = qrSymbol(text);
  // Four modules of quiet zone on each side, as the standard asks.
  const m = size / (symbol.size + 8);
  for (const [r, c, len] of symbol.runs) doc.rect(x + (c + 4) * m, y + (r + 4) * m, len * m, m);
  doc.fillColor("black").fill();
}

function drawLogo(doc: Doc, logo: Logo, x: number, y: number, width: number, height: number): void {
  if (logo.type !== "svg") {
    doc.image(Buffer.from(logo.bytes), x, y, { fit: [width, height], valign: "center" });
    return;
  }
  SVGtoPDF(doc, new TextDecoder().decode(logo.bytes), x, y, {
    width,
    height,
    preserveAspectRatio: "xMinYMid meet",
    fontCallback: () => "sans",
    warningCallback: () => {},
  });
}

function drawCard(doc: Doc, card: VoucherCard, index: number, opts: RenderOptions): void {
  const { x, y } = cardOrigin(opts.grid, index);
  for (const op of layoutCard(card, { ...opts, logo: opts.logo !== undefined ? logoAspect(opts.logo) : undefined })) {
    switch (op.kind) {
      case "text":
        doc.font(op.face).fontSize(op.size).fillColor(op.color);
        doc.text(op.text, x + op.x, y + op.y, { lineBreak: false, ...(op.face === "mono" ? { features: PLAIN() } : {}) });
        break;
      case "qr":
        drawQr(doc, op.text, x + op.x, y + op.y, op.size);
        break;
      case "logo":
        drawLogo(doc, opts.logo!, x + op.x, y + op.y, op.width, op.height);
        break;
      case "rule":
        doc.moveTo(x + op.x, y + op.y).lineTo(x + op.x + op.width, y + op.y).lineWidth(0.6).strokeColor(op.color).stroke();
        break;
      case "frame":
        doc.roundedRect(x + op.x, y + op.y, op.width, op.height, 1.5).lineWidth(0.8).strokeColor(op.color).stroke();
        break;
    }
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
    lang: opts.language,
  });
  registerFaces(doc);
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
