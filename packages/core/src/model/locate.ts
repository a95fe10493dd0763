// From a field path to a line and column in the YAML source. Both parsers (yaml-events.ts, the
// fast path, and yaml-document.ts, the complete one) describe a file as a tree of node offsets;
// this walks it. Offsets become lines and columns only when a position is asked for.

import type { PathSegment } from "./diagnostics.js";

export interface Position {
  line: number;
  col: number;
}

/**
 * Where one YAML node starts, and its children. A scalar is its offset alone, a number rather
 * than an object: a file of 200,000 entries has a million of them (see `scalarPosition`).
 */
export type PositionNode = ScalarPosition | MapPosition | SeqPosition;

/**
 * A scalar's offset; `-1 - offset` for one with no text of its own (`quota:`), whose positions
 * point at its key instead.
 */
export type ScalarPosition = number;

export const scalarPosition = (start: number, empty: boolean): ScalarPosition => (empty ? -1 - start : start);

const isEmptyScalar = (node: PositionNode | undefined): boolean => typeof node === "number" && node < 0;

/** Where a node starts. */
export function nodeStart(node: PositionNode): number {
  if (typeof node !== "number") return node.start;
  return node < 0 ? -1 - node : node;
}

export interface MapPosition {
  kind: "map";
  start: number;
  /** The key as the loaded object has it (String of the resolved scalar); undefined for a complex key. */
  keys: (string | undefined)[];
  keyStarts: number[];
  values: PositionNode[];
}

export interface SeqPosition {
  kind: "seq";
  start: number;
  items: PositionNode[];
}

/** A parsed file: its name, its node offsets and how offsets become lines. */
export interface SourceFile {
  file: string;
  readonly root: PositionNode | undefined;
  readonly lines: LineIndex;
  /**
   * A document expanded before it was checked (a fleet: `fleet.venues` → `sites`): the path as
   * written for a path of the expanded document, so errors point at the line that was written.
   */
  remap?: (path: readonly PathSegment[]) => PathSegment[];
}

/**
 * A file whose node offsets are found when a position is first asked for (`positions`, from
 * the text): a file that loads without an error and whose positions nothing reads never builds
 * them. The tree of a 200,000-entry file was a quarter of what `validate` allocated.
 */
export function deferredSource(file: string, text: string, positions: () => PositionNode | undefined): SourceFile {
  let root: PositionNode | undefined;
  let built = false;
  let lines: LineIndex | undefined;
  return {
    file,
    get root() {
      if (!built) {
        root = positions();
        built = true;
      }
      return root;
    },
    get lines() {
      lines ??= new LineIndex(text);
      return lines;
    },
  };
}

/** The same file, located through `remap` (a fleet's expanded paths), its positions still deferred. */
export function remapped(src: SourceFile, remap: NonNullable<SourceFile["remap"]>): SourceFile {
  return {
    file: src.file,
    get root() {
      return src.root;
    },
    get lines() {
      return src.lines;
    },
    remap,
  };
}

/** The path as written in the file for a path of the document as checked. */
export function writtenPath(src: SourceFile, path: readonly PathSegment[]): PathSegment[] {
  return src.remap ? src.remap(path) : [...path];
}

/** One parsed YAML file: its value and where each node sits (both parsers give this). */
export interface ParsedYaml {
  value: unknown;
  src: SourceFile;
}

/**
 * The position of the value at `path` (or of its key with `at: "key"`). A path that does not
 * exist stops at the deepest node that does (a missing key is reported on its mapping).
 */
export function locate(src: SourceFile, checked: readonly PathSegment[], at: "value" | "key" = "value"): Position {
  const path = writtenPath(src, checked);
  let node = src.root;
  let keyStart: number | undefined;
  for (const seg of path) {
    if (typeof node !== "object") {
      break;
    } else if (node.kind === "map") {
      const i = keyIndex(node, String(seg));
      if (i < 0) break;
      keyStart = node.keyStarts[i];
      node = node.values[i];
    } else if (typeof seg === "number") {
      const item = node.items[seg];
      if (item === undefined) break;
      keyStart = undefined;
      node = item;
    } else {
      break;
    }
  }
  const offset = (at === "key" || isEmptyScalar(node)) && keyStart !== undefined ? keyStart : node === undefined ? 0 : nodeStart(node);
  return src.lines.position(offset);
}

// A large mapping's keys by name, built on first lookup: locating every entry of a mapping with
// 200,000 keys must not scan it once per entry. Small mappings (an account's fields) are scanned:
// a Map for each of them would cost more than it saves. Duplicate keys keep the first, as indexOf.
const INDEXED_FROM = 32;
const keyIndexes = new WeakMap<MapPosition, Map<string | undefined, number>>();

function keyIndex(node: MapPosition, key: string): number {
  if (node.keys.length < INDEXED_FROM) return node.keys.indexOf(key);
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    for (let i = node.keys.length - 1; i >= 0; i--) index.set(node.keys[i], i);
    keyIndexes.set(node, index);
  }
  return index.get(key) ?? -1;
}

/** Offsets to 1-based lines and columns (columns in UTF-16 code units, as yaml counts them). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.starts[lo]! + 1 };
  }
}
