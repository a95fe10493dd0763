// Where the cards go on a sheet, shared by the PDF and the HTML renderer so both print alike:
// the paper, a grid of `perPage` cards edge to edge inside a margin (cut along the grid lines),
// and the grid's shape chosen so each card is as close to a business card's proportions as the
// count allows (10 on A4: 2 × 5 cards of 95 × 55 mm).
import { VoucherError } from "./errors.js";

export type Paper = "a4" | "letter";

/** Sheet sizes in PostScript points (1/72 in). */
export const PAPER: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 595.28, height: 841.89, css: "A4" },
  letter: { width: 612, height: 792, css: "letter" },
};

/** 10 mm: inside every printer's unprintable border. */
export const MARGIN = 28.35;
const MAX_PER_PAGE = 40;
const TARGET_RATIO = 1.75;

export interface Grid {
  paper: Paper;
  perPage: number;
  columns: number;
  rows: number;
  /** One card's size in points. */
  width: number;
  height: number;
}

export function checkPaper(paper: string): Paper {
  if (paper !== "a4" && paper !== "letter") throw new VoucherError(`--paper: ${JSON.stringify(paper)} is not a paper size (a4, letter)`);
  return paper;
}

export function checkPerPage(perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    throw new VoucherError(`--per-page: ${perPage} is not a number of cards from 1 to ${MAX_PER_PAGE}`);
  }
  return perPage;
}

export function grid(paper: Paper, perPage: number): Grid {
  const w = PAPER[paper].width - 2 * MARGIN;
  const h = PAPER[paper].height - 2 * MARGIN;
  let best: Grid | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let columns = 1; columns <= perPage; columns++) {
    const rows = Math.ceil(perPage / columns);
    // Whole grids only: a grid with an empty row would waste paper for nothing.
    if ((rows - 1) * columns >= perPage) continue;
    const width = w / columns;
    const height = h / rows;
    const score = Math.abs(Math.log(width / height / TARGET_RATIO));
    if (score < bestScore) {
      best = { paper, perPage, columns, rows, width, height };
      bestScore = score;
    }
  }
  return best!;
}

/** The top-left corner (points from the sheet's top-left) of the i-th card on its page. */
export function cardOrigin(g: Grid, index: number): { x: number; y: number } {
  const slot = index % g.perPage;
  return { x: MARGIN + (slot % g.columns) * g.width, y: MARGIN + Math.floor(slot / g.columns) * g.height };
}
