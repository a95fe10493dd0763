// Where each piece of a configuration was written, and diagnostics and source locations
// pointing there: every loading stage reports through these.

import { type Diagnostic, formatPath, type PathSegment } from "../diagnostics.js";
import { locate, type SourceFile, writtenPath } from "../locate.js";
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

/**
 * A resource's location with the position of every value written on it (one level of nesting),
 * from the document as written: the decoded values (Secrets, expiries) are not what was written.
 */
export function resourceSource(o: Origin, document: unknown): SourceLocation {
  const input = writtenAt(document, o.path);
  const fields: Record<string, { line: number; col: number }> = {};
  for (const [k, v] of Object.entries(input !== null && typeof input === "object" ? input : {})) {
    fields[k] = locate(o.src, [...o.path, k]);
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const sk of Object.keys(v)) fields[`${k}.${sk}`] = locate(o.src, [...o.path, k, sk]);
    }
  }
  return { ...sourceOf(o), fields };
}

