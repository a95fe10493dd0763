// Test helpers: temp folders, and a comparable form of a Config (sources dropped, Secrets shown
// as {ref, value} so two models with different secrets never compare equal).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Config, Secret } from "../../src/model/index.js";

export function comparable(config: Config): unknown {
  const walk = (v: unknown): unknown => {
    if (v instanceof Secret) return { secretRef: v.ref, secretValue: v.resolved ? v.reveal() : undefined };
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = Object.create(null); // keeps a `__proto__` key
      for (const [k, x] of Object.entries(v)) if (k !== "source" && k !== "files" && x !== undefined) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(config);
}

/** Writes files (path → text) under a fresh temp folder; returns it and a cleanup. */
export function tempTree(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "hotspot-model-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
