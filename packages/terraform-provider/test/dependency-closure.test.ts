// The provider runs inside terraform: what it installs with it (its production dependency closure,
// as pnpm laid it out from the lockfile) holds the sync library, never the CLI's terminal pieces.
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const PROVIDER = join(import.meta.dirname, "..");
const CLI = join(PROVIDER, "..", "cli");

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

/** Node's resolution of a package folder: node_modules/<name> in dir or the nearest ancestor. */
function packageDir(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name, "package.json");
    if (existsSync(candidate)) return realpathSync(dirname(candidate));
    if (dirname(dir) === dir) return undefined;
  }
}

/** Every package reached through dependencies and optionalDependencies (never devDependencies). */
function productionClosure(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.pop()!;
    const m = manifest(dir);
    for (const [name, optional] of [
      ...Object.keys(m.dependencies ?? {}).map((n) => [n, false] as const),
      ...Object.keys(m.optionalDependencies ?? {}).map((n) => [n, true] as const),
    ]) {
      const at = packageDir(dir, name);
      if (!at) {
        if (optional) continue;
        throw new Error(`${m.name} depends on ${name}, which is not installed (run pnpm install)`);
      }
      if (found.has(at)) continue;
      found.set(at, name);
      queue.push(at);
    }
  }
  return found;
}

// What the CLI uses to parse arguments, draw progress, colour output and serve the emulator.
const TERMINAL_ONLY = ["commander", "cli-progress", "picocolors", "@hotspot-iac/emulator"];

describe("the provider's production dependencies", () => {
  const names = new Set(productionClosure(PROVIDER).values());

  it("reach the sync library and core", () => {
    expect(names).toContain("@hotspot-iac/sync");
    expect(names).toContain("@hotspot-iac/core");
  });

  it("hold no argument parser, progress bar, colour library or emulator of the CLI's", () => {
    // The list is the CLI's own choice of those libraries: it must still depend on each of them.
    expect(Object.keys(manifest(CLI).dependencies ?? {})).toEqual(expect.arrayContaining(TERMINAL_ONLY));
    expect(TERMINAL_ONLY.filter((n) => names.has(n))).toEqual([]);
    expect(names).not.toContain("hotspot-iac");
  });
});
