// The hand-written constructs are written once, in this package's src/, against cdktf.
// A flavour on another CDK library gets them copied into its own package's src/ with
// each `cdktf` module specifier replaced by that library's name: the copy then resolves
// the library, `constructs` and `../dist/bindings` (its own generated bindings) from its
// package, and is type-checked and compiled there like any source. The copies are build
// output (git-ignored, rewritten on every build): edit the cdktf-provider sources.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ts from "typescript";
import { CONSTRUCTS_SOURCE, type Flavour } from "./flavours.js";

/** `text` with every import/export specifier `cdktf` (and `cdktf/...`) naming `cdk` instead. */
export function retarget(text: string, cdk: string): string {
  const specifiers = ts
    .preProcessFile(text, true, true)
    .importedFiles.filter((f) => f.fileName === "cdktf" || f.fileName.startsWith("cdktf/"))
    .sort((a, b) => b.pos - a.pos);
  let out = text;
  for (const s of specifiers) {
    // `pos` is the literal's start, its opening quote included or not depending on the form.
    const at = out.indexOf(s.fileName, s.pos);
    if (at < s.pos || at > s.pos + 1) throw new Error(`cannot locate the module specifier ${s.fileName} at offset ${s.pos}`);
    out = out.slice(0, at) + cdk + out.slice(at + "cdktf".length);
  }
  return out;
}

/**
 * Writes the constructs' sources for `flavour` into its package's src/ (a no-op for
 * cdktf, whose src/ is the original). Unchanged files are left alone, stale ones removed.
 */
export function writeFlavourSources(flavour: Flavour): string[] {
  if (flavour.cdk === "cdktf") return [];
  const target = join(flavour.packageRoot, "src");
  mkdirSync(target, { recursive: true });
  const names = readdirSync(CONSTRUCTS_SOURCE).filter((f) => f.endsWith(".ts"));
  for (const stale of readdirSync(target).filter((f) => !names.includes(f))) rmSync(join(target, stale), { recursive: true });
  const changed: string[] = [];
  for (const name of names) {
    const header = `// Generated from packages/cdktf-provider/src/${basename(name)} for ${flavour.cdk}: edit that file, not this copy.\n`;
    const text = header + retarget(readFileSync(join(CONSTRUCTS_SOURCE, name), "utf8"), flavour.cdk);
    const path = join(target, name);
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    writeFileSync(path, text);
    changed.push(path);
  }
  return changed;
}
