// A tiny XML writer: the emulator must produce its bytes itself (an independent implementation of
// the server, so that the client's parser is tested against something it did not write).

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// Characters XML 1.0 cannot carry at all; dropped rather than producing an unparseable document.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  // Most values (numbers, flags, dates, plain names) need nothing: skip the replacements.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** An element with text content. */
export function el(name: string, value: string | number): string {
  return `<${name}>${typeof value === "number" ? value : escapeXml(value)}</${name}>`;
}

/** An element wrapping already-serialised children. */
export function wrap(name: string, children: string): string {
  return `<${name}>${children}</${name}>`;
}

/** A complete document: declaration, optional DOCTYPE, root, final newline (as captured). */
export function document(root: string, doctype?: string): string {
  return doctype ? `${XML_DECLARATION}\n${doctype}\n${root}\n` : `${XML_DECLARATION}${root}\n`;
}
