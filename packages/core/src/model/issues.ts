// zod issues → located diagnostics: one per field (the first problem found there), unknown keys
// reported on the key with a did-you-mean hint, the offending value echoed unless it is secret.

import type { z } from "zod";
import { type Diagnostic, formatPath, type PathSegment } from "./diagnostics.js";
import { locate, type SourceFile, writtenPath } from "./locate.js";
import { describeReference } from "./references.js";
import { didYouMean } from "./suggest.js";

type Issue = z.core.$ZodIssue;

/** Passwords, the passphrase and card data: never echoed, even when written in clear. */
export function isSensitivePath(path: readonly PathSegment[]): boolean {
  const last = path[path.length - 1];
  // The top-level `state` may be a database URL with its password in it.
  return last === "password" || last === "passphrase" || path.includes("card") || (path.length === 1 && last === "state");
}

/** Known keys of the object schema at `path` (for hints), following arrays, records, wrappers. */
function knownKeys(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  let s: z.core.$ZodType | undefined = schema;
  const unwrap = (t: z.core.$ZodType): z.core.$ZodType => {
    const def = t._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "readonly") {
      return unwrap(def["innerType"] as z.core.$ZodType);
    }
    if (def.type === "pipe") return unwrap(def["in"] as z.core.$ZodType);
    return t;
  };
  for (const seg of path) {
    if (!s) return [];
    const def = unwrap(s)._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === "object") s = (def["shape"] as Record<string, z.core.$ZodType>)[String(seg)];
    else if (def.type === "array") s = def["element"] as z.core.$ZodType;
    else if (def.type === "record") s = def["valueType"] as z.core.$ZodType;
    else return [];
  }
  if (!s) return [];
  const def = unwrap(s)._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === "object" ? Object.keys(def["shape"] as object) : [];
}

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value: unknown } {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object" || !(String(seg) in (v as object))) return { found: false, value: undefined };
    v = (v as Record<string, unknown>)[String(seg) as never];
  }
  return { found: true, value: v };
}

/** `"tomorrow"`, `3600`, `a list`; a secret is described, never shown. */
function describeValue(value: unknown, secret: { sensitive: boolean; template?: string }): string {
  if (secret.template) return `the value of ${describeReference(secret.template)}`;
  if (secret.sensitive) return "a sensitive value";
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

export interface IssueContext {
  src: SourceFile;
  schema: z.core.$ZodType;
  /** The resolved document the schema saw. */
  input: unknown;
  /** Templates of values that came from references, by JSON.stringify(path). */
  templates: Map<string, { template: string }>;
}

export function issuesToDiagnostics(issues: readonly Issue[], ctx: IssueContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const add = (path: PathSegment[], message: string, at: "key" | "value" = "value") => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return;
    seen.add(key);
    const pos = locate(ctx.src, path, at);
    out.push({ file: ctx.src.file, line: pos.line, col: pos.col, path: formatPath(writtenPath(ctx.src, path)), message });
  };
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)) as PathSegment[];
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(ctx.schema, path);
      for (const k of issue.keys) add([...path, k], `unknown key${didYouMean(k, known)}`, "key");
      continue;
    }
    const { found, value } = valueAt(ctx.input, path);
    if (!found) {
      add(path, "missing required key");
      continue;
    }
    const template = ctx.templates.get(JSON.stringify(path))?.template;
    const got = describeValue(value, { sensitive: isSensitivePath(path), ...(template ? { template } : {}) });
    add(path, `${issue.message}, got ${got}`);
  }
  return out;
}
