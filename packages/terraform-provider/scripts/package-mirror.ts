// Lays the executable out as a terraform filesystem mirror (the "unpacked"
// layout: HOSTNAME/NAMESPACE/TYPE/VERSION/OS_ARCH/ holding the executable),
// so `terraform init` installs the provider offline, and prints the CLI
// configuration that points terraform at it.
//
//   pnpm --filter @hotspot-iac/terraform-provider package [--out DIR]
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE, buildProvider } from "./build.js";
import { PROVIDER_VERSION, platform } from "./sea.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PROVIDER_SOURCE = "hotspot-iac/hotspot";
export { PROVIDER_VERSION, platform } from "./sea.js";

export interface Mirror {
  /** The folder to name in filesystem_mirror { path }. */
  mirrorDir: string;
  executable: string;
  /** A complete CLI configuration file (TF_CLI_CONFIG_FILE) using the mirror. */
  cliConfig: string;
}

export function cliConfigFor(mirrorDir: string): string {
  return [
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(mirrorDir)}`,
    `    include = [${JSON.stringify(PROVIDER_SOURCE)}]`,
    "  }",
    "  direct {",
    `    exclude = [${JSON.stringify(PROVIDER_SOURCE)}]`,
    "  }",
    "}",
    "",
  ].join("\n");
}

export async function packageMirror(outDir: string, options: { build?: boolean } = {}): Promise<Mirror> {
  if (options.build !== false) await buildProvider();
  const mirrorDir = resolve(outDir);
  const dir = join(mirrorDir, "registry.terraform.io", PROVIDER_SOURCE, PROVIDER_VERSION, platform());
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, `terraform-provider-hotspot_v${PROVIDER_VERSION}`);
  copyFileSync(BUNDLE, executable);
  // The bundle is CommonJS; this keeps Node from reading it as ESM when the
  // mirror sits below a "type": "module" package.json.
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  return { mirrorDir, executable, cliConfig: cliConfigFor(mirrorDir) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf("--out");
  const out = i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : join(root, "dist", "mirror");
  const mirror = await packageMirror(out);
  process.stderr.write(`provider ${PROVIDER_SOURCE} ${PROVIDER_VERSION} laid out at ${mirror.executable}\n`);
  process.stderr.write("Save this as a file and point TF_CLI_CONFIG_FILE at it:\n\n");
  process.stdout.write(mirror.cliConfig);
}
