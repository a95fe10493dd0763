// The provider in the Terraform registry's release format, in one folder:
//
//   terraform-provider-hotspot_<version>_<os>_<arch>.zip   one executable, terraform-provider-hotspot_v<version>[.exe]
//   terraform-provider-hotspot_<version>_manifest.json     {"version":1,"metadata":{"protocol_versions":["6.0"]}}
//   terraform-provider-hotspot_<version>_SHA256SUMS        sha256sum lines of the zips and the manifest
//
// and the two mirror layouts terraform installs from without the registry:
// a packed filesystem mirror and a network mirror (static JSON files).
//
//   pnpm --filter @hotspot-iac/terraform-provider release [--out DIR]   build this platform's zip, write manifest + sums
//   ... release --sums-only --out DIR                                   manifest + sums over the zips already in DIR
//                                                                        (the release workflow, after collecting every platform's zip)
//   ... release --out DIR --packed-mirror M | --network-mirror M         lay the zips in DIR out as a mirror in M
import { createHash } from "node:crypto";
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { ZipFile } from "yazl";
import { PROVIDER_SOURCE } from "./package-mirror.js";
import { buildSea, executableName, PROVIDER_VERSION, platform } from "./sea.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const NAME = "terraform-provider-hotspot";

export const zipName = (version: string, target: string) => `${NAME}_${version}_${target}.zip`;
const manifestName = (version: string) => `${NAME}_${version}_manifest.json`;
const sumsName = (version: string) => `${NAME}_${version}_SHA256SUMS`;

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** The release zips in dir, by target (linux_amd64 → file name). */
export function releaseZips(dir: string, version: string = PROVIDER_VERSION): Map<string, string> {
  const pattern = new RegExp(`^${NAME}_${version.replace(/\./g, "\\.")}_([a-z0-9]+_[a-z0-9]+)\\.zip$`);
  const zips = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const m = pattern.exec(name);
    if (m) zips.set(m[1]!, name);
  }
  return zips;
}

/** Zips the executable alone, executable bit set (terraform keeps the mode when it unpacks). */
async function writeZip(exe: string, zipFile: string): Promise<void> {
  const zip = new ZipFile();
  zip.addFile(exe, executableName(), { mode: 0o100755 });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipFile));
}

/** Writes the manifest and the SHA256SUMS over every zip of this version in dir. */
export function writeChecksums(dir: string, version: string = PROVIDER_VERSION): string {
  writeFileSync(join(dir, manifestName(version)), `${JSON.stringify({ version: 1, metadata: { protocol_versions: ["6.0"] } })}\n`);
  const files = [...releaseZips(dir, version).values(), manifestName(version)].sort();
  const sums = join(dir, sumsName(version));
  writeFileSync(sums, files.map((f) => `${sha256(join(dir, f))}  ${f}\n`).join(""));
  return sums;
}

/** Builds this platform's single executable, zips it into outDir, and rewrites manifest and sums. */
export async function releaseProvider(outDir: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "hotspot-provider-release-"));
  try {
    const exe = await buildSea(work);
    mkdirSync(outDir, { recursive: true });
    const zipFile = join(outDir, zipName(PROVIDER_VERSION, platform()));
    await writeZip(exe, zipFile);
    writeChecksums(outDir, PROVIDER_VERSION);
    return zipFile;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The folder, below a mirror's root, that holds one provider's packages or index. */
const providerDir = (mirrorRoot: string) => join(mirrorRoot, "registry.terraform.io", PROVIDER_SOURCE);

/**
 * A packed filesystem mirror: MIRROR/registry.terraform.io/hotspot-iac/hotspot/<release zip>.
 * Use with `provider_installation { filesystem_mirror { path = "MIRROR" } }`.
 */
export function packedMirror(releaseDir: string, mirrorRoot: string, version: string = PROVIDER_VERSION): string {
  const dir = providerDir(mirrorRoot);
  mkdirSync(dir, { recursive: true });
  for (const zip of releaseZips(releaseDir, version).values()) copyFileSync(join(releaseDir, zip), join(dir, zip));
  return resolve(mirrorRoot);
}

/**
 * A network mirror for any static web server: MIRROR/registry.terraform.io/hotspot-iac/hotspot/
 * holding index.json ({"versions":{…}}), <version>.json ({"archives":{target:{url,hashes}}})
 * and the zips, the URLs relative. `zh:` is the SHA-256 of the zip. Use with
 * `provider_installation { network_mirror { url = "https://HOST/PATH/" } }` (https only).
 */
export function networkMirror(releaseDir: string, mirrorRoot: string, version: string = PROVIDER_VERSION): string {
  const dir = providerDir(mirrorRoot);
  mkdirSync(dir, { recursive: true });
  const archives: Record<string, { url: string; hashes: string[] }> = {};
  for (const [target, zip] of releaseZips(releaseDir, version)) {
    copyFileSync(join(releaseDir, zip), join(dir, zip));
    archives[target] = { url: zip, hashes: [`zh:${sha256(join(dir, zip))}`] };
  }
  writeFileSync(join(dir, "index.json"), `${JSON.stringify({ versions: { [version]: {} } }, null, 2)}\n`);
  writeFileSync(join(dir, `${version}.json`), `${JSON.stringify({ archives }, null, 2)}\n`);
  return resolve(mirrorRoot);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = resolve(arg("--out") ?? join(root, "dist", "release"));
  const packed = arg("--packed-mirror");
  const network = arg("--network-mirror");
  if (packed || network) {
    // Mirror layouts from the zips already in --out (a downloaded release, or one built before).
    if (packed) process.stdout.write(`${packedMirror(out, packed)}\n`);
    if (network) process.stdout.write(`${networkMirror(out, network)}\n`);
  } else if (process.argv.includes("--sums-only")) process.stdout.write(`${writeChecksums(out)}\n`);
  else process.stdout.write(`${await releaseProvider(out)}\n`);
}
