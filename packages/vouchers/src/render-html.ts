// Cards as one self-contained HTML file that prints like the PDF: the same grid in millimetres
// (@page sets the paper and no margin), each card drawn from the same layout (card-layout.ts) at
// the same places in points, in the same three faces embedded as data: URLs. The text was measured
// with those faces' metrics, so it fits without the browser cutting it. Nothing is fetched: every
// value from the server or the options is escaped.
import type { VoucherCard } from "./card.js";
import { layoutCard, type Op } from "./card-layout.js";
import { type Face, fontBytes } from "./fonts.js";
import { MARGIN, PAPER } from "./layout.js";
import { logoAspect, logoDataUrl } from "./logo.js";
import { LINE_HEIGHT } from "./measure.js";
import { qrSymbol } from "./qr.js";
import type { RenderOptions } from "./render-options.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const mm = (points: number): string => `${((points * 25.4) / 72).toFixed(2)}mm`;
const pt = (n: number): string => `${n.toFixed(2)}pt`;
const box = (x: number, y: number, w: number, h: number): string => `left:${pt(x)};top:${pt(y)};width:${pt(w)};height:${pt(h)}`;

/** The symbol as one SVG path (quiet zone included in the viewBox), crisp at any zoom. */
function qrSvg(text: string, style: string): string {
  const { size, runs } = qrSymbol(text);
  const d = runs.map(([r, c, len]) => `M${c + 4} ${r + 4}h${len}v1h-${len}z`).join("");
  return `<svg class="qr" style="${style}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size + 8} ${size + 8}" shape-rendering="crispEdges" role="img" aria-label="QR code"><rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

function opHtml(op: Op): string {
  switch (op.kind) {
    case "text":
      return `<span class="t ${op.face}" style="left:${pt(op.x)};top:${pt(op.y)};font-size:${pt(op.size)};color:${op.color}">${esc(op.text)}</span>`;
    case "qr":
      return qrSvg(op.text, box(op.x, op.y, op.size, op.size));
    case "logo":
      return `<span class="logo" style="${box(op.x, op.y, op.width, op.height)}"></span>`;
    case "rule":
      return `<span class="rule" style="${box(op.x, op.y, op.width, 0)};border-top-color:${op.color}"></span>`;
    case "frame":
      return `<span class="frame" style="${box(op.x, op.y, op.width, op.height)};border-color:${op.color}"></span>`;
  }
}

function cardHtml(card: VoucherCard, opts: RenderOptions): string {
  return `<div class="card">${layoutCard(card, { ...opts, logo: opts.logo !== undefined ? logoAspect(opts.logo) : undefined }).map(opHtml).join("")}</div>`;
}

const FACES: Array<[Face, number]> = [
  ["sans", 400],
  ["sansBold", 600],
  ["mono", 600],
];

function style(opts: RenderOptions): string {
  const g = opts.grid;
  const paper = PAPER[g.paper];
  const fonts = FACES.map(
    ([face, weight]) =>
      `@font-face{font-family:"Voucher ${face}";src:url(data:font/ttf;base64,${Buffer.from(fontBytes(face)).toString("base64")}) format("truetype");font-weight:${weight}}\n.${face}{font-family:"Voucher ${face}";font-weight:${weight};line-height:${LINE_HEIGHT[face]}}`,
  ).join("\n");
  return `${fonts}
@page{size:${paper.css};margin:0}
*{box-sizing:border-box}
html,body{margin:0;padding:0;background:#fff;color:#000}
body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sheet{width:${mm(paper.width)};height:${mm(paper.height)};padding:${mm(MARGIN)};display:grid;grid-template-columns:repeat(${g.columns},${mm(g.width)});grid-auto-rows:${mm(g.height)};align-content:start;page-break-after:always;break-after:page;overflow:hidden}
.sheet:last-child{page-break-after:auto;break-after:auto}
.card{position:relative;outline:0.2mm dashed #999;outline-offset:-0.1mm;overflow:hidden}
.card>*{position:absolute;display:block}
.t{white-space:pre;font-kerning:normal}
.mono{font-variant-ligatures:none;font-feature-settings:"calt" 0,"liga" 0,"kern" 0}
.rule{border-top:0.6pt solid}
.frame{border:0.8pt solid;border-radius:1.5pt}${opts.logo ? `\n.logo{background:url(${logoDataUrl(opts.logo)}) left center/contain no-repeat}` : ""}
@media screen{body{background:#ddd}.sheet{background:#fff;margin:5mm auto;box-shadow:0 0 2mm #888}}`;
}

export function renderHtml(cards: readonly VoucherCard[], opts: RenderOptions): Buffer {
  const sheets: string[] = [];
  for (let i = 0; i < cards.length; i += opts.grid.perPage) {
    const page = cards.slice(i, i + opts.grid.perPage).map((c) => cardHtml(c, opts));
    sheets.push(`<section class="sheet">${page.join("")}</section>`);
  }
  const title = esc(opts.title ?? "Wi-Fi vouchers");
  const html = `<!DOCTYPE html>
<html lang="${esc(opts.language)}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${title}</title><style>${style(opts)}</style></head>
<body>${sheets.join("\n")}</body></html>
`;
  return Buffer.from(html, "utf8");
}
