// The two CDK libraries the constructs are built for: CDKTF (deprecated upstream in
// December 2025) and its community fork CDK Terrain (cdktn). One source of hand-written
// constructs (this package's src/), two packages, each with its own generated bindings and
// its own `constructs` (cdktn 0.24 accepts >=10.6.0 <10.8.0, cdktf 0.21 ships with 10.8.1).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface Flavour {
  /** The CDK library's npm name, as the constructs and bindings import it. */
  cdk: "cdktf" | "cdktn";
  /** The package that ships this flavour (its gen/, dist/bindings, lib/). */
  packageRoot: string;
  /** The generator's TerraformProviderGenerator module: the package root wants jsii, which is not installed. */
  generatorModule: string;
  /** The package with ConstructsMakerProviderTarget, TerraformProviderConstraint and Language. */
  commonsModule: string;
}

/** Where the hand-written constructs live: the cdktf flavour's src/, copied for the others. */
export const CONSTRUCTS_SOURCE = join(packagesDir, "cdktf-provider", "src");

export const FLAVOURS: Record<Flavour["cdk"], Flavour> = {
  cdktf: {
    cdk: "cdktf",
    packageRoot: join(packagesDir, "cdktf-provider"),
    generatorModule: "@cdktf/provider-generator/lib/get/generator/provider-generator.js",
    commonsModule: "@cdktf/commons",
  },
  cdktn: {
    cdk: "cdktn",
    packageRoot: join(packagesDir, "cdktn-provider"),
    generatorModule: "@cdktn/provider-generator/build/get/generator/provider-generator.js",
    commonsModule: "@cdktn/commons",
  },
};

/** The flavour a script's `--flavour NAME` names (default cdktf); throws on an unknown name. */
export function flavourArgument(argv = process.argv): Flavour {
  const i = argv.indexOf("--flavour");
  const name = i > 0 ? argv[i + 1] : "cdktf";
  const flavour = FLAVOURS[name as Flavour["cdk"]];
  if (!flavour) throw new Error(`--flavour: expected ${Object.keys(FLAVOURS).join(" or ")}, got ${JSON.stringify(name)}`);
  return flavour;
}
