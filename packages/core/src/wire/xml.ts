// XML text → a small element tree, through saxes: a strict, streaming, non-validating parser
// (jsdom's). Strict matters: a truncated or malformed answer must fail, never read as fewer
// accounts. It is also the cheapest path measured here: ~15 µs for a viewaccount answer against
// ~90 µs for fast-xml-parser's validate + parse (bench/README.md).
// Safety: a DOCTYPE (the server sends an inline DTD with generateaccounts) is skipped, never
// interpreted, so no entity is ever expanded: billion-laughs and external entities stay inert
// text. Only the five predefined entities and character references are decoded. Values stay
// strings: "00123" is a username, not a number.

import { SaxesParser } from "saxes";
import { HotspotIacError } from "../errors.js";

export interface XmlElement {
  /** The element name as the server spelled it. */
  name: string;
  /** The element's own text (entities decoded, CDATA verbatim), untrimmed. */
  text: string;
  children: XmlElement[];
}

/** The text is not well-formed XML. */
export class XmlSyntaxError extends HotspotIacError {
  override get code() {
    return "xml-syntax" as const;
  }
  override readonly name = "XmlSyntaxError";
}

// saxes reports an entity the DTD would define as an error and keeps `&name;` as written: that
// inert text is exactly what we want, so this one error is not fatal.
const UNDEFINED_ENTITY = "undefined entity.";

/**
 * Takes the records of an answer one by one: each outermost element with this name (compared
 * case-insensitively) is handed over as it closes and then left out of the tree, so a list of
 * 100,000 accounts never exists as one tree of 2.8 million elements. A root that is itself a
 * record is handed over and kept.
 */
export interface RecordSink {
  name: string;
  take(el: XmlElement): void;
}

/** Parses a whole document and returns its root element. Throws XmlSyntaxError. */
export function parseXml(text: string, records?: RecordSink): XmlElement {
  const root = tryParse(text, false, records);
  if (root) return root;
  // Failures are rare: parse again tracking positions, for a message that says where.
  tryParse(text, true);
  throw new XmlSyntaxError("not well-formed XML");
}

function tryParse(text: string, withPosition: boolean, records?: RecordSink): XmlElement | undefined {
  const tree = new TreeBuilder(records);
  const parser = new SaxesParser({ position: withPosition });
  let failed = false;
  parser.on("error", (err) => {
    if (err.message.endsWith(UNDEFINED_ENTITY)) return;
    failed = true;
    if (withPosition) throw new XmlSyntaxError(err.message);
  });
  parser.on("opentag", (tag) => tree.open(tag.name));
  parser.on("closetag", () => tree.close());
  parser.on("text", (t) => tree.text(t));
  parser.on("cdata", (t) => tree.text(t));
  parser.write(text).close();
  if (failed) return undefined;
  return tree.root(withPosition);
}

/** The element tree from parser events, records handed over as they close. */
class TreeBuilder {
  private readonly top: XmlElement = { name: "", text: "", children: [] };
  private readonly stack: XmlElement[] = [this.top];
  private current = this.top;
  private record: XmlElement | undefined;

  constructor(private readonly records: RecordSink | undefined) {}

  open(name: string): void {
    const el: XmlElement = { name, text: "", children: [] };
    this.current.children.push(el);
    this.stack.push(el);
    this.current = el;
    if (this.records && !this.record && same(name, this.records.name)) this.record = el;
  }

  close(): void {
    const el = this.stack.pop();
    this.current = this.stack[this.stack.length - 1] ?? this.top;
    if (el !== undefined && el === this.record) {
      this.record = undefined;
      if (this.current !== this.top) this.current.children.pop();
      this.records?.take(el);
    }
  }

  text(t: string): void {
    this.current.text += t;
  }

  root(withPosition: boolean): XmlElement | undefined {
    // saxes already refuses a second root and text outside the root; the whitespace around it is
    // not part of any element.
    const root = this.top.children[0];
    if (!root || this.top.children.length > 1) {
      if (withPosition) throw new XmlSyntaxError("expected exactly one root element");
      return undefined;
    }
    return root;
  }
}

// Names usually match exactly or differ in length: lower-case only when that cannot decide.
const same = (a: string, b: string): boolean => a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());

/** True when the element has this name, compared case-insensitively. */
export function isNamed(el: XmlElement, name: string): boolean {
  return same(el.name, name);
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
  const out: XmlElement[] = [];
  collect(el, name, out);
  return out;
}

// One output array for the whole walk: flatMap allocated an array per element (10,000 in a list).
function collect(el: XmlElement, name: string, out: XmlElement[]): void {
  if (same(el.name, name)) {
    out.push(el);
    return;
  }
  for (const c of el.children) collect(c, name, out);
}
