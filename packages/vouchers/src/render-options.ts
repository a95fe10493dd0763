// What a renderer needs besides the cards, checked once (print.ts) for every format.
import type { CardLanguage } from "@hotspot-iac/core";
import type { CardStrings } from "./card-strings.js";
import type { Grid } from "./layout.js";
import type { Logo } from "./logo.js";

export interface RenderOptions {
  grid: Grid;
  /** The network's name, printed on each card, and the `1 Join the Wi-Fi` QR code. */
  ssid?: string;
  /** Login URL template with `{username}` / `{password}`: the `2 Log in` QR code. */
  loginUrl?: string;
  /** A heading on each card, e.g. the hotel's name. */
  title?: string;
  logo?: Logo;
  /** The words on the card (the language's, with any replaced). */
  strings: CardStrings;
  language: CardLanguage;
}
