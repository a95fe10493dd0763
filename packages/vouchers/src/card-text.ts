// The lines of a card, in print order, shared by the PDF and HTML renderers.
import type { VoucherCard } from "./card.js";

export interface CardText {
  /** `Wi-Fi: NAME`, when the network is named. */
  network?: string;
  code: string;
  password?: string;
  /** Plan and what it gives: `1 Day · 1d · 5 GB`. */
  plan?: string;
  /** `Valid until 2027-03-19 20:00`. */
  expires?: string;
}

export function cardText(card: VoucherCard, ssid: string | undefined): CardText {
  const plan = [card.plan, card.gives].filter((p): p is string => !!p).join(" · ");
  return {
    ...(ssid ? { network: ssid } : {}),
    code: card.username,
    ...(card.password ? { password: card.password } : {}),
    ...(plan ? { plan } : {}),
    ...(card.expires ? { expires: `Valid until ${card.expires}` } : {}),
  };
}
