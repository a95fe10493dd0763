// Colours for renderers. Renderers never look at the terminal: the CLI decides whether colour is
// wanted (TTY, NO_COLOR, FORCE_COLOR) and passes a palette in.
import pc from "picocolors";

export type Style = (text: string) => string;

export interface Palette {
  create: Style;
  update: Style;
  delete: Style;
  bold: Style;
  dim: Style;
  warn: Style;
  error: Style;
}

const identity: Style = (text) => text;

export const plainPalette: Palette = {
  create: identity,
  update: identity,
  delete: identity,
  bold: identity,
  dim: identity,
  warn: identity,
  error: identity,
};

/** A palette of ANSI colours (Terraform's: green create, yellow update, red delete). */
export function colorPalette(): Palette {
  const c = pc.createColors(true);
  return {
    create: c.green,
    update: c.yellow,
    delete: c.red,
    bold: c.bold,
    dim: c.dim,
    warn: (t) => c.bold(c.yellow(t)),
    error: (t) => c.bold(c.red(t)),
  };
}

export function palette(color: boolean): Palette {
  return color ? colorPalette() : plainPalette;
}
