// What a renderer needs besides the cards, checked once (print.ts) for every format.
import type { Grid } from "./layout.js";
import type { Logo } from "./logo.js";

export interface RenderOptions {
  grid: Grid;
  /** The network's name, printed on each card (and the Wi-Fi join code without a login URL). */
  ssid?: string;
  /** Login URL template with `{username}` / `{password}`: the QR code when given. */
  loginUrl?: string;
  /** A heading on each card, e.g. the event's name. */
  title?: string;
  logo?: Logo;
}
