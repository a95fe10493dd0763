// Bundles the `hotspot` CLI into one ES module, dist/hotspot.mjs, run by plain `node`: the form a
// published package ships, and what the CLI tests spawn (a tsx start costs about 1 s more per run).
//   pnpm --filter hotspot-iac build
import { chmodSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

export const CLI_BUNDLE = fileURLToPath(new URL("../dist/hotspot.mjs", import.meta.url));

/**
 * @hotspot-iac/vouchers reads its TrueType fonts from node_modules at run time; a bundle has no
 * node_modules, so its fonts module is replaced by one that carries the same files inline.
 */
const embedVoucherFonts: Plugin = {
  name: "embed-voucher-fonts",
  setup(b) {
    b.onLoad({ filter: /[\\/]vouchers[\\/]src[\\/]fonts\.ts$/ }, async (args) => {
      const { FONT_FILES } = (await import(pathToFileURL(args.path).href)) as { FONT_FILES: Record<string, string> };
      const faces = Object.entries(FONT_FILES);
      const contents = [
        ...faces.map(([, file], i) => `import face${i} from ${JSON.stringify(file)};`),
        `export const FONT_FILES = ${JSON.stringify(FONT_FILES)};`,
        `const BYTES = { ${faces.map(([face], i) => `${JSON.stringify(face)}: face${i}`).join(", ")} };`,
        "export function fontBytes(face) { return BYTES[face]; }",
      ].join("\n");
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

/**
 * brotli (pdfkit → fontkit, voucher cards only) writes its 122,784-byte dictionary as an array
 * literal, one number a line in the bundle: 1.3 MB that V8 scans at every start of every command.
 * The same bytes as one base64 string cost a fraction of that; decoded only when cards need it.
 */
const compactBrotliDictionary: Plugin = {
  name: "compact-brotli-dictionary",
  setup(b) {
    b.onLoad({ filter: /[\\/]brotli[\\/]dec[\\/]dictionary-data\.js$/ }, (args) => {
      const { dictionary } = createRequire(import.meta.url)(args.path) as { dictionary: Uint8Array };
      const contents = [
        `exports.dictionary = new Uint8Array(Buffer.from(${JSON.stringify(Buffer.from(dictionary).toString("base64"))}, "base64"));`,
        "exports.init = function() { return exports.dictionary; };",
      ].join("\n");
      return { contents, loader: "js" };
    });
  },
};

/**
 * esbuild escapes every non-ASCII character of code (charset "ascii") but keeps comments as
 * written; one `—` in a comment makes Node decode the whole 5 MB bundle as two-byte text at every
 * start (~15 ms). Outside code an escape changes nothing.
 */
const asciiOnly = (text: string): string => text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

export async function bundleCli(outfile: string = CLI_BUNDLE): Promise<string> {
  // Written aside then renamed: a `pnpm hotspot` starting meanwhile never loads half a file.
  const partial = `${outfile}.${process.pid}.partial`;
  const { outputFiles } = await build({
    write: false,
    entryPoints: [fileURLToPath(new URL("../src/bin/hotspot.ts", import.meta.url))],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "none",
    loader: { ".ttf": "binary" },
    plugins: [embedVoucherFonts, compactBrotliDictionary],
    logLevel: "warning",
    // The entry's own shebang is kept by esbuild; CommonJS dependencies bundled into ESM still call require().
    banner: { js: "import { createRequire as __hotspotRequire } from 'node:module'; const require = __hotspotRequire(import.meta.url);" },
  });
  // esbuild wrote nothing (write: false): on a fresh clone dist/ does not exist yet.
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(partial, asciiOnly(outputFiles[0]!.text));
  chmodSync(partial, 0o755);
  renameSync(partial, outfile);
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${await bundleCli()}\n`);
}
