// `pnpm release` (repository root): builds everything a user installs into dist/release/:
//
//   hotspot-iac-<version>.tgz                 the `hotspot` CLI as the npm package hotspot-iac (one bundled file,
//                                             no dependencies): npm install -g ./hotspot-iac-<version>.tgz
//   hotspot-iac-core-<version>.tgz, -emulator-, -sync-, -vouchers-, -cdktf-provider-, -cdktn-provider-
//                                             the libraries: compiled ESM + .d.ts (tsc, tsconfig.build.json),
//                                             packed by pnpm, whose publishConfig points exports at lib/
//   terraform-provider-hotspot_<version>_<os>_<arch>.zip, _SHA256SUMS, _manifest.json
//                                             the provider as a native executable, in the registry's format
//   terraform-provider-hotspot-mirror.tar.gz  those zips laid out as a network mirror, for a static web server
//
//   pnpm release [--out DIR] [--only cli,libs,provider]
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildFlavour } from "../../cdktf-provider/scripts/compile.js";
import { FLAVOURS } from "../../cdktf-provider/scripts/flavours.js";
import { bundleCli } from "../../cli/scripts/bundle.js";
import { networkMirror, releaseProvider } from "../../terraform-provider/scripts/release.js";

export const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

/** The libraries, in dependency order (each compiled against the declarations of those before it). */
export const LIBRARIES = ["core", "emulator", "sync", "vouchers", "cdktf-provider", "cdktn-provider"] as const;
export type Part = "cli" | "libs" | "provider";

/** The release version: the root package.json's, which every released package must carry too. */
export function releaseVersion(): string {
  const version = readJson(join(REPO, "package.json")).version as string;
  const packages = [...LIBRARIES, "cli", "terraform-provider"].map((p) => join(REPO, "packages", p, "package.json"));
  const off = packages.filter((p) => readJson(p).version !== version);
  if (off.length > 0) throw new Error(`release ${version}: these packages carry another version: ${off.join(", ")}`);
  return version;
}

/** The command that runs pnpm: the one running this script, else the pinned one through npx. */
function pnpm(): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return /\.c?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
  return ["npx", "-y", `pnpm@${String(readJson(join(REPO, "package.json")).packageManager).replace(/^pnpm@/, "")}`];
}

function run(cmd: string[], cwd: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolveRun() : reject(new Error(`${cmd.join(" ")} (in ${cwd}) exited ${code}:\n${out}`))));
  });
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

async function compileLibrary(name: (typeof LIBRARIES)[number]): Promise<void> {
  const dir = join(REPO, "packages", name);
  rmSync(join(dir, "lib"), { recursive: true, force: true });
  rmSync(join(dir, "cjs"), { recursive: true, force: true });
  await run([process.execPath, tsc, "-p", "tsconfig.build.json"], dir);
  // The CommonJS build beside it (core and the constructs: what a CDK app loads), for require()
  // on Node 20.18, which has no require(esm); its package.json makes node read cjs/ as CommonJS.
  if (existsSync(join(dir, "tsconfig.cjs.json"))) {
    await run([process.execPath, tsc, "-p", "tsconfig.cjs.json"], dir);
    writeFileSync(join(dir, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  }
}

/** The library tarballs into out. */
export async function releaseLibraries(out: string): Promise<string[]> {
  // The constructs' packages: generated bindings (dist/bindings), which their lib/ imports, and for cdktn the sources.
  for (const flavour of Object.values(FLAVOURS)) buildFlavour(flavour);
  await compileLibrary("core");
  // The others depend only on core's declarations (sync's library part does not import the
  // emulator), except vouchers, which reads sync's too.
  await Promise.all(LIBRARIES.filter((n) => n !== "core" && n !== "vouchers").map(compileLibrary));
  await compileLibrary("vouchers");
  const before = new Set(readdirSync(out));
  for (const name of LIBRARIES) await run([...pnpm(), "pack", "--pack-destination", out], join(REPO, "packages", name));
  return readdirSync(out).filter((f) => !before.has(f));
}

/**
 * The CLI as the npm package hotspot-iac (packages/cli): its esbuild bundle, and its package.json
 * without dependencies (all bundled) and with bin pointing at the bundle, README, LICENSE.
 */
export async function releaseCli(out: string, version: string): Promise<string> {
  const stage = mkdtempSync(join(tmpdir(), "hotspot-iac-cli-"));
  try {
    await bundleCli(join(stage, "hotspot.mjs"));
    const cli = readJson(join(REPO, "packages", "cli", "package.json"));
    const manifest = {
      name: cli.name,
      version,
      description: cli.description,
      license: cli.license,
      type: "module",
      bin: { hotspot: "hotspot.mjs" },
      files: ["hotspot.mjs"],
      engines: cli.engines,
      keywords: cli.keywords,
    };
    writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    copyFileSync(join(REPO, "README.md"), join(stage, "README.md"));
    copyFileSync(join(REPO, "LICENSE"), join(stage, "LICENSE"));
    const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", out], { cwd: stage, encoding: "utf8" }).trim().split("\n").at(-1)!;
    return join(out, name);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The provider's zips in out as a network mirror (index.json, <version>.json, zips), packed as one archive. */
export async function releaseNetworkMirror(out: string): Promise<string> {
  const stage = mkdtempSync(join(tmpdir(), "hotspot-iac-mirror-"));
  try {
    networkMirror(out, stage);
    const archive = join(out, MIRROR_ARCHIVE);
    await run(["tar", "-czf", archive, "-C", stage, "registry.terraform.io"], stage);
    return archive;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

export const MIRROR_ARCHIVE = "terraform-provider-hotspot-mirror.tar.gz";

export async function release(out: string, parts: Part[] = ["cli", "libs", "provider"]): Promise<string[]> {
  const version = releaseVersion();
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  if (parts.includes("cli")) written.push(await releaseCli(out, version));
  if (parts.includes("libs")) written.push(...(await releaseLibraries(out)).map((f) => join(out, f)));
  if (parts.includes("provider")) {
    await releaseProvider(out);
    written.push(...readdirSync(out).filter((f) => f.startsWith("terraform-provider-hotspot_")).map((f) => join(out, f)));
    written.push(await releaseNetworkMirror(out));
  }
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = resolve(REPO, arg("--out") ?? join("dist", "release"));
  const only = arg("--only")?.split(",") as Part[] | undefined;
  const unknown = only?.filter((p) => !["cli", "libs", "provider"].includes(p));
  if (unknown?.length) throw new Error(`--only: unknown part ${unknown.join(", ")} (cli, libs, provider)`);
  if (!only) rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  for (const file of await release(out, only)) {
    const size = statSync(file).size;
    process.stdout.write(`${relative(process.cwd(), file)}  ${size < 1024 * 1024 ? `${Math.ceil(size / 1024)} kB` : `${(size / 1024 / 1024).toFixed(1)} MB`}\n`);
  }
  process.stderr.write(`release ${releaseVersion()} written to ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}
