// From a field path to a line and column in the YAML source, through yaml 2's node ranges.

import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { PathSegment } from "./diagnostics.js";

export interface Position {
  line: number;
  col: number;
}

/** A parsed file: the document and what positions are computed with. */
export interface SourceFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * The position of the value at `path` (or of its key with `at: "key"`). A path that does not
 * exist stops at the deepest node that does (a missing key is reported on its mapping).
 */
export function locate(src: SourceFile, path: readonly PathSegment[], at: "value" | "key" = "value"): Position {
  let node: unknown = src.doc.contents;
  let keyNode: unknown;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (item === undefined) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  // An empty value (`quota:`) has no text of its own: point at its key.
  const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
  const target = ((at === "key" || empty) && keyNode ? keyNode : node) as Node | null | undefined;
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = src.lines.linePos(offset);
  return { line, col };
}
