// One card as drawing operations, in points from the card's top-left corner: what the PDF and the
// HTML renderer both draw, so the two print alike. Text is measured with the embedded fonts and
// shrinks to fit its box down to a minimum size; below that it is refused (VoucherError naming
// the limit), never cut.
//
//   ┌───────────────────────────────────────────┬────────┐
//   │ [logo] Title                              │  QR 1  │
//   │ WI-FI  Network name                       │ 1 Join │
//   │ CODE                              [USED]  │  QR 2  │
//   │ THE-CODE                                  │ 2 Log in│
//   │ 1 Connect… 2 Open a browser… 3 Enter…     │        │
//   │ Plan · Time · Data / Valid until          │        │
//   └───────────────────────────────────────────┴────────┘
import { humanDuration, humanSize, UNLIMITED } from "@hotspot-iac/core";
import type { VoucherCard } from "./card.js";
import type { CardStrings } from "./card-strings.js";
import { VoucherError } from "./errors.js";
import type { Face } from "./fonts.js";
import type { Grid } from "./layout.js";
import { textWidth } from "./measure.js";
import { fillLoginUrl, wifiJoinCode } from "./qr.js";

export type Op =
  /** `y` is the top of the line; `size` in points. */
  | { kind: "text"; face: Face; size: number; x: number; y: number; text: string; color: string }
  /** The symbol with its quiet zone fills the square. */
  | { kind: "qr"; x: number; y: number; size: number; text: string }
  | { kind: "logo"; x: number; y: number; width: number; height: number }
  | { kind: "rule"; x: number; y: number; width: number; color: string }
  | { kind: "frame"; x: number; y: number; width: number; height: number; color: string };

export interface CardLayoutOptions {
  grid: Grid;
  strings: CardStrings;
  /** Upper-casing follows the language's rules (Turkish i, German ß). */
  language: string;
  ssid?: string;
  loginUrl?: string;
  title?: string;
  /** The logo's width / height when one is drawn (its box is the same on every card). */
  logo: number | undefined;
}

const INK = "#111111";
const GREY = "#5f6368";
const ACCENT = "#1f4e79";
export const USED = "#b3261e";

/** Sizes are for a 95 × 55 mm card (10 on A4) and scale with smaller ones. */
const BASE_HEIGHT = 156;
/** Below this scale the text would be smaller than the minimum sizes: fewer cards per page. */
const MIN_SCALE = 0.62;
/** The smallest sizes printed, in points: a guest must still read them on paper. */
const MIN_SIZE = { title: 7, network: 6, code: 6, step: 5, label: 4.5, qrLabel: 4.5 } as const;

const mm = (pt: number): string => `${((pt * 25.4) / 72).toFixed(0)} mm`;

/**
 * The largest size up to `size` at which `text` fits `width`; refused below `min`. `what` names
 * the text in the refusal (`the title`, `cards.instructions.browse`); a credential (`secret`) is
 * named by its length only: a refusal goes to stderr.
 */
function fitSize(face: Face, text: string, width: number, size: number, min: number, what: string, secret = false): number {
  const w = textWidth(face, size, text);
  if (w <= width) return size;
  const fitted = Math.floor(((size * width) / w) * 100) / 100;
  if (fitted >= min) return fitted;
  const shown = secret ? `(${[...text].length} characters)` : JSON.stringify(text);
  throw new VoucherError(
    `${what} ${shown} does not fit on the card: at ${min} pt, the smallest size printed, it needs ${mm(textWidth(face, min, text))} and the card has ${mm(width)}; ${secret ? "print fewer cards per page" : "shorten it (or print fewer cards per page)"}`,
  );
}

/** The two QR codes a card carries: joining the network, logging in with the card's code. */
function qrCodes(card: VoucherCard, o: Pick<CardLayoutOptions, "ssid" | "loginUrl">): { join?: string; login?: string } {
  return {
    ...(o.ssid !== undefined ? { join: wifiJoinCode(o.ssid) } : {}),
    ...(o.loginUrl !== undefined ? { login: fillLoginUrl(o.loginUrl, card) } : {}),
  };
}

/** What the card gives, as labelled values: core's human units, the language's words. */
function validity(card: VoucherCard, t: CardStrings): { gives: Array<[string, string]>; until?: [string, string] } {
  const gives: Array<[string, string]> = [];
  if (card.plan) gives.push([t.plan, card.plan]);
  if (card.time !== undefined) gives.push([t.time, card.time === UNLIMITED ? t.unlimited : humanDuration(card.time, 2)]);
  if (card.quota !== undefined) gives.push([t.data, card.quota === UNLIMITED ? t.unlimited : humanSize(card.quota)]);
  return card.expires ? { gives, until: [t.validUntil, card.expires] } : { gives };
}

function cardScale(g: Grid): number {
  const s = Math.min(1, g.height / BASE_HEIGHT);
  if (s < MIN_SCALE) {
    throw new VoucherError(`--per-page ${g.perPage}: cards of ${mm(g.width)} × ${mm(g.height)} are too small for text a guest can read; print fewer per page`);
  }
  return s;
}

export function layoutCard(card: VoucherCard, o: CardLayoutOptions): Op[] {
  const g = o.grid;
  const t = o.strings;
  const s = cardScale(g);
  const up = (text: string) => text.toLocaleUpperCase(o.language);
  const ops: Op[] = [];
  const pad = 10 * s;

  // The QR column: two codes stacked, each labelled under its quiet zone; one code is larger.
  const codes = qrCodes(card, o);
  const qrs = [
    ...(codes.join !== undefined ? [{ text: codes.join, label: t.join, what: "cards.labels.join" }] : []),
    ...(codes.login !== undefined ? [{ text: codes.login, label: t.login, what: "cards.labels.login" }] : []),
  ];
  const labelSize = 6.5 * s;
  const labelH = 9 * s;
  const qrSize = qrs.length === 0 ? 0 : qrs.length === 2 ? Math.min((g.height - 2 * pad - 2 * labelH) / 2, g.width * 0.3) : Math.min(g.height - 2 * pad - labelH, g.width * 0.36);
  const qrX = g.width - pad * 0.6 - qrSize;
  const slot = qrSize + labelH;
  let qy = (g.height - qrs.length * slot) / 2;
  for (const [i, q] of qrs.entries()) {
    ops.push({ kind: "qr", x: qrX, y: qy, size: qrSize, text: q.text });
    const label = qrs.length === 2 ? `${i + 1}  ${q.label}` : q.label;
    const size = fitSize("sansBold", label, qrSize + 6 * s, labelSize, MIN_SIZE.qrLabel, q.what);
    const w = textWidth("sansBold", size, label);
    ops.push({ kind: "text", face: "sansBold", size, x: qrX + (qrSize - w) / 2, y: qy + qrSize - 2.5 * s, text: label, color: ACCENT });
    qy += slot;
  }

  const left = pad;
  const width = g.width - 2 * pad - (qrSize > 0 ? qrSize + 4 * s : 0);
  let y = pad;

  if (o.title !== undefined || o.logo !== undefined) {
    const h = 18 * s;
    let tx = left;
    if (o.logo !== undefined) {
      const lw = o.title !== undefined ? Math.min(h * o.logo, width / 3) : width;
      ops.push({ kind: "logo", x: left, y, width: lw, height: h });
      tx += lw + 5 * s;
    }
    if (o.title !== undefined) {
      const size = fitSize("sansBold", o.title, left + width - tx, 12.5 * s, MIN_SIZE.title, "the title");
      ops.push({ kind: "text", face: "sansBold", size, x: tx, y: y + (h - size * 1.3) / 2, text: o.title, color: ACCENT });
    }
    y += h + 3 * s;
    ops.push({ kind: "rule", x: left, y, width, color: ACCENT });
    y += 4 * s;
  }

  if (o.ssid !== undefined) {
    const label = up(t.network);
    const ls = 6.5 * s;
    const lw = textWidth("sansBold", ls, label) + 5 * s;
    const size = fitSize("sansBold", o.ssid, width - lw, 10.5 * s, MIN_SIZE.network, "the network name");
    ops.push({ kind: "text", face: "sansBold", size: ls, x: left, y: y + (size - ls) * 1.05, text: label, color: GREY });
    ops.push({ kind: "text", face: "sansBold", size, x: left + lw, y, text: o.ssid, color: INK });
    y += 13.5 * s;
  }

  const field = (labelText: string, value: string, max: number, what: string, mark?: string) => {
    const ls = 6 * s;
    ops.push({ kind: "text", face: "sans", size: ls, x: left, y, text: up(labelText), color: GREY });
    if (mark !== undefined) {
      const ms = 6.5 * s;
      const mw = textWidth("sansBold", ms, mark);
      ops.push({ kind: "frame", x: left + width - mw - 6 * s, y: y - 1 * s, width: mw + 6 * s, height: ms * 1.3 + 2 * s, color: USED });
      ops.push({ kind: "text", face: "sansBold", size: ms, x: left + width - mw - 3 * s, y: y, text: mark, color: USED });
    }
    y += 7.5 * s;
    const size = fitSize("mono", value, width, max * s, MIN_SIZE.code, what, true);
    ops.push({ kind: "text", face: "mono", size, x: left, y, text: value, color: INK });
    y += max * s * 1.18 + 1.5 * s;
  };
  const fieldsFrom = ops.length;
  const used = card.used ? up(t.used) : undefined;
  // A ticket's one code is larger; a username and a password share its room.
  field(card.password ? t.username : t.code, card.username, card.password ? 13.5 : 19, "the code", used);
  if (card.password) field(t.password, card.password, 13.5, "the password");
  const fieldOps = ops.length - fieldsFrom;

  // From the bottom up: the validity, then the steps just above it.
  const v = validity(card, t);
  const lines: Array<Array<[string, string]>> = [];
  if (v.gives.length > 0) lines.push(v.gives);
  if (v.until) lines.push([v.until]);
  const vs = 7 * s;
  const lineH = 9 * s;
  let by = g.height - pad - lines.length * lineH;
  const stepsTop = by - 3 * lineH - 2 * s;
  if (stepsTop < y - 0.5 * s) {
    throw new VoucherError(`--per-page ${g.perPage}: cards of ${mm(g.width)} × ${mm(g.height)} are too small for their text; print fewer per page`);
  }
  for (const line of lines) {
    const sep = "  ·  ";
    const pieces = line.flatMap(([label, value], i) => [...(i > 0 ? [{ text: sep, face: "sans" as Face, color: GREY }] : []), { text: `${label} `, face: "sans" as Face, color: GREY }, { text: value, face: "sansBold" as Face, color: INK }]);
    const whole = pieces.map((p) => p.text).join("");
    const size = fitSize("sansBold", whole, width, vs, MIN_SIZE.step, "the validity line");
    let x = left;
    for (const p of pieces) {
      ops.push({ kind: "text", face: p.face, size, x, y: by, text: p.text, color: p.color });
      x += textWidth(p.face, size, p.text);
    }
    by += lineH;
  }

  const steps: Array<[string, string]> = [
    o.ssid !== undefined ? [t.connect.replaceAll("{network}", o.ssid), "instructions.connect"] : [t.connectAny, "instructions.connectAny"],
    [t.browse, "instructions.browse"],
    card.password ? [t.enterLogin, "instructions.enterLogin"] : [t.enterCode, "instructions.enterCode"],
  ];
  // The code sits in the middle of the room left between the network and the steps.
  const room = stepsTop - y;
  if (room > 0) for (const op of ops.slice(fieldsFrom, fieldsFrom + fieldOps)) op.y += room / 2;
  let sy = stepsTop;
  for (const [i, [text, what]] of steps.entries()) {
    const num = `${i + 1}`;
    const nw = 8 * s;
    const size = fitSize("sans", text, width - nw, vs, MIN_SIZE.step, `cards.${what}`);
    ops.push({ kind: "text", face: "sansBold", size: vs, x: left, y: sy, text: num, color: ACCENT });
    ops.push({ kind: "text", face: "sans", size, x: left + nw, y: sy + (vs - size) * 0.8, text, color: INK });
    sy += lineH;
  }
  return ops;
}
