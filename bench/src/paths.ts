// Where things are: the repository root (the CLI runs from there so `--import tsx` resolves),
// the hotspot CLI entry, and the folders this package writes.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = join(BENCH_DIR, "..");
export const HOTSPOT_BIN = join(REPO_ROOT, "packages/cli/src/bin/hotspot.ts");
/** What `pnpm hotspot` runs: the CLI bundle, rebuilt first when a source is newer. */
export const HOTSPOT_LAUNCHER = join(REPO_ROOT, "scripts/hotspot.mjs");
export const RESULTS_DIR = join(BENCH_DIR, "results");
/** Scratch space of a run (configurations, state files, terraform folders); gitignored. */
export const TMP_DIR = join(RESULTS_DIR, "tmp");

/** `node --import tsx FILE ...`: how the repository runs TypeScript entry points. */
export function tsxArgs(file: string, args: readonly string[]): string[] {
  return ["--import", "tsx", file, ...args];
}
