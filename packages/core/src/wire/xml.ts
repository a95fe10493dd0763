// XML text → a small element tree, through fast-xml-parser.
// Safety: a DOCTYPE (the server sends an inline DTD with generateaccounts) is accepted but entity
// expansion is off, so billion-laughs and external entities stay inert text. Only the five
// predefined XML entities and numeric character references are decoded, by us, after parsing.
// Values stay strings: "00123" is a username, not a number.

import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** The element name as the server spelled it. */
  name: string;
  /** The element's own text (entities decoded, CDATA verbatim), untrimmed. */
  text: string;
  children: XmlElement[];
}

/** The text is not well-formed XML. */
export class XmlSyntaxError extends Error {
  override readonly name = "XmlSyntaxError";
}

const TEXT = "#text";
const CDATA = "#cdata";

const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  textNodeName: TEXT,
});

/** Parses a whole document and returns its root element. Throws XmlSyntaxError. */
export function parseXml(text: string): XmlElement {
  const doc = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The parser alone accepts truncated documents; the validator catches them (and never expands
  // entities either).
  const valid = XMLValidator.validate(doc);
  if (valid !== true) {
    throw new XmlSyntaxError(`${valid.err.msg} at line ${valid.err.line}, column ${valid.err.col}`);
  }
  let nodes: unknown;
  try {
    nodes = parser.parse(doc);
  } catch (err) {
    throw new XmlSyntaxError(err instanceof Error ? err.message : String(err));
  }
  const roots = toElements(nodes);
  const root = roots[0];
  if (!root || roots.length > 1) throw new XmlSyntaxError("expected exactly one root element");
  return root;
}

type OrderedNode = Record<string, unknown>;

function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const out: XmlElement[] = [];
  for (const node of nodes as OrderedNode[]) {
    for (const key of Object.keys(node)) {
      if (key === ":@" || key === TEXT || key === CDATA) continue;
      out.push(toElement(key, node[key]));
    }
  }
  return out;
}

function toElement(name: string, content: unknown): XmlElement {
  let text = "";
  const children: XmlElement[] = [];
  if (Array.isArray(content)) {
    for (const node of content as OrderedNode[]) {
      for (const key of Object.keys(node)) {
        const value = node[key];
        if (key === TEXT) text += decodeEntities(String(value));
        else if (key === CDATA) text += cdataText(value);
        else if (key !== ":@") children.push(toElement(key, value));
      }
    }
  }
  return { name, text, children };
}

function cdataText(value: unknown): string {
  if (!Array.isArray(value)) return "";
  return (value as OrderedNode[]).map((n) => String(n[TEXT] ?? "")).join("");
}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return PREDEFINED[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** True when the element has this name, compared case-insensitively. */
export function isNamed(el: XmlElement, name: string): boolean {
  return same(el.name, name);
}

/** Direct children with this name (case-insensitive). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => same(c.name, name));
}

/** The first direct child with this name (case-insensitive). */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => same(c.name, name));
}

/**
 * Every element with this name at any depth, the element itself included, without descending
 * into a match: tolerant of a wrapper element a real server might add or leave out.
 */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  if (same(el.name, name)) return [el];
  return el.children.flatMap((c) => findAll(c, name));
}
