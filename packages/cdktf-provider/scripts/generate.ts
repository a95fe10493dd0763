// Generates the bindings (TypeScript) from the provider's own schema JSON, the output
// of `terraform providers schema -json` committed by the provider package: with
// @cdktf/provider-generator for the cdktf flavour, @cdktn/provider-generator for cdktn.
//
//   pnpm --filter @hotspot-iac/cdktf-provider gen [--schema FILE] [--out DIR]
//   pnpm --filter @hotspot-iac/cdktn-provider gen [--schema FILE] [--out DIR]
//
// Uses the generator's TerraformProviderGenerator class directly: the package's root
// import wants jsii and jsii-pacmak, which this project does not load.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FLAVOURS, type Flavour, flavourArgument } from "./flavours.js";

const providerPackage = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "terraform-provider");

/** The schema the provider package writes (its `schema` script). */
export const PROVIDER_SCHEMA = join(providerPackage, "schema", "provider-schema.json");
/** Where a flavour's committed generated TypeScript lives. */
export const generatedDir = (flavour: Flavour = FLAVOURS.cdktf): string => join(flavour.packageRoot, "gen");
export const PROVIDER_SOURCE = "hotspot-iac/hotspot";

/** `~> MAJOR.MINOR.0` of the provider package: bindings are regenerated when it moves. */
export function providerVersionConstraint(): string {
  const { version } = JSON.parse(readFileSync(join(providerPackage, "package.json"), "utf8")) as { version: string };
  const [major, minor] = version.split(".");
  return `~> ${major}.${minor}.0`;
}

interface GeneratorModules {
  TerraformProviderGenerator: new (
    code: unknown,
    schema: unknown,
  ) => { generate(target: unknown): void; save(dir: string): Promise<void> };
  ConstructsMakerProviderTarget: new (constraint: unknown, language: string) => unknown;
  TerraformProviderConstraint: new (c: { name: string; source: string; version: string }) => unknown;
  Language: { TYPESCRIPT: string };
  CodeMaker: new () => unknown;
}

function loadGenerator(flavour: Flavour): GeneratorModules {
  // The commons package runs `terraform version` when loaded; keep it from phoning home,
  // and from warning about a CLI configuration file that does not exist.
  process.env["CHECKPOINT_DISABLE"] ??= "1";
  const cli = process.env["TF_CLI_CONFIG_FILE"];
  if (cli !== undefined && !existsSync(cli)) process.env["TF_CLI_CONFIG_FILE"] = "/dev/null";
  // Resolved from the flavour's package, which has the generator as a devDependency.
  const require = createRequire(join(flavour.packageRoot, "package.json"));
  const { TerraformProviderGenerator } = require(flavour.generatorModule);
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, Language } = require(flavour.commonsModule);
  const { CodeMaker } = require("codemaker");
  return { TerraformProviderGenerator, ConstructsMakerProviderTarget, TerraformProviderConstraint, Language, CodeMaker };
}

/**
 * Writes the `flavour`'s bindings for the hotspot provider found in `schema` into
 * `outDir` (replacing what was there): `outDir/providers/hotspot/**`.
 */
export async function generateBindings(
  schema: unknown,
  outDir: string,
  flavour: Flavour = FLAVOURS.cdktf,
  version = providerVersionConstraint(),
): Promise<void> {
  const g = loadGenerator(flavour);
  const generator = new g.TerraformProviderGenerator(new g.CodeMaker(), schema);
  const constraint = new g.TerraformProviderConstraint({ name: "hotspot", source: PROVIDER_SOURCE, version });
  generator.generate(new g.ConstructsMakerProviderTarget(constraint, g.Language.TYPESCRIPT));
  // Write to a scratch folder first so a failed run leaves the committed code alone.
  const scratch = mkdtempSync(join(tmpdir(), `hotspot-${flavour.cdk}-gen-`));
  try {
    await generator.save(scratch);
    rmSync(outDir, { recursive: true, force: true });
    cpSync(scratch, outDir, { recursive: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function readSchema(path = PROVIDER_SCHEMA): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flavour = flavourArgument();
  const schemaPath = resolve(argument("--schema") ?? PROVIDER_SCHEMA);
  const out = resolve(argument("--out") ?? generatedDir(flavour));
  await generateBindings(readSchema(schemaPath), out, flavour);
  process.stderr.write(`${flavour.cdk} bindings for ${PROVIDER_SOURCE} generated from ${schemaPath} into ${out}\n`);
}
