// Writes schema/provider-schema.json, the input of the CDKTF bindings: the
// JSON of `terraform providers schema -json`. Where terraform is installed it
// is run for real against the built provider (installed from a filesystem
// mirror into a temp folder), which proves the served schema; elsewhere the
// same JSON is rendered from the provider's definitions, and the test
// suite checks both renderings agree.
//
//   pnpm --filter @hotspot-iac/terraform-provider schema [--render-only]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { providerSchemaJson } from "../src/schema-json.js";
import { packageMirror } from "./package-mirror.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_FILE = join(root, "schema", "provider-schema.json");

async function fromTerraform(): Promise<object | undefined> {
  const probe = spawnSync("terraform", ["version"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (probe.status !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "hotspot-schema-"));
  try {
    const mirror = await packageMirror(join(dir, "mirror"));
    writeFileSync(join(dir, "cli.tfrc"), mirror.cliConfig);
    writeFileSync(join(dir, "main.tf"), 'terraform {\n  required_providers {\n    hotspot = { source = "hotspot-iac/hotspot" }\n  }\n}\n');
    const env = { ...process.env, TF_CLI_CONFIG_FILE: join(dir, "cli.tfrc"), CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    const run = (args: string[]) => {
      const res = spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      if (res.status !== 0) throw new Error(`terraform ${args.join(" ")} failed:\n${res.stdout}\n${res.stderr}`);
      return res.stdout;
    };
    run(["init", "-input=false", "-no-color"]);
    return JSON.parse(run(["providers", "schema", "-json"])) as object;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const real = process.argv.includes("--render-only") ? undefined : await fromTerraform();
  const schema = real ?? providerSchemaJson();
  mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
  writeFileSync(SCHEMA_FILE, `${JSON.stringify(schema, null, 2)}\n`);
  process.stderr.write(`${SCHEMA_FILE} written (${real ? "from terraform providers schema -json" : "rendered from the provider definitions"})\n`);
}
