// `--logo FILE`: a PNG or an SVG, told apart by content (not by name) and checked before any
// card is drawn.
import { readFileSync } from "node:fs";
import { VoucherError } from "./errors.js";

export interface Logo {
  type: "png" | "svg";
  bytes: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function readLogo(path: string): Logo {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new VoucherError(`--logo ${path}: ${(err as NodeJS.ErrnoException).code ?? "cannot read"}`);
  }
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { type: "png", bytes };
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head)) return { type: "svg", bytes };
  throw new VoucherError(`--logo ${path}: neither a PNG nor an SVG image`);
}

/** A data: URL for the HTML cards (a CSS background image, so an SVG's scripts never run; once per file). */
export function logoDataUrl(logo: Logo): string {
  return `data:image/${logo.type === "png" ? "png" : "svg+xml"};base64,${Buffer.from(logo.bytes).toString("base64")}`;
}
