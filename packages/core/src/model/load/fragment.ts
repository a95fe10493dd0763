// Stage one of loading: one file's text → its YAML, references resolved, checked and decoded by
// the schema. An invalid file still gives its valid part (salvage), so checks across the
// configuration report every error at once.

import type { z } from "zod";
import { type Diagnostic, formatPath, type PathSegment } from "../diagnostics.js";
import { issuesToDiagnostics } from "../issues.js";
import { locate, remapped, type SourceFile, writtenPath } from "../locate.js";
import { restoreProtoKeys } from "../proto-keys.js";
import { resolveTree } from "../references.js";
import { accountSchema, batchSchema, documentSchema, type ParsedDocument, siteSchema } from "../schema.js";
import { parseYaml } from "../yaml-parse.js";
import { expandFleet } from "./fleet.js";
import { diag } from "./origin.js";

export const SITE_KEYS = ["server", "ownership", "pricePlans", "defaults", "accounts", "batches", "cards"] as const;

/** One parsed, resolved, schema-valid file. */
export interface Fragment {
  src: SourceFile;
  doc: ParsedDocument;
  /** The document as written, references resolved: where each key was written. */
  raw: unknown;
  templates: Map<string, { path: PathSegment[]; template: string }>;
  /** The file's folder: paths written in it (a card logo) are relative to it. */
  baseDir: string;
  /** Written as a fleet (expanded into sites before it was checked). */
  fleet?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The valid part of an invalid document, so checks across the configuration (duplicates, plan
 * references, ownership) still run and every error is reported at once. Only when nothing those
 * checks rely on is in doubt: every section other than accounts and batches must be valid and no
 * key unknown; invalid accounts and batches are left out (null, keeping the others' indexes).
 */
function salvage(value: unknown, broken: (path: PathSegment[]) => boolean): ParsedDocument | undefined {
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
    return { version: 1, sites } as ParsedDocument;
  }
  const top = site(value, []);
  return top ? ({ version: 1, ...top } as ParsedDocument) : undefined;
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
export function parseFragment(
  text: string,
  file: string,
  baseDir: string,
  env: Record<string, string | undefined>,
  unsetEnv?: (name: string) => string,
): { fragment?: Fragment; salvaged?: Fragment; diagnostics: Diagnostic[] } {
  const yaml = parseYaml(text, file);
  if ("diagnostics" in yaml) return { diagnostics: yaml.diagnostics };
  let { src, value: raw } = yaml;
  const expansion: Diagnostic[] = [];
  if (isRecord(raw) && raw["fleet"] !== undefined) {
    // A fleet becomes sites before references are resolved: `${venue}` is filled in first.
    const fleet = expandFleet(raw, src);
    expansion.push(...fleet.diagnostics);
    raw = fleet.value;
    src = remapped(src, fleet.remap);
  }
  const { value, templates, problems } = resolveTree(raw, { env, baseDir, ...(unsetEnv ? { unsetEnv } : {}) });
  for (const { path } of templates.values()) {
    if (isShownField(path)) problems.push({ path, message: "cannot come from a reference: every plan shows it, and a referenced value is sensitive (write it in the YAML)" });
  }
  const diagnostics: Diagnostic[] = expansion;
  for (const p of problems) {
    const pos = locate(src, p.path);
    diagnostics.push({ file, line: pos.line, col: pos.col, path: formatPath(writtenPath(src, p.path)), message: p.message });
  }
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
    return doc ? { diagnostics, salvaged: { src, doc, raw: value, templates, baseDir, fleet: src.remap !== undefined } } : { diagnostics };
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
  return diagnostics.length > 0 ? { diagnostics } : { fragment: { src, doc: d, raw: value, templates, baseDir, fleet: src.remap !== undefined }, diagnostics };
}
