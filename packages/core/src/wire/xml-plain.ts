// A scanner for the plain XML HotSpot servers send: an optional `<?xml version="1.0" …?>`, then one
// root of nested elements without attributes, text with the five predefined entities, nothing
// else. Anything outside that subset (attributes, comments, CDATA, a DOCTYPE, character
// references, \r, control or non-BMP characters, a tag it cannot read) is not judged here: the
// scan stops and the caller starts over with saxes, which accepts or refuses the text exactly as
// before. Inside the subset the events are the ones saxes gives, without its per-character state
// machine (a viewaccount answer costs a few µs instead of ~20 µs, and far less garbage).

export interface PlainEvents {
  open(name: string): void;
  close(): void;
  text(text: string): void;
}

// The declarations seen from servers and the emulator; another one goes to saxes.
const DECLARATIONS = ['<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?>'];

const ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"];
const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const ENTITY_TEXT: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Sends the events of a plain text and returns true; returns false at the first thing outside the
 * subset, and the events sent until then are to be discarded.
 */
export function scanPlainXml(text: string, events: PlainEvents): boolean {
  let i = 0;
  for (const d of DECLARATIONS) {
    if (text.startsWith(d)) {
      i = d.length;
      break;
    }
  }
  const open: string[] = [];
  let rootClosed = false;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const end = lt === -1 ? text.length : lt;
    if (end > i) {
      // Outside the root only whitespace; inside, text.
      if (open.length === 0) {
        if (!onlySpace(text, i, end)) return false;
      } else {
        const entities = plainText(text, i, end);
        if (entities === -1) return false;
        const t = text.slice(i, end);
        events.text(entities === 0 ? t : t.replace(ENTITY, (_, e: string) => ENTITY_TEXT[e]!));
      }
    }
    if (lt === -1) break;
    if (text.charCodeAt(lt + 1) === 47) {
      const ne = nameEnd(text, lt + 2);
      if (ne === -1 || text.charCodeAt(ne) !== 62) return false;
      const name = open.pop();
      if (name === undefined || ne - lt - 2 !== name.length || !text.startsWith(name, lt + 2)) return false;
      events.close();
      if (open.length === 0) rootClosed = true;
      i = ne + 1;
      continue;
    }
    const ne = nameEnd(text, lt + 1);
    if (ne === -1 || (open.length === 0 && rootClosed)) return false;
    const name = text.slice(lt + 1, ne);
    const c = text.charCodeAt(ne);
    if (c === 62) {
      open.push(name);
      events.open(name);
      i = ne + 1;
    } else if (c === 47 && text.charCodeAt(ne + 1) === 62) {
      events.open(name);
      events.close();
      if (open.length === 0) rootClosed = true;
      i = ne + 2;
    } else return false;
  }
  return rootClosed && open.length === 0;
}

// [A-Za-z_][A-Za-z0-9_.-]*: a valid XML name in any parser's reading.
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10;

function nameEnd(text: string, from: number): number {
  if (from >= text.length || !isNameStart(text.charCodeAt(from))) return -1;
  let i = from + 1;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  return i;
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Checks text between tags: tab, newline and U+0020–U+D7FF only (no \r, which XML would
 * normalise, nor any character XML forbids), no "]]>", `&` only as one of the five predefined
 * entities. Returns how many entities it holds, or -1 outside the subset.
 */
function plainText(text: string, from: number, to: number): number {
  let entities = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) {
      if (c === 38) {
        if (!ENTITIES.some((e) => text.startsWith(e, i))) return -1;
        entities++;
      } else if (c === 93 && text.startsWith("]]>", i)) return -1;
    } else if (c !== 9 && c !== 10) return -1;
  }
  return entities;
}
