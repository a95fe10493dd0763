// Where each piece of a configuration was written, and diagnostics and source locations
// pointing there: every loading stage reports through these.

import { type Diagnostic, formatPath, type PathSegment } from "../diagnostics.js";
import { locate, type Position, type SourceFile, writtenPath } from "../locate.js";
import type { SourceLocation } from "../types.js";

/** Where a piece of the configuration was written. */
export interface Origin {
  src: SourceFile;
  path: PathSegment[];
}

export interface Located<T> {
  value: T;
  origin: Origin;
}

function position(o: Origin, sub: PathSegment[] = [], at: "key" | "value" = "value") {
  const path = [...o.path, ...sub];
  return { ...locate(o.src, path, at), path };
}

export function diag(o: Origin, sub: PathSegment[], message: string, at: "key" | "value" = "value"): Diagnostic {
  const p = position(o, sub, at);
  return { file: o.src.file, line: p.line, col: p.col, path: formatPath(writtenPath(o.src, p.path)), message };
}

export function sourceOf(o: Origin, sub: PathSegment[] = [], where: "key" | "value" = "value"): SourceLocation {
  const { line, col } = locate(o.src, [...o.path, ...sub], where);
  return { file: o.src.file, line, col };
}

export const at = (s: SourceLocation): string => `${s.file}:${s.line}:${s.col}`;

/** The value at a path of the document as written (references resolved), if any. */
function writtenAt(document: unknown, path: readonly PathSegment[]): unknown {
  let v = document;
  for (const seg of path) v = v !== null && typeof v === "object" ? (v as Record<PathSegment, unknown>)[seg] : undefined;
  return v;
}

type FieldPositions = NonNullable<SourceLocation["fields"]>;

/** The position of every value written on a resource (one level of nesting), from the document as written. */
function fieldPositions(o: Origin, document: unknown): FieldPositions {
  const input = writtenAt(document, o.path);
  const fields: FieldPositions = {};
  for (const [k, v] of Object.entries(input !== null && typeof input === "object" ? input : {})) {
    fields[k] = locate(o.src, [...o.path, k]);
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const sk of Object.keys(v)) fields[`${k}.${sk}`] = locate(o.src, [...o.path, k, sk]);
    }
  }
  return fields;
}

/**
 * A resource's location, turned into a line and column (and its fields' positions) when first
 * read: plans and errors read a few, and computing them for every entry of a file with 200,000
 * entries made their garbage most of `validate`'s time. The offsets stay in the file's tree.
 */
class ResourceSource implements SourceLocation {
  readonly file: string;
  #origin: Origin;
  #at: "key" | "value";
  #document: unknown;
  #position: Position | undefined;
  #fields: FieldPositions | undefined;

  constructor(o: Origin, at: "key" | "value", document: unknown) {
    this.file = o.src.file;
    this.#origin = o;
    this.#at = at;
    this.#document = document;
  }

  get line(): number {
    this.#position ??= locate(this.#origin.src, this.#origin.path, this.#at);
    return this.#position.line;
  }

  get col(): number {
    this.#position ??= locate(this.#origin.src, this.#origin.path, this.#at);
    return this.#position.col;
  }

  get fields(): FieldPositions {
    this.#fields ??= fieldPositions(this.#origin, this.#document);
    return this.#fields;
  }

  toJSON(): SourceLocation {
    return { file: this.file, line: this.line, col: this.col, fields: this.fields };
  }
}

/**
 * A resource's location (its value's, or its key's with `at: "key"`) with the position of every
 * value written on it, from the document as written: the decoded values (Secrets, expiries) are
 * not what was written. Computed when read.
 */
export function resourceSource(o: Origin, document: unknown, at: "key" | "value" = "value"): SourceLocation {
  return new ResourceSource(o, at, document);
}
