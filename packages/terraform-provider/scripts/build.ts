// Bundles the provider into one executable file, dist/terraform-provider-hotspot:
// a CommonJS bundle (so dependencies' requires stay plain) with a node shebang,
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

// Start-up is paid 3-5 times per terraform command, so the bundle loads only
// what a process needs. Our workspace packages have no import-time side
// effects: esbuild may drop the modules the provider never uses (core's YAML
// loader pulls in zod and yaml). The dynamic import of the wire client
// (hotspot/client.ts) resolves to the client module itself, so it, and
// undici under it, load only when terraform configures the provider.
const lazyWorkspace = {
  name: "lazy-workspace",
  setup(b: import("esbuild").PluginBuild) {
    b.onResolve({ filter: /^@hotspot-iac\// }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      if (args.kind === "dynamic-import" && args.path === "@hotspot-iac/core") {
        return { path: join(root, "..", "core", "src", "wire", "client.ts"), sideEffects: false };
      }
      const res = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "resolving" });
      return { ...res, sideEffects: false };
    });
    // The same for the modules inside those packages.
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData === "resolving" || !/packages\/(core|sync|emulator)\/src\//.test(args.importer)) return undefined;
      const res = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" });
      return { ...res, sideEffects: false };
    });
  },
};

/** esbuild options shared by the script bundle and the single executable's main script. */
export function bundleOptions(outfile: string): import("esbuild").BuildOptions {
  return {
    entryPoints: [join(root, "src", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    plugins: [lazyWorkspace],
    legalComments: "none",
    // Less source for V8 to read and compile at every launch (compiling the bundle dominates start-up).
    minify: true,
    logLevel: "warning",
  };
}

export async function buildProvider(): Promise<string> {
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const options = bundleOptions(BUNDLE);
  await build({ ...options, banner: { js: "#!/usr/bin/env node" }, plugins: [inlineProtos, ...(options.plugins ?? [])] });
  writeFileSync(join(dirname(BUNDLE), "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  chmodSync(BUNDLE, 0o755);
  return BUNDLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildProvider();
  process.stdout.write(`${out}\n`);
}
