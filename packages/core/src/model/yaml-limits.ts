// Limits on what one YAML file may make the loader do, each checked before the work it bounds
// grows: the file's size before it is read, alias tokens by a scan of the text before any
// parser runs, nesting depth inside the event parser (it stops where the limit is crossed), the
// size aliases expand to before any value is built, and `${file:…}` sizes before reading.
// Each refusal is a located diagnostic. docs/configuration.md lists them (generated from here).

import type { Diagnostic } from "./diagnostics.js";
import { LineIndex } from "./locate.js";

export const YAML_LIMITS = {
  /** Bytes in one YAML file (100,000 accounts take ~7.5 MB). */
  maxFileBytes: 32 * 1024 * 1024,
  /** Bytes in a file with anchors, aliases, tags or merge keys (its parser needs ~50× the text). */
  maxFeatureFileBytes: 4 * 1024 * 1024,
  /** Alias tokens (`*name`) in one file. */
  maxAliases: 1_000,
  /** Nodes a file holds once every alias is expanded. */
  maxExpandedNodes: 100_000,
  /** Nesting of mappings and lists. */
  maxDepth: 64,
  /** Bytes in a file read by `${file:PATH}`. */
  maxReferencedFileBytes: 64 * 1024,
} as const;

const MiB = (n: number) => `${n / (1024 * 1024)} MiB`;

function at(file: string, text: string, offset: number, message: string): Diagnostic {
  // Only the text up to the offset is indexed: the position of a refusal costs no more than it.
  const { line, col } = new LineIndex(text.slice(0, offset)).position(offset);
  return { file, line, col, path: "", message };
}

export function fileTooLarge(file: string, bytes: number): Diagnostic {
  return { file, line: 1, col: 1, path: "", message: `the file is ${(bytes / (1024 * 1024)).toFixed(1)} MiB; at most ${MiB(YAML_LIMITS.maxFileBytes)} per file (split it into several files)` };
}

// An alias is `*` where a node may start (line start, after a space, `[`, `{` or `,`) followed by
// an anchor character. Asterisks inside quoted text may be counted too: the count is an upper bound.
const ALIAS_TOKEN = /(?:^|[\s[{,])\*[^\s[\]{},]/g;

/** Refuses a text over the size or alias-count limits, scanning no further than the limit. */
export function checkText(text: string, file: string): Diagnostic | undefined {
  if (text.length > YAML_LIMITS.maxFileBytes) return fileTooLarge(file, Buffer.byteLength(text));
  if (text.indexOf("*") < 0) return undefined;
  ALIAS_TOKEN.lastIndex = 0;
  let count = 0;
  for (let m = ALIAS_TOKEN.exec(text); m; m = ALIAS_TOKEN.exec(text)) {
    if (++count > YAML_LIMITS.maxAliases) {
      return at(file, text, m.index + m[0].indexOf("*"), `more than ${YAML_LIMITS.maxAliases} aliases (*name) in one file`);
    }
  }
  return undefined;
}

export function tooDeep(file: string, text: string, offset: number): Diagnostic {
  return at(file, text, offset, `mappings and lists nested more than ${YAML_LIMITS.maxDepth} deep`);
}

export function tooExpanded(file: string, text: string, offset: number): Diagnostic {
  return at(file, text, offset, `aliases expand the file to more than ${YAML_LIMITS.maxExpandedNodes.toLocaleString("en-US")} values`);
}

export function featuresTooLarge(file: string, text: string, offset: number): Diagnostic {
  return at(
    file,
    text,
    offset,
    `anchors, aliases, tags and merge keys are read in files up to ${MiB(YAML_LIMITS.maxFeatureFileBytes)}; this one is ${(Buffer.byteLength(text) / (1024 * 1024)).toFixed(1)} MiB (split it, or write the values out)`,
  );
}
