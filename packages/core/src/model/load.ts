// Loading: files or folders → parsed YAML → references resolved → schema → model, merged per
// site across files, then checked as a whole (duplicates, plan references, ownership). Every
// problem is collected; LoadError carries them all.


import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type Diagnostic, LoadError } from "./diagnostics.js";
import { collect, type SiteParts } from "./load/collect.js";
import { type Fragment, parseFragment } from "./load/fragment.js";
import { referencesOf } from "./load/reference-keys.js";
import { buildSite } from "./load/site-checks.js";
import { checkSharedServers } from "./load/shared-servers.js";
import type { Config } from "./types.js";
import { fileTooLarge, YAML_LIMITS } from "./yaml-limits.js";

export { referenceKey } from "./load/reference-keys.js";
export { DEFAULT_SITE } from "./sites.js";

export interface LoadOptions {
  /** Environment for `${env:NAME}`; default process.env. */
  env?: Record<string, string | undefined>;
  /** Folder paths are relative to, and file names shown relative to; default process.cwd(). */
  cwd?: string;
  /**
   * A lenient load (synthesizing without the secrets): called for each `${env:NAME}` without a
   * `:-default` whose variable is unset; its answer stands in for the value instead of an error.
   */
  unsetEnv?: (name: string) => string;
}


function assemble(fragments: Fragment[], files: string[], diagnostics: Diagnostic[], cwd: string): Config {
  const parts = new Map<string, SiteParts>();
  for (const f of fragments) collect(f, parts, diagnostics);
  const sites = [...parts].map(([name, p]) => buildSite(name, p, diagnostics));
  checkSharedServers(parts, diagnostics);
  if (diagnostics.length > 0) throw new LoadError(diagnostics);
  const { references, tainted } = referencesOf(fragments, parts);
  const named = fragments.find((f) => f.doc.state !== undefined);
  const state = named?.doc.state;
  return {
    ...(state !== undefined ? { state: /^postgres(ql)?:\/\//i.test(state) ? state : resolve(dirname(resolve(cwd, named!.src.file)), state) } : {}),
    version: 1,
    multiSite: fragments.some((f) => f.doc.sites !== undefined),
    ...(fragments.some((f) => f.fleet) ? { fleet: true } : {}),
    sites,
    references,
    tainted,
    files,
  };
}

/** Parses one YAML text. `file` names it in errors and anchors `${file:…}` references. */
export function parseConfig(text: string, file: string, opts: LoadOptions = {}): Config {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const { fragment, salvaged, diagnostics } = parseFragment(text, file, dirname(resolve(cwd, file)), env, opts.unsetEnv);
  const f = fragment ?? salvaged;
  if (!f) throw new LoadError(diagnostics);
  return assemble([f], [file], diagnostics, cwd);
}

const YAML_EXT = new Set([".yaml", ".yml"]);

async function yamlFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await yamlFilesUnder(full)));
    else if (e.isFile() && YAML_EXT.has(extname(e.name))) out.push(full);
  }
  return out;
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel) ? rel : abs;
}

/**
 * Loads a configuration from files and folders (folders: every .yaml/.yml inside, sorted),
 * merged per site. Throws LoadError with every problem found.
 */
export async function loadConfig(paths: string[] | string, opts: LoadOptions = {}): Promise<Config> {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;
  const list = typeof paths === "string" ? [paths] : paths;
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of list) {
    const abs = resolve(cwd, p);
    try {
      const st = await stat(abs);
      if (st.isDirectory()) {
        const found = await yamlFilesUnder(abs);
        if (found.length === 0) {
          diagnostics.push({ file: display(abs, cwd), line: 0, col: 0, path: "", message: "no .yaml or .yml file in this folder" });
        }
        files.push(...found);
      } else {
        files.push(abs);
      }
    } catch {
      diagnostics.push({ file: display(abs, cwd), line: 0, col: 0, path: "", message: "no such file or folder" });
    }
  }
  if (list.length === 0) diagnostics.push({ file: cwd, line: 0, col: 0, path: "", message: "no configuration file given" });
  const fragments: Fragment[] = [];
  let complete = diagnostics.length === 0;
  const unique = [...new Set(files)];
  for (const abs of unique) {
    const name = display(abs, cwd);
    let text: string;
    try {
      const size = (await stat(abs)).size;
      if (size > YAML_LIMITS.maxFileBytes) {
        diagnostics.push(fileTooLarge(name, size)); // refused before it is read
        complete = false;
        continue;
      }
      text = await readFile(abs, "utf8");
    } catch (e) {
      diagnostics.push({ file: name, line: 0, col: 0, path: "", message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? e}` });
      continue;
    }
    const r = parseFragment(text, name, dirname(abs), env, opts.unsetEnv);
    diagnostics.push(...r.diagnostics);
    const f = r.fragment ?? r.salvaged;
    if (f) fragments.push(f);
    else complete = false;
  }
  // Checks across files only when every file gave its pieces: else they could report
  // a plan or prefix as missing that sits in a file that failed to parse.
  if (!complete) throw new LoadError(diagnostics);
  return assemble(fragments, unique.map((f) => display(f, cwd)), diagnostics, cwd);
}

