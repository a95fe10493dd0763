// Compiles the generated bindings (CommonJS with extensionless imports, as the
// generator writes them) into dist/bindings, a "type": "commonjs" folder that the
// ESM constructs import. Skips the compile when gen/ has not changed since the last run.
//
//   pnpm --filter @hotspot-iac/cdktf-provider build
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hashTree } from "./tree.js";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const COMPILED_DIR = join(packageRoot, "dist", "bindings");
const STAMP = join(COMPILED_DIR, ".source-hash");

function sourceHash(): string {
  return `${hashTree(join(packageRoot, "gen"))}:${readFileSync(join(packageRoot, "tsconfig.gen.json"), "utf8")}`;
}

export function compileBindings(options: { force?: boolean } = {}): boolean {
  if (!existsSync(join(packageRoot, "gen"))) {
    process.stderr.write("no generated bindings in gen/: run `pnpm --filter @hotspot-iac/cdktf-provider gen`\n");
    return false;
  }
  const hash = sourceHash();
  if (!options.force && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash) return false;
  rmSync(COMPILED_DIR, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(packageRoot, "tsconfig.gen.json")], { stdio: "inherit" });
  writeFileSync(join(COMPILED_DIR, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  writeFileSync(STAMP, hash);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (compileBindings({ force: process.argv.includes("--force") })) process.stderr.write(`bindings compiled into ${COMPILED_DIR}\n`);
}
