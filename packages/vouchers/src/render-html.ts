// Cards as one self-contained HTML file that prints like the PDF: the same grid in millimetres
// (@page sets the paper and no margin), inline SVG QR codes, the code's typeface embedded as a
// data: URL. Nothing is fetched: every value from the server or the options is escaped.
import type { VoucherCard } from "./card.js";
import { cardText } from "./card-text.js";
import { fontBytes } from "./fonts.js";
import { MARGIN, PAPER } from "./layout.js";
import { logoDataUrl } from "./logo.js";
import { qrSymbol, qrText } from "./qr.js";
import type { RenderOptions } from "./render-options.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const mm = (points: number): string => `${((points * 25.4) / 72).toFixed(2)}mm`;

/** The symbol as one SVG path (quiet zone included in the viewBox), crisp at any zoom. */
function qrSvg(text: string): string {
  const { size, runs } = qrSymbol(text);
  const d = runs.map(([r, c, len]) => `M${c + 4} ${r + 4}h${len}v1h-${len}z`).join("");
  return `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size + 8} ${size + 8}" shape-rendering="crispEdges" role="img" aria-label="QR code"><rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/** JetBrains Mono's advance is 0.6 em; a little more so a browser's rounding never clips. */
const MONO_ADVANCE = 0.62;

/** Card measures in points, as the PDF uses them. */
function measures(opts: RenderOptions, withQr: boolean) {
  const g = opts.grid;
  const s = Math.min(1, g.height / 156);
  const qr = Math.min(g.height - 24 * s, g.width * 0.45);
  return { s, qr, text: g.width - 24 * s - (withQr ? qr + 6 * s : 0) };
}

/** A code is never cut: it gets smaller until it fits its line. */
function monoSize(text: string, width: number, max: number): string {
  return `${Math.min(max, width / (text.length * MONO_ADVANCE)).toFixed(2)}pt`;
}

function cardHtml(card: VoucherCard, opts: RenderOptions): string {
  const t = cardText(card, opts.ssid);
  const qr = qrText(card, opts);
  const m = measures(opts, qr !== undefined);
  const head =
    opts.title || opts.logo
      ? `<div class="head">${opts.logo ? '<span class="logo"></span>' : ""}${opts.title ? `<span class="title">${esc(opts.title)}</span>` : ""}</div>`
      : "";
  const lines = [
    head,
    t.network ? `<div class="net">Wi-Fi: ${esc(t.network)}</div>` : "",
    `<div class="label">${t.password ? "Username" : "Code"}</div><div class="code" style="font-size:${monoSize(t.code, m.text, 18 * m.s)}">${esc(t.code)}</div>`,
    t.password ? `<div class="label">Password</div><div class="pw" style="font-size:${monoSize(t.password, m.text, 13 * m.s)}">${esc(t.password)}</div>` : "",
    t.plan ? `<div class="info">${esc(t.plan)}</div>` : "",
    t.expires ? `<div class="info">${esc(t.expires)}</div>` : "",
  ];
  return `<div class="card"><div class="text">${lines.join("")}</div>${qr ? qrSvg(qr) : ""}</div>`;
}

function style(opts: RenderOptions): string {
  const g = opts.grid;
  const paper = PAPER[g.paper];
  const { s, qr } = measures(opts, true);
  const pt = (n: number) => `${(n * s).toFixed(2)}pt`;
  const mono = Buffer.from(fontBytes("mono")).toString("base64");
  return `@font-face{font-family:"Voucher Mono";src:url(data:font/ttf;base64,${mono}) format("truetype");font-weight:600}
@page{size:${paper.css};margin:0}
*{box-sizing:border-box}
html,body{margin:0;padding:0;background:#fff;color:#000}
body{font-family:"IBM Plex Sans","Helvetica Neue",Arial,sans-serif;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sheet{width:${mm(paper.width)};height:${mm(paper.height)};padding:${mm(MARGIN)};display:grid;grid-template-columns:repeat(${g.columns},${mm(g.width)});grid-auto-rows:${mm(g.height)};align-content:start;page-break-after:always;break-after:page;overflow:hidden}
.sheet:last-child{page-break-after:auto;break-after:auto}
.card{display:flex;align-items:center;gap:${pt(6)};padding:${pt(12)};outline:0.2mm dashed #999;outline-offset:-0.1mm;overflow:hidden}
.text{flex:1;min-width:0;align-self:flex-start}
.head{display:flex;align-items:center;gap:${pt(4)};height:${pt(14)};margin-bottom:${pt(5)}}
.logo{height:100%;width:${pt(42)};flex:none}${opts.logo ? `\n.logo{background:url(${logoDataUrl(opts.logo)}) left center/contain no-repeat}` : ""}
.title{font-weight:600;font-size:${pt(10)};white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.net{font-size:${pt(8.5)};color:#555;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;margin-bottom:${pt(2)}}
.label{font-size:${pt(6.5)};color:#555;text-transform:uppercase}
.code,.pw{font-family:"Voucher Mono",monospace;font-weight:600;white-space:nowrap;margin-bottom:${pt(3)}}
.info{font-size:${pt(8)};white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.qr{flex:none;height:${mm(qr)};width:auto;aspect-ratio:1}
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
<html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<title>${title}</title><style>${style(opts)}</style></head>
<body>${sheets.join("\n")}</body></html>
`;
  return Buffer.from(html, "utf8");
}
