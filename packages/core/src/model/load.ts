// Loading: files or folders → parsed YAML → references resolved → schema → model, merged per
// site across files, then checked as a whole (duplicates, plan references, ownership). Every
// problem is collected; LoadError carries them all.

import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { type Diagnostic, formatPath, LoadError, type PathSegment } from "./diagnostics.js";
import { isSensitivePath, issuesToDiagnostics } from "./issues.js";
import { locate, type SourceFile } from "./locate.js";
import { fileTooLarge, YAML_LIMITS } from "./yaml-limits.js";
import { parseYaml } from "./yaml-parse.js";
import {
  applyDefaults,
  BATCH_DEFAULT_KEYS,
  normalizeAccount,
  normalizeBatch,
  normalizeDefaults,
  normalizePricePlan,
  normalizeServer,
} from "./normalize.js";
import { fieldValue } from "./fields/paths.js";
import { restoreProtoKeys } from "./proto-keys.js";
import { describeReference, resolveTree } from "./references.js";
import type { z } from "zod";
import { accountSchema, batchSchema, type DocumentInput, documentSchema, type SiteInput, siteSchema } from "./schema.js";
import { closest } from "./suggest.js";
import type { Batch, Config, Defaults, DesiredAccount, PricePlanRef, Server, Site, SourceLocation } from "./types.js";
import { DEFAULT_SAFETY } from "./types.js";

export interface LoadOptions {
  /** Environment for `${env:NAME}`; default process.env. */
  env?: Record<string, string | undefined>;
  /** Folder paths are relative to, and file names shown relative to; default process.cwd(). */
  cwd?: string;
}

export const DEFAULT_SITE = "default";

const SITE_KEYS = ["server", "ownership", "pricePlans", "defaults", "accounts", "batches"] as const;

/** Where a piece of the configuration was written. */
interface Origin {
  src: SourceFile;
  path: PathSegment[];
}

interface Located<T> {
  value: T;
  origin: Origin;
}

interface SiteParts {
  server?: Located<Server>;
  prefixes: Located<string>[];
  allowTakeover?: boolean;
  plans: Map<string, Located<PricePlanRef>>;
  defaults?: Located<Defaults>;
  accounts: Located<DesiredAccount>[];
  batches: Located<Batch>[];
}

/** One parsed, resolved, schema-valid file. */
interface Fragment {
  src: SourceFile;
  doc: DocumentInput;
  templates: Map<string, { path: PathSegment[]; template: string }>;
}

function position(o: Origin, sub: PathSegment[] = [], at: "key" | "value" = "value") {
  const path = [...o.path, ...sub];
  return { ...locate(o.src, path, at), path };
}

function diag(o: Origin, sub: PathSegment[], message: string, at: "key" | "value" = "value"): Diagnostic {
  const p = position(o, sub, at);
  return { file: o.src.file, line: p.line, col: p.col, path: formatPath(p.path), message };
}

function sourceOf(o: Origin, sub: PathSegment[] = [], where: "key" | "value" = "value"): SourceLocation {
  const { line, col } = locate(o.src, [...o.path, ...sub], where);
  return { file: o.src.file, line, col };
}

const at = (s: SourceLocation): string => `${s.file}:${s.line}:${s.col}`;

/** A resource's location with the position of every value written on it (one level of nesting). */
function resourceSource(o: Origin, input: object): SourceLocation {
  const fields: Record<string, { line: number; col: number }> = {};
  for (const [k, v] of Object.entries(input)) {
    fields[k] = locate(o.src, [...o.path, k]);
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const sk of Object.keys(v)) fields[`${k}.${sk}`] = locate(o.src, [...o.path, k, sk]);
    }
  }
  return { ...sourceOf(o), fields };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The valid part of an invalid document, so checks across the configuration (duplicates, plan
 * references, ownership) still run and every error is reported at once. Only when nothing those
 * checks rely on is in doubt: every section other than accounts and batches must be valid and no
 * key unknown; invalid accounts and batches are left out (null, keeping the others' indexes).
 */
function salvage(value: unknown, broken: (path: PathSegment[]) => boolean): DocumentInput | undefined {
  if (!isRecord(value) || value["version"] !== 1) return undefined;
  const site = (raw: unknown, base: PathSegment[]): Record<string, unknown> | undefined => {
    if (!isRecord(raw)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (base.length === 0 && (k === "version" || k === "sites")) continue;
      if (k === "accounts" || k === "batches") {
        if (!Array.isArray(v)) return undefined;
        const schema = k === "accounts" ? accountSchema : batchSchema;
        out[k] = v.map((item, i) => {
          const r = schema.safeParse(item);
          return r.success && !broken([...base, k, i]) ? r.data : null;
        });
      } else if ((SITE_KEYS as readonly string[]).includes(k)) {
        const r = (siteSchema.shape as Record<string, z.ZodType>)[k]!.safeParse(v);
        if (!r.success || broken([...base, k])) return undefined;
        out[k] = r.data;
      } else {
        return undefined;
      }
    }
    return out;
  };
  if (value["sites"] !== undefined) {
    if (!isRecord(value["sites"]) || SITE_KEYS.some((k) => value[k] !== undefined)) return undefined;
    const sites: Record<string, unknown> = Object.create(null);
    for (const [name, raw] of Object.entries(value["sites"])) {
      const s = site(raw, ["sites", name]);
      if (!s) return undefined;
      sites[name] = s;
    }
    return { version: 1, sites } as DocumentInput;
  }
  const top = site(value, []);
  return top ? ({ version: 1, ...top } as DocumentInput) : undefined;
}

/**
 * What every plan, error and state file shows: account usernames, batch and ownership prefixes,
 * batch counts, the price-plan keys accounts use, price plans themselves (the server's names and
 * values). A referenced value is sensitive, so these cannot be one.
 */
function isShownField(path: PathSegment[]): boolean {
  const rest = path[0] === "sites" ? path.slice(2) : path;
  const [section, second, third] = rest;
  if (rest.length === 3 && section === "accounts" && typeof second === "number") return third === "username" || third === "plan";
  if (rest.length === 3 && section === "batches" && typeof second === "number") return third === "prefix" || third === "plan" || third === "count";
  if (rest.length === 2 && section === "defaults") return second === "plan";
  if (section === "pricePlans") return true; // plans quote what they assert and what the server has
  return rest.length === 3 && section === "ownership" && second === "prefixes";
}

/** Parse one file's text: YAML, references, schema. */
function parseFragment(
  text: string,
  file: string,
  baseDir: string,
  env: Record<string, string | undefined>,
): { fragment?: Fragment; salvaged?: Fragment; diagnostics: Diagnostic[] } {
  const yaml = parseYaml(text, file);
  if ("diagnostics" in yaml) return { diagnostics: yaml.diagnostics };
  const { src, value: raw } = yaml;
  const { value, templates, problems } = resolveTree(raw, { env, baseDir });
  for (const { path } of templates.values()) {
    if (isShownField(path)) problems.push({ path, message: "cannot come from a reference: every plan shows it, and a referenced value is sensitive (write it in the YAML)" });
  }
  const diagnostics: Diagnostic[] = problems.map((p) => {
    const pos = locate(src, p.path);
    return { file, line: pos.line, col: pos.col, path: formatPath(p.path), message: p.message };
  });
  const parsed = documentSchema.safeParse(value);
  const protoIssues = parsed.success ? restoreProtoKeys(value, parsed.data) : [];
  if (!parsed.success || protoIssues.length > 0) {
    // A value whose reference failed already has its error: skip the schema's view of it.
    const failed = new Set(problems.map((p) => JSON.stringify(p.path)));
    const issues = (parsed.success ? protoIssues : parsed.error.issues).filter((i) => !failed.has(JSON.stringify(i.path)));
    diagnostics.push(...issuesToDiagnostics(issues, { src, schema: documentSchema, input: value, templates }));
  }
  if (diagnostics.length > 0 || !parsed.success) {
    const broken = (path: PathSegment[]) => problems.some((p) => JSON.stringify(p.path.slice(0, path.length)) === JSON.stringify(path));
    const doc = salvage(value, broken);
    return doc ? { diagnostics, salvaged: { src, doc, templates } } : { diagnostics };
  }
  const d = parsed.data;
  if (d.sites) {
    for (const k of SITE_KEYS) {
      if (d[k] !== undefined) {
        diagnostics.push(
          diag({ src, path: [] }, [k], "use either sites or the single-server keys at the top level, not both", "key"),
        );
      }
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { fragment: { src, doc: d, templates }, diagnostics };
}

/** The site pieces of a fragment, with the path each starts at. */
function sitesOf(f: Fragment): Array<{ name: string; base: PathSegment[]; site: SiteInput }> {
  if (f.doc.sites) {
    return Object.entries(f.doc.sites).map(([name, site]) => ({ name, base: ["sites", name], site }));
  }
  return [{ name: DEFAULT_SITE, base: [], site: f.doc }];
}

function templateLookup(f: Fragment, base: PathSegment[]) {
  return (field: string): string | undefined =>
    f.templates.get(JSON.stringify([...base, ...field.split(".")]))?.template;
}

/** Adds a fragment's pieces to the per-site parts, reporting pieces declared twice. */
function collect(f: Fragment, parts: Map<string, SiteParts>, diagnostics: Diagnostic[]): void {
  for (const { name, base, site } of sitesOf(f)) {
    let p = parts.get(name);
    if (!p) {
      p = { prefixes: [], plans: new Map(), accounts: [], batches: [] };
      parts.set(name, p);
    }
    const origin = (...sub: PathSegment[]): Origin => ({ src: f.src, path: [...base, ...sub] });
    if (site.server) {
      const o = origin("server");
      if (p.server) diagnostics.push(diag(o, [], `server declared twice: also at ${at(sourceOf(p.server.origin, [], "key"))}`, "key"));
      else p.server = { value: { ...normalizeServer(site.server, templateLookup(f, o.path)), source: sourceOf(o, [], "key") }, origin: o };
    }
    if (site.ownership?.allowTakeover) p.allowTakeover = true;
    site.ownership?.prefixes.forEach((prefix, i) => {
      p.prefixes.push({ value: prefix, origin: origin("ownership", "prefixes", i) });
    });
    for (const [key, plan] of Object.entries(site.pricePlans ?? {})) {
      const o = origin("pricePlans", key);
      const prev = p.plans.get(key);
      if (prev) {
        diagnostics.push(diag(o, [], `price plan "${key}" declared twice: also at ${at(sourceOf(prev.origin, [], "key"))}`, "key"));
        continue;
      }
      if (plan.id === undefined && plan.description === undefined) {
        diagnostics.push(diag(o, [], "a price plan needs an id or a description"));
      }
      const source = { ...resourceSource(o, plan), ...sourceOf(o, [], "key") };
      p.plans.set(key, { value: { ...normalizePricePlan(key, plan), source }, origin: o });
    }
    if (site.defaults) {
      const o = origin("defaults");
      if (p.defaults) diagnostics.push(diag(o, [], `defaults declared twice: also at ${at(sourceOf(p.defaults.origin, [], "key"))}`, "key"));
      else p.defaults = { value: normalizeDefaults(site.defaults), origin: o };
    }
    site.accounts?.forEach((a, i) => {
      if (a === null) return; // left out of an invalid file (salvage)
      const o = origin("accounts", i);
      p.accounts.push({
        value: { ...normalizeAccount(a, templateLookup(f, o.path)), source: resourceSource(o, a) },
        origin: o,
      });
    });
    site.batches?.forEach((b, i) => {
      if (b === null) return;
      const o = origin("batches", i);
      p.batches.push({ value: { ...normalizeBatch(b), source: resourceSource(o, b) }, origin: o });
    });
  }
}

/** Whole-site checks, then the site with defaults applied. */
function buildSite(name: string, p: SiteParts, diagnostics: Diagnostic[]): Site {
  const defaults = p.defaults?.value ?? {};
  const planKeys = [...p.plans.keys()];
  const checkPlan = (plan: string | undefined, o: Origin) => {
    if (plan === undefined || p.plans.has(plan)) return;
    const hint = closest(plan, planKeys);
    const declared = planKeys.length ? `declared: ${planKeys.join(", ")}` : "no pricePlans declared";
    diagnostics.push(
      diag(o, ["plan"], `price plan "${plan}" is not declared under pricePlans (${hint ? `did you mean "${hint}"? ` : ""}${declared})`),
    );
  };
  if (p.defaults) checkPlan(p.defaults.value.plan, p.defaults.origin);

  const prefixSeen = new Map<string, Origin>();
  for (const { value, origin } of p.prefixes) {
    const prev = prefixSeen.get(value);
    if (prev) diagnostics.push(diag(origin, [], `ownership prefix "${value}" declared twice: also at ${at(sourceOf(prev))}`));
    else prefixSeen.set(value, origin);
  }
  const owned = [...prefixSeen.keys()];

  const batchSeen: Located<Batch>[] = [];
  for (const b of p.batches) {
    const { prefix } = b.value;
    checkPlan(b.value.plan, b.origin);
    const clash = batchSeen.find((o) => o.value.prefix.startsWith(prefix) || prefix.startsWith(o.value.prefix));
    if (clash) {
      const what = clash.value.prefix === prefix ? `batch prefix "${prefix}" declared twice` : `batch prefix "${prefix}" overlaps batch "${clash.value.prefix}"`;
      diagnostics.push(diag(b.origin, ["prefix"], `${what}: also at ${at(sourceOf(clash.origin, ["prefix"]))}`));
    } else {
      batchSeen.push(b);
    }
    if (!owned.some((o) => prefix.startsWith(o))) {
      diagnostics.push(
        diag(
          b.origin,
          ["prefix"],
          `batch prefix "${prefix}" is not under an ownership prefix (${owned.length ? `ownership.prefixes: ${owned.join(", ")}` : "ownership.prefixes is empty"})`,
        ),
      );
    }
    const type = b.value.type ?? defaults.type;
    if (type === "ticket" && b.value.length !== undefined && b.value.length <= prefix.length) {
      diagnostics.push(
        diag(b.origin, ["length"], `a ticket length of ${b.value.length} leaves no room for a code after "${prefix}" (${prefix.length} characters)`),
      );
    }
  }

  const userSeen = new Map<string, Origin>();
  for (const a of p.accounts) {
    const { username } = a.value;
    checkPlan(a.value.plan, a.origin);
    const key = username.toLowerCase();
    const prev = userSeen.get(key);
    if (prev) {
      diagnostics.push(diag(a.origin, ["username"], `account "${username}" declared twice: also at ${at(sourceOf(prev, ["username"]))}`));
    } else {
      userSeen.set(key, a.origin);
    }
    const batch = p.batches.find((b) => username.startsWith(b.value.prefix));
    if (batch) {
      diagnostics.push(
        diag(a.origin, ["username"], `account "${username}" is named like a member of batch "${batch.value.prefix}" (${at(sourceOf(batch.origin, ["prefix"]))})`),
      );
    }
    if ((a.value.type ?? defaults.type) === "ticket" && a.value.password !== undefined) {
      diagnostics.push(diag(a.origin, ["password"], "a ticket has no password: remove it or use type prepaid"));
    }
  }

  return {
    name,
    server: p.server?.value ?? { safety: { ...DEFAULT_SAFETY } },
    ownership: p.allowTakeover ? { prefixes: owned, allowTakeover: true } : { prefixes: owned },
    // Null prototype: a plan named `toString` must not find Object.prototype's.
    pricePlans: Object.setPrototypeOf(Object.fromEntries([...p.plans].map(([k, v]) => [k, v.value])), null),
    defaults,
    accounts: p.accounts.map((a) => applyDefaults(a.value, defaults)),
    batches: p.batches.map((b) => applyDefaults(b.value, defaults, BATCH_DEFAULT_KEYS)),
  };
}

/**
 * The key under which a non-sensitive value written as a reference is remembered:
 * `site/server/url`, `site/accounts/<username>/customer.email`, `site/batches/<prefix>/…`,
 * `site/pricePlans/<key>/description`, `site/defaults/<field>`, `site/ownership/<index>`.
 */
export function referenceKey(site: string, section: string, id: string | number | undefined, field: string): string {
  return [site, section, ...(id === undefined ? [] : [String(id)]), field].filter((s) => s !== "").join("/");
}

/** Every value written as a reference in a fragment, by its referenceKey. */
function forEachReference(f: Fragment, visit: (key: string, template: string, path: PathSegment[]) => void): void {
  for (const { path, template } of f.templates.values()) {
    const site = path[0] === "sites" && f.doc.sites ? String(path[1]) : DEFAULT_SITE;
    const rest = path[0] === "sites" && f.doc.sites ? path.slice(2) : path;
    const siteDoc = (f.doc.sites ? f.doc.sites[site] : f.doc) as SiteInput | undefined;
    const [section, second, ...tail] = rest;
    if (section === "accounts" && typeof second === "number") {
      visit(referenceKey(site, "accounts", siteDoc?.accounts?.[second]?.username, tail.join(".")), template, path);
    } else if (section === "batches" && typeof second === "number") {
      visit(referenceKey(site, "batches", siteDoc?.batches?.[second]?.prefix, tail.join(".")), template, path);
    } else if (section === "pricePlans") {
      visit(referenceKey(site, "pricePlans", second, tail.join(".")), template, path);
    } else if (section === "ownership") {
      visit(referenceKey(site, "ownership", undefined, tail.join(".")), template, path);
    } else if (section !== undefined) {
      visit(referenceKey(site, String(section), undefined, [second, ...tail].filter((s) => s !== undefined).join(".")), template, path);
    }
  }
}

/**
 * One pass over every value written as a reference: `references` (non-sensitive ones, written
 * back by the serializer; sensitive ones stay on their Secret) and the taint: every one, sensitive
 * or not, → the references it came from. An account or batch that inherits a referenced default is
 * tainted under its own key too.
 */
function referencesOf(fragments: Fragment[], parts: Map<string, SiteParts>): { references: Record<string, string>; tainted: Map<string, string> } {
  const references: Record<string, string> = {};
  const tainted = new Map<string, string>();
  const described = new Map<string, string>(); // a template is often repeated (one per account)
  for (const f of fragments) {
    forEachReference(f, (key, template, path) => {
      if (!isSensitivePath(path)) references[key] = template;
      let from = described.get(template);
      if (from === undefined) described.set(template, (from = describeReference(template)));
      tainted.set(key, from);
    });
  }
  for (const [site, p] of parts) {
    const prefix = `${referenceKey(site, "defaults", undefined, "")}/`;
    const inherited: Array<[field: string, from: string]> = [];
    for (const [key, from] of tainted) if (key.startsWith(prefix)) inherited.push([key.slice(prefix.length), from]);
    for (const [field, from] of inherited) {
      for (const a of p.accounts) {
        if (fieldValue(a.value, field) === undefined) tainted.set(referenceKey(site, "accounts", a.value.username, field), from);
      }
      if (!(BATCH_DEFAULT_KEYS as readonly string[]).includes(field.split(".")[0]!)) continue;
      for (const b of p.batches) {
        if (fieldValue(b.value, field) === undefined) tainted.set(referenceKey(site, "batches", b.value.prefix, field), from);
      }
    }
  }
  return { references, tainted };
}

function assemble(fragments: Fragment[], files: string[], diagnostics: Diagnostic[]): Config {
  const parts = new Map<string, SiteParts>();
  for (const f of fragments) collect(f, parts, diagnostics);
  const sites = [...parts].map(([name, p]) => buildSite(name, p, diagnostics));
  if (diagnostics.length > 0) throw new LoadError(diagnostics);
  const { references, tainted } = referencesOf(fragments, parts);
  return {
    version: 1,
    multiSite: fragments.some((f) => f.doc.sites !== undefined),
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
  const { fragment, salvaged, diagnostics } = parseFragment(text, file, dirname(resolve(cwd, file)), env);
  const f = fragment ?? salvaged;
  if (!f) throw new LoadError(diagnostics);
  return assemble([f], [file], diagnostics);
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
    const r = parseFragment(text, name, dirname(abs), env);
    diagnostics.push(...r.diagnostics);
    const f = r.fragment ?? r.salvaged;
    if (f) fragments.push(f);
    else complete = false;
  }
  // Checks across files only when every file gave its pieces: else they could report
  // a plan or prefix as missing that sits in a file that failed to parse.
  if (!complete) throw new LoadError(diagnostics);
  return assemble(fragments, unique.map((f) => display(f, cwd)), diagnostics);
}
