// The CLI as one esbuild bundle, as a published package would ship it: the same source, run by
// plain `node` with no tsx transform at start-up. Measured beside the tsx run so the report can
// tell the engine's cost from the start-up cost of running TypeScript through tsx.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { HOTSPOT_BIN, REPO_ROOT, TMP_DIR } from "./paths.js";

/** Builds TMP/bundle/cli/bin/hotspot.mjs; program.ts reads `../../package.json` relative to it. */
export async function bundleCli(): Promise<string> {
  const root = join(TMP_DIR, "bundle");
  const out = join(root, "cli/bin/hotspot.mjs");
  mkdirSync(join(root, "cli/bin"), { recursive: true });
  copyFileSync(join(REPO_ROOT, "packages/sync/package.json"), join(root, "package.json"));
  await build({
    entryPoints: [HOTSPOT_BIN],
    outfile: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    // CommonJS dependencies bundled into ESM still call require().
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  return out;
}
