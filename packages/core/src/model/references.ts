// `${env:NAME}`, `${env:NAME:-default}` and `${file:PATH}` in string values, resolved at load.
// A missing variable or file is an error, never an empty string. Every resolved value is treated
// as secret afterwards: error messages never echo it, and the serializer writes the reference back.
// `$${` writes a literal `${`.

import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { PathSegment } from "./diagnostics.js";
import { YAML_LIMITS } from "./yaml-limits.js";

export interface ResolveContext {
  env: Record<string, string | undefined>;
  /** Folder `${file:…}` paths are relative to (the YAML file's). */
  baseDir: string;
  /** Stands in for an unset variable without a `:-default` instead of an error (lenient loads). */
  unsetEnv?: (name: string) => string;
}

export interface ResolvedString {
  value: string;
  /** The text as written, when it held a reference. */
  template?: string;
}

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
}

const EXPECTED = "$" + "{env:NAME} or $" + "{file:PATH}";
const TOKEN = /\$\$\{|\$\{([^}]*)\}|\$\{/g;
const ENV_RE = /^env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s;

/**
 * A regular file's text, at most maxReferencedFileBytes. Opened without blocking and checked on
 * the open descriptor, so a FIFO, a device or a folder (or a file swapped for one) is refused
 * without waiting for a writer or reading without end.
 */
function readSmallRegularFile(abs: string): string | { problem: string } {
  const fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: "is not a regular file" };
    const max = YAML_LIMITS.maxReferencedFileBytes;
    if (st.size > max) return { problem: `is larger than ${max / 1024} KiB` };
    // Sized by the file (a few bytes for a password), grown only if it grows while read.
    let buf = Buffer.allocUnsafe(Math.min(Math.max(st.size + 1, 1024), max + 1));
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > max) return { problem: `is larger than ${max / 1024} KiB` };
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, max + 1));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
    }
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/**
 * The references a template holds, as a reader may see them: `${env:NAME}`, `${file:PATH}`,
 * comma-separated. A `:-default` is left out (it is a value written in the YAML, maybe a secret).
 */
export function describeReference(template: string): string {
  const names: string[] = [];
  for (const m of template.matchAll(TOKEN)) {
    const body = m[1];
    if (body === undefined) continue;
    const env = ENV_RE.exec(body);
    const name = env ? `\${env:${env[1]}}` : body.startsWith("file:") ? `\${${body}}` : undefined;
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(", ") : "a reference";
}

/**
 * Literal text as a YAML string value that loads back as exactly that text: every `${` is
 * written `$${` (a run of `$` before `{` gains one, which the loader takes off again).
 */
export function escapeReferences(text: string): string {
  return text.replaceAll("${", () => "$${");
}

function hasReference(text: string): boolean {
  return text.includes("${");
}

/** Resolves one string; problems are described without any resolved value. */
function resolveString(text: string, ctx: ResolveContext): { value: string; problems: string[] } {
  const problems: string[] = [];
  const value = text.replace(TOKEN, (match, body: string | undefined) => {
    if (match === "$${") return "${";
    if (body === undefined) {
      problems.push(`unclosed reference: expected ${EXPECTED}`);
      return "";
    }
    const env = ENV_RE.exec(body);
    if (env) {
      const name = env[1]!;
      const v = ctx.env[name];
      if (v !== undefined && v !== "") return v;
      if (env[2] !== undefined) return env[2];
      if (v === undefined && ctx.unsetEnv) return ctx.unsetEnv(name);
      problems.push(
        v === undefined
          ? `environment variable ${name} is not set (referenced as \${env:${name}})`
          : `environment variable ${name} is empty (referenced as \${env:${name}})`,
      );
      return "";
    }
    if (body.startsWith("file:")) {
      const rel = body.slice(5);
      if (rel === "") {
        problems.push(`empty file reference: expected ${EXPECTED}`);
        return "";
      }
      const abs = isAbsolute(rel) ? rel : resolve(ctx.baseDir, rel);
      try {
        const read = readSmallRegularFile(abs);
        if (typeof read !== "string") {
          problems.push(`file ${rel} ${read.problem} (referenced as \${file:${rel}})`);
          return "";
        }
        const content = read.replace(/\r?\n$/, "");
        if (content === "") problems.push(`file ${rel} is empty (referenced as \${file:${rel}})`);
        return content;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "unreadable";
        problems.push(`cannot read file ${rel} (referenced as \${file:${rel}}): ${code}`);
        return "";
      }
    }
    const kind = body.split(":")[0] ?? "";
    problems.push(`unknown reference \${${kind}:…}: expected ${EXPECTED}`);
    return "";
  });
  return { value, problems };
}

/** Text whose only `$` sequences are `$$` escapes: written as a plain value, not a reference. */
const ESCAPES_ONLY = /^(?:[^$]|\$(?!\{)|\$\$\{)*$/;

/**
 * Resolves every string value in a parsed document (keys are left alone). Returns the resolved
 * tree, the templates by path, and problems. Copy on write: a mapping or list is copied only when
 * something under it changed, and paths are built only for what is recorded (100,000 accounts
 * with a referenced password resolve in a fraction of the time of a full copy).
 */
export function resolveTree(
  root: unknown,
  ctx: ResolveContext,
): { value: unknown; templates: Map<string, { path: PathSegment[]; template: string }>; problems: ReferenceProblem[] } {
  const templates = new Map<string, { path: PathSegment[]; template: string }>();
  const problems: ReferenceProblem[] = [];
  const at: PathSegment[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (!hasReference(v)) return v;
      const r = resolveString(v, ctx);
      for (const message of r.problems) problems.push({ path: [...at], message });
      if (!ESCAPES_ONLY.test(v)) {
        const path = [...at];
        templates.set(JSON.stringify(path), { path, template: v });
      }
      return r.value;
    }
    if (Array.isArray(v)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        const x = walk(v[i]);
        at.pop();
        if (x !== v[i]) {
          out ??= [...v];
          out[i] = x;
        }
      }
      return out ?? v;
    }
    if (v !== null && typeof v === "object") {
      let out: Record<string, unknown> | undefined;
      // Keys, then each value: Object.entries made a pair per value of every mapping.
      for (const k of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[k];
        at.push(k);
        const y = walk(x);
        at.pop();
        if (y !== x) {
          out ??= { ...v };
          // defineProperty: a key named __proto__ stays a key (assignment would set the prototype)
          Object.defineProperty(out, k, { value: y, enumerable: true, writable: true, configurable: true });
        }
      }
      return out ?? v;
    }
    return v;
  };
  return { value: walk(root), templates, problems };
}
