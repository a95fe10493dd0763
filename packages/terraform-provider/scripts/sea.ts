// Builds the provider as a native single executable (Node's "single executable
// applications"): the CommonJS bundle and the .proto files (as SEA assets) are
// injected into a copy of the running node binary, so the target machine needs
// no Node.js. Built for the platform it runs on; other platforms are built on
// their own machines (.github/workflows/release.yml).
//
//   pnpm --filter @hotspot-iac/terraform-provider sea [--out DIR]
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { PROTO_FILES } from "../src/plugin/proto-sources.js";
import { bundleOptions } from "./build.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// The fuse Node looks for to know a blob was injected (documented with SEA).
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

export const PROVIDER_VERSION = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/** Runs a build step, its output shown only when it fails. */
function quiet(cmd: string, args: string[], cwd?: string): void {
  try {
    execFileSync(cmd, args, { cwd, stdio: "pipe", encoding: "utf8" });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** Terraform's OS_ARCH name of this machine, e.g. linux_amd64. */
export function platform(): string {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const arch = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" }[process.arch as string] ?? process.arch;
  return `${os}_${arch}`;
}

/** The executable's name inside a release zip (terraform's naming, .exe on Windows). */
export function executableName(version: string = PROVIDER_VERSION): string {
  return `terraform-provider-hotspot_v${version}${process.platform === "win32" ? ".exe" : ""}`;
}

/** Builds the single executable into outDir and returns its path. */
export async function buildSea(outDir: string = join(root, "dist")): Promise<string> {
  // A folder per build: a test and `pnpm release` may build at the same time.
  const work = mkdtempSync(join(tmpdir(), "hotspot-sea-"));
  try {
    return await buildIn(work, outDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function buildIn(work: string, outDir: string): Promise<string> {
  const main = join(work, "main.cjs");
  // The .proto files are not inlined here: the executable reads them as SEA
  // assets (src/plugin/proto-sources.ts), whose disk fallback (import.meta.url)
  // is never reached inside the executable.
  await build({ ...bundleOptions(main), logOverride: { "empty-import-meta": "silent" } });

  const blob = join(work, "sea-prep.blob");
  const config = {
    main,
    output: blob,
    disableExperimentalSEAWarning: true,
    // V8's compiled code is stored in the blob: each of the 3-5 launches per
    // terraform command skips compiling the bundle.
    useCodeCache: true,
    assets: Object.fromEntries(PROTO_FILES.map((f) => [f, join(root, "proto", f)])),
  };
  const configFile = join(work, "sea-config.json");
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  quiet(process.execPath, ["--experimental-sea-config", configFile], work);

  mkdirSync(outDir, { recursive: true });
  const exe = resolve(outDir, executableName());
  rmSync(exe, { force: true });
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  // macOS refuses a modified signed binary: drop node's signature, sign ad hoc after.
  if (process.platform === "darwin") execFileSync("codesign", ["--remove-signature", exe], { stdio: "inherit" });
  // postject's CLI in a child process: its binary-format library prints
  // harmless warnings about node's ELF notes straight to fd 2; shown on failure only.
  const postject = createRequire(import.meta.url).resolve("postject/dist/cli.js");
  const args = [postject, exe, "NODE_SEA_BLOB", blob, "--sentinel-fuse", SEA_FUSE];
  quiet(process.execPath, process.platform === "darwin" ? [...args, "--macho-segment-name", "NODE_SEA"] : args);
  if (process.platform === "darwin") execFileSync("codesign", ["--sign", "-", exe], { stdio: "inherit" });
  return exe;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : join(root, "dist");
  process.stdout.write(`${await buildSea(out)}\n`);
}
