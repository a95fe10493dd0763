// Bundles the provider into one executable file, dist/terraform-provider-hotspot:
// a CommonJS bundle (so grpc-js's requires stay plain) with a node shebang,
// the .proto texts inlined. dist/package.json marks the folder CommonJS,
// because this package is "type": "module" and Node would read the
// extensionless file as ESM.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { PROTO_FILES } from "../src/plugin/proto-sources.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = join(root, "dist", "terraform-provider-hotspot");

const inlineProtos = {
  name: "inline-protos",
  setup(b: import("esbuild").PluginBuild) {
    b.onLoad({ filter: /proto-sources\.ts$/ }, () => {
      const texts = Object.fromEntries(PROTO_FILES.map((f) => [f, readFileSync(join(root, "proto", f), "utf8")]));
      return { contents: `export const PROTO_FILES = ${JSON.stringify(PROTO_FILES)};\nexport function protoSources() { return ${JSON.stringify(texts)}; }\n`, loader: "js" };
    });
  },
};

export async function buildProvider(): Promise<string> {
  mkdirSync(dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    banner: { js: "#!/usr/bin/env node" },
    plugins: [inlineProtos],
    legalComments: "none",
    logLevel: "warning",
  });
  writeFileSync(join(dirname(BUNDLE), "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  chmodSync(BUNDLE, 0o755);
  return BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildProvider();
  process.stdout.write(`${out}\n`);
}
