// Prepares a flavour's package for use: for cdktn, the constructs' sources copied from
// cdktf-provider/src (flavour-sources.ts); for both, the generated bindings (CommonJS with
// extensionless imports, as the generator writes them) compiled into dist/bindings, a
// "type": "commonjs" folder that the ESM constructs import. Skips the compile when gen/
// has not changed since the last run.
//
//   pnpm --filter @hotspot-iac/cdktf-provider build
//   pnpm --filter @hotspot-iac/cdktn-provider build      (--flavour cdktn)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFlavourSources } from "./flavour-sources.js";
import { FLAVOURS, type Flavour, flavourArgument } from "./flavours.js";
import { hashTree } from "./tree.js";

export const compiledDir = (flavour: Flavour = FLAVOURS.cdktf): string => join(flavour.packageRoot, "dist", "bindings");

function sourceHash(root: string): string {
  return `${hashTree(join(root, "gen"))}:${readFileSync(join(root, "tsconfig.gen.json"), "utf8")}`;
}

export function compileBindings(options: { force?: boolean; flavour?: Flavour } = {}): boolean {
  const flavour = options.flavour ?? FLAVOURS.cdktf;
  const root = flavour.packageRoot;
  if (!existsSync(join(root, "gen"))) {
    process.stderr.write(`no generated bindings in ${join(root, "gen")}: run \`pnpm --filter ${packageName(root)} gen\`\n`);
    return false;
  }
  const out = compiledDir(flavour);
  const stamp = join(out, ".source-hash");
  const hash = sourceHash(root);
  if (!options.force && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return false;
  rmSync(out, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.gen.json")], { stdio: "inherit" });
  writeFileSync(join(out, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  writeFileSync(stamp, hash);
  return true;
}

/** Everything a flavour's package needs before its sources type-check or run. */
export function buildFlavour(flavour: Flavour, options: { force?: boolean } = {}): void {
  const copied = writeFlavourSources(flavour);
  if (copied.length > 0) process.stderr.write(`${copied.length} construct source(s) written for ${flavour.cdk}\n`);
  if (compileBindings({ ...options, flavour })) process.stderr.write(`bindings compiled into ${compiledDir(flavour)}\n`);
}

const packageName = (root: string): string => (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string }).name;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildFlavour(flavourArgument(), { force: process.argv.includes("--force") });
}
