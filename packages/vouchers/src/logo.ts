// `--logo FILE` (or `cards.logo`): a PNG, a JPEG or an SVG, told apart by content (not by name)
// and checked before any card is drawn. The file is bounded before it is read: stat first (a
// device, a FIFO or a folder is refused without opening it), opened non-blocking (a file swapped
// for a FIFO in between cannot hang the open), checked again on the descriptor, and read for at
// most MAX_LOGO_BYTES + 1 bytes whatever it claims to be.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { VoucherError } from "./errors.js";

export interface Logo {
  type: "png" | "jpeg" | "svg";
  bytes: Uint8Array;
}

/** 1 MiB: a logo is a few kilobytes; anything larger is a mistake (a photo, the wrong file). */
const MAX_LOGO_BYTES = 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const SVG_ROOT = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i;

function kindOf(st: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a FIFO";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

/** At most `max` + 1 bytes of an open file (the + 1 tells a file that is too large). */
function readBounded(fd: number, max: number): Buffer {
  const buf = Buffer.allocUnsafe(max + 1);
  let n = 0;
  for (;;) {
    const r = readSync(fd, buf, n, buf.length - n, null);
    if (r === 0) break;
    n += r;
    if (n === buf.length) break;
  }
  return buf.subarray(0, n);
}

/** `what` names the file in errors (`--logo logo.png`, `cards.logo /srv/art/logo.png`). */
export function readLogo(path: string, what = `--logo ${path}`): Logo {
  const refuse = (why: string): never => {
    throw new VoucherError(`${what}: ${why}`);
  };
  const limit = `at most ${MAX_LOGO_BYTES / 1024 / 1024} MiB`;
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch (err) {
    return refuse((err as NodeJS.ErrnoException).code ?? "cannot read");
  }
  if (!st.isFile()) refuse(`${kindOf(st)}, not an image file (a PNG, JPEG or SVG file, ${limit})`);
  if (st.size > MAX_LOGO_BYTES) refuse(`${st.size} bytes: a logo is ${limit}`);
  let bytes: Buffer;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return refuse((err as NodeJS.ErrnoException).code ?? "cannot read");
  }
  try {
    const again = fstatSync(fd);
    if (!again.isFile()) refuse(`${kindOf(again)}, not an image file (a PNG, JPEG or SVG file, ${limit})`);
    bytes = readBounded(fd, MAX_LOGO_BYTES);
  } finally {
    closeSync(fd);
  }
  if (bytes.length > MAX_LOGO_BYTES) refuse(`larger than ${MAX_LOGO_BYTES} bytes: a logo is ${limit}`);
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { type: "png", bytes };
  if (JPEG_SIGNATURE.every((b, i) => bytes[i] === b)) return { type: "jpeg", bytes };
  if (SVG_ROOT.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) return { type: "svg", bytes };
  return refuse("neither a PNG, a JPEG nor an SVG image");
}

/** Width / height of the image, read from its header (PNG IHDR, JPEG SOF, SVG viewBox); 1 when unknown. */
export function logoAspect(logo: Logo): number {
  const b = Buffer.from(logo.bytes);
  let w = 0;
  let h = 0;
  if (logo.type === "png" && b.length >= 24) [w, h] = [b.readUInt32BE(16), b.readUInt32BE(20)];
  else if (logo.type === "jpeg") {
    for (let at = 2; at + 9 < b.length && b[at] === 0xff; at += 2 + b.readUInt16BE(at + 2)) {
      const marker = b[at + 1]!;
      // Start-of-frame markers carry the size (C0–CF but C4 DHT, C8 JPG, CC DAC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        [h, w] = [b.readUInt16BE(at + 5), b.readUInt16BE(at + 7)];
        break;
      }
    }
  } else if (logo.type === "svg") {
    const root = /<svg\b[^>]*>/i.exec(new TextDecoder().decode(b.subarray(0, 4096)))?.[0] ?? "";
    const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(root);
    const attr = (name: string) => Number.parseFloat(new RegExp(`\\b${name}\\s*=\\s*["']([\\d.]+)`, "i").exec(root)?.[1] ?? "");
    [w, h] = box ? [Number(box[1]), Number(box[2])] : [attr("width"), attr("height")];
  }
  const aspect = w / h;
  return Number.isFinite(aspect) && aspect > 0 ? Math.min(Math.max(aspect, 0.2), 8) : 1;
}

/** A data: URL for the HTML cards (a CSS background image, so an SVG's scripts never run; once per file). */
export function logoDataUrl(logo: Logo): string {
  const mime = logo.type === "svg" ? "svg+xml" : logo.type;
  return `data:image/${mime};base64,${Buffer.from(logo.bytes).toString("base64")}`;
}
