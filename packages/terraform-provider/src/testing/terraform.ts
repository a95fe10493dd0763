// For tests that run the real terraform against this provider, here and in the CDKTF package
// (`@hotspot-iac/terraform-provider/testing`): find the binary, skip with a clear message where it
// is missing, and the environment that installs the provider offline and keeps terraform quiet.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, it } from "vitest";

function findTerraform(): string | undefined {
  for (const dir of [...(process.env.PATH ?? "").split(delimiter), "/usr/local/bin"]) {
    const candidate = join(dir, "terraform");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

export const terraformBin = findTerraform();

/** describe() when terraform is installed; otherwise skipped, saying why (and failed under CI=true: CI must run them). */
export function describeWithTerraform(name: string, fn: () => void): void {
  if (!terraformBin && process.env.CI === "true") {
    describe(name, () => {
      it("needs terraform", () => {
        throw new Error("terraform is not installed (not on PATH, not /usr/local/bin/terraform), and CI=true: these tests must run in CI.");
      });
    });
    return;
  }
  if (!terraformBin) {
    process.stderr.write(`SKIPPED "${name}": terraform is not installed (not on PATH, not /usr/local/bin/terraform).\n`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

/** terraform's environment in tests: the CLI config that finds the provider, no prompts, no colour. */
export function terraformEnv(cliConfigFile: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfigFile,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    NO_COLOR: "1",
    ...extra,
  };
}
