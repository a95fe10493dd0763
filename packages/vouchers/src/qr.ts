// What a card's QR code says, and its modules. The login URL when one is given (the captive
// portal's, with the card's code filled in: a scan logs the guest in), otherwise a Wi-Fi join
// code for the network, otherwise no QR code. The symbols come from the qrcode package.
import QRCode from "qrcode";
import type { VoucherCard } from "./card.js";
import { VoucherError } from "./errors.js";

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set(["username", "password"]);

/**
 * Check a `--login-url` template before anything is read or written: only `{username}` and
 * `{password}`, and an http(s) URL once they are filled in.
 */
export function checkLoginUrl(template: string): void {
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (!KNOWN.has(m[1]!)) throw new VoucherError(`--login-url: unknown placeholder {${m[1]}} (use {username} and {password})`);
  }
  let url: URL;
  try {
    url = new URL(fillLoginUrl(template, { username: "CODE", password: "PASSWORD" }));
  } catch {
    throw new VoucherError(`--login-url: not a URL: ${JSON.stringify(template)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new VoucherError(`--login-url: a login page is http(s), not ${url.protocol}`);
}

/** The template with the card's code and password filled in, each URL-encoded. */
export function fillLoginUrl(template: string, card: Pick<VoucherCard, "username" | "password">): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name === "username" ? encodeURIComponent(card.username) : name === "password" ? encodeURIComponent(card.password ?? "") : whole,
  );
}

/** `WIFI:S:<ssid>;T:nopass;;` with the characters the format reserves escaped. */
export function wifiJoinCode(ssid: string): string {
  return `WIFI:S:${ssid.replace(/([\\;,:"])/g, "\\$1")};T:nopass;;`;
}

export interface QrChoice {
  loginUrl?: string;
  ssid?: string;
}

/** The text a card's QR code encodes, or undefined when the card has none. */
export function qrText(card: VoucherCard, choice: QrChoice): string | undefined {
  if (choice.loginUrl !== undefined) return fillLoginUrl(choice.loginUrl, card);
  if (choice.ssid !== undefined) return wifiJoinCode(choice.ssid);
  return undefined;
}

/** The symbol's dark modules as horizontal runs (row, first column, length): few shapes to draw. */
export interface QrSymbol {
  size: number;
  runs: Array<[row: number, col: number, length: number]>;
}

/** The last few symbols: the Wi-Fi join code is the same on every card, between its login codes. */
const recent = new Map<string, QrSymbol>();

/** Medium error correction: survives a crease or a smudge, stays small enough to scan at 3 cm. */
export function qrSymbol(text: string): QrSymbol {
  let symbol = recent.get(text);
  if (symbol) return symbol;
  symbol = makeSymbol(text);
  if (recent.size >= 4) recent.delete(recent.keys().next().value!);
  recent.set(text, symbol);
  return symbol;
}

function makeSymbol(text: string): QrSymbol {
  // One byte-mode segment: URLs and Wi-Fi codes are byte mode anyway, and the library's search
  // for the best mix of modes costs more than the symbol itself.
  const { modules } = QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M" });
  const runs: QrSymbol["runs"] = [];
  for (let r = 0; r < modules.size; r++) {
    let start = -1;
    for (let c = 0; c <= modules.size; c++) {
      const dark = c < modules.size && !!modules.get(r, c);
      if (dark && start < 0) start = c;
      else if (!dark && start >= 0) {
        runs.push([r, start, c - start]);
        start = -1;
      }
    }
  }
  return { size: modules.size, runs };
}
