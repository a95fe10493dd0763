// How an answer becomes a value: from its whole element tree, or record by record as each record
// closes (answers that list accounts: getaccountlist grows with the server).

import { parseXml, type XmlElement } from "../xml.js";

export type Decoder<T> = ((root: XmlElement) => T) | RecordDecoder<T>;

export interface RecordDecoder<T> {
  /** The record element's name, compared case-insensitively. */
  record: string;
  /** One decoding of one answer: each record, then what is left of the tree. */
  begin(): { take(el: XmlElement): void; end(root: XmlElement): T };
}

/** The text of an answer through a decoder. Throws what parsing and decoding throw. */
export function decodeAnswer<T>(decode: Decoder<T>, text: string): T {
  if (typeof decode === "function") return decode(parseXml(text));
  const run = decode.begin();
  return run.end(parseXml(text, { name: decode.record, take: (el) => run.take(el) }));
}

/** The same records, and then `f` of what the decoder made of them. */
export function mapDecoder<T, U>(d: RecordDecoder<T>, f: (value: T) => U): RecordDecoder<U> {
  return {
    record: d.record,
    begin() {
      const run = d.begin();
      return { take: (el) => run.take(el), end: (root) => f(run.end(root)) };
    },
  };
}
