// Styles for renderers. Renderers never look at the terminal: the CLI decides whether colour is
// wanted (TTY, NO_COLOR, FORCE_COLOR) and passes a palette in (its ANSI one lives in the CLI).

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
