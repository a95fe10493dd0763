// Text widths in points, from the embedded fonts' own metrics (pdfkit's fontkit): the PDF and the
// HTML cards are laid out with the same numbers, so text that fits one fits the other, and a
// browser's font fallback or ellipsis never decides what a guest reads.
import PDFDocument from "pdfkit";
import { type Face, fontBytes } from "./fonts.js";

/**
 * The code face's OpenType features, all off: its contextual alternates cost milliseconds per
 * code to shape (seconds per thousand cards), and a code must show each character as typed.
 */
export const PLAIN = (): PDFKit.Mixins.OpenTypeFeatures[] =>
  Object.fromEntries(
    ["rvrn", "ltra", "ltrm", "frac", "numr", "dnom", "ccmp", "locl", "rlig", "mark", "mkmk", "calt", "clig", "liga", "rclt", "curs", "kern"].map((f) => [f, false]),
  ) as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** Register the card faces on a document (the renderer's, or the measuring one below). */
export function registerFaces(doc: PDFKit.PDFDocument): void {
  for (const face of ["sans", "sansBold", "mono"] as const) doc.registerFont(face, Buffer.from(fontBytes(face)));
}

let measurer: PDFKit.PDFDocument | undefined;
/** Widths at 1 pt by face and text: every card repeats its title, steps and labels. */
const widths = new Map<string, number>();

/** The width of `text` set in `face` at `size` points. */
export function textWidth(face: Face, size: number, text: string): number {
  const key = `${face}\u0000${text}`;
  let unit = widths.get(key);
  if (unit === undefined) {
    if (!measurer) {
      // Never ended or written: a document only for its fonts' metrics.
      measurer = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
      registerFaces(measurer);
    }
    measurer.font(face).fontSize(1000);
    unit = measurer.widthOfString(text, face === "mono" ? { features: PLAIN() } : {}) / 1000;
    if (widths.size > 10_000) widths.clear();
    widths.set(key, unit);
  }
  return unit * size;
}

/** Line height of a face as a multiple of its size (ascender to descender): the HTML sets it so. */
export const LINE_HEIGHT: Record<Face, number> = { sans: 1.3, sansBold: 1.3, mono: 1.32 };
