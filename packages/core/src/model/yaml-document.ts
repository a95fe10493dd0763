// The complete YAML path, through yaml 2's Document: anchors, aliases (with an alias budget
// against billion-laughs), merge keys, tags, and the best error messages. Used for every file the
// fast path (yaml-events.ts) hands over: files with errors or with features it leaves alone.
// It costs ~50× the memory of the text, so a 100,000-account file takes 500 MB here.

import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, type YAMLError } from "yaml";
import type { Diagnostic } from "./diagnostics.js";
import { LineIndex, type ParsedYaml, type PositionNode, scalarPosition } from "./locate.js";
import { tooExpanded, YAML_LIMITS } from "./yaml-limits.js";

/** yaml's messages, reworded where they speak of the library rather than the file. */
function yamlMessage(code: string, message: string): string {
  if (code === "MULTIPLE_DOCS") return "one document per file (split the documents into several files)";
  if (code === "DUPLICATE_KEY") return "this key is already set in the same mapping";
  return message.split("\n")[0] ?? message;
}

/**
 * The parser's errors as diagnostics: a key set twice is its own mistake, each reported; of the
 * syntax errors only the first is, since the parser loses its place there and what it reports
 * after (a tab's indentation made 105 errors) follows from it: one line says how many.
 */
function syntaxDiagnostics(errors: readonly YAMLError[], file: string, lines: LineIndex): Diagnostic[] {
  const at = (e: YAMLError, message: string): Diagnostic => ({ file, ...lines.position(e.pos[0]), path: "", message: `invalid YAML: ${message}` });
  const duplicates = errors.filter((e) => e.code === "DUPLICATE_KEY");
  const syntax = errors.filter((e) => e.code !== "DUPLICATE_KEY");
  const out = duplicates.map((e) => at(e, yamlMessage(e.code, e.message)));
  const [first, second] = syntax;
  if (first) out.push(at(first, yamlMessage(first.code, first.message)));
  if (second) {
    const n = syntax.length - 1;
    out.push(at(second, `${n} more error${n === 1 ? "" : "s"} from here on may follow from the one before; fix it and validate again`));
  }
  return out;
}

export function parseWithDocument(text: string, file: string): ParsedYaml | { diagnostics: Diagnostic[] } {
  // One line index for error positions and node positions alike.
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { merge: true, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { diagnostics: syntaxDiagnostics(doc.errors, file, lines) };
  // Before any value is built: how large aliases make the document (billion laughs).
  const expanded = firstOverExpansion(doc);
  if (expanded !== undefined) return { diagnostics: [tooExpanded(file, text, expanded)] };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { diagnostics: [{ file, line: 1, col: 1, path: "", message: `invalid YAML: ${(e as Error).message}` }] };
  }
  return { value, src: { file, root: positionsOf(doc), lines } };
}

/**
 * The offset of the alias at which the document, aliases expanded, passes maxExpandedNodes; or
 * undefined. Each node's expanded size is computed once (memo), so the walk costs the
 * document's own size plus one step per alias, however far the aliases expand.
 */
function firstOverExpansion(doc: Document.Parsed): number | undefined {
  const limit = YAML_LIMITS.maxExpandedNodes;
  const sizes = new Map<Node, number>();
  const sizeOf = (node: Node | null | undefined, seen: Set<Node>): number => {
    if (!node) return 0;
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      return target && !seen.has(target) ? sizeOf(target, seen) : 1;
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    seen.add(node);
    let n = 1;
    if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) n += sizeOf(pair.key as Node, seen) + sizeOf(pair.value as Node, seen);
    } else if (isSeq(node)) {
      for (const item of node.items) n += sizeOf(item as Node, seen);
    }
    seen.delete(node);
    n = Math.min(n, limit + 1); // sizes past the limit need not grow further
    sizes.set(node, n);
    return n;
  };
  if (sizeOf(doc.contents as Node | null, new Set()) <= limit) return undefined;
  // Over: find the alias where a walk in document order crosses the limit.
  let total = 0;
  const walk = (node: Node | null | undefined): number | undefined => {
    if (!node) return undefined;
    if (isAlias(node)) {
      total += sizes.get(node.resolve(doc) as Node) ?? 1;
      return total > limit ? (node.range?.[0] ?? 0) : undefined;
    }
    total++;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const hit = walk(pair.key as Node) ?? walk(pair.value as Node);
        if (hit !== undefined) return hit;
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const hit = walk(item as Node);
        if (hit !== undefined) return hit;
      }
    }
    return total > limit ? (node.range?.[0] ?? 0) : undefined;
  };
  return walk(doc.contents as Node | null) ?? 0;
}

function positionsOf(doc: Document.Parsed): PositionNode | undefined {
  const contents = doc.contents as Node | null;
  return contents ? convert(contents) : undefined;
}

function convert(node: Node): PositionNode {
  const start = node.range?.[0] ?? 0;
  if (isMap(node)) {
    const keys: (string | undefined)[] = [];
    const keyStarts: number[] = [];
    const values: PositionNode[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      const keyStart = key?.range?.[0] ?? start;
      keys.push(isScalar(key) ? String(key.value) : undefined);
      keyStarts.push(keyStart);
      // A key without a value (`{ y }`) is located on the key itself.
      const value = pair.value as Node | null;
      values.push(value ? convert(value) : scalarPosition(keyStart, false));
    }
    return { kind: "map", start, keys, keyStarts, values };
  }
  if (isSeq(node)) return { kind: "seq", start, items: (node.items as Node[]).map(convert) };
  const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
  return scalarPosition(start, empty && !isAlias(node));
}
