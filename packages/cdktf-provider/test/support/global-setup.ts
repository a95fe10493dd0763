// Lays the provider out as a filesystem mirror once per test run (the packaging
// script builds the provider bundle; two test files building it at once would race
// on the same output file), for every terraform test to install from.
import type { TestProject } from "vitest/node";
import { buildFlavour } from "../../scripts/compile.js";
import { FLAVOURS } from "../../scripts/flavours.js";
import { ProviderMirror, terraformBin } from "./terraform.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** TF_CLI_CONFIG_FILE installing the provider from the mirror; "" without terraform. */
    providerCliConfig: string;
  }
}

export default async function setup(project: TestProject) {
  // examples/cdktn-event runs the cdktn package's constructs: its copied sources and
  // compiled bindings must exist (a no-op when they are current).
  for (const flavour of Object.values(FLAVOURS)) buildFlavour(flavour);
  if (!terraformBin) {
    project.provide("providerCliConfig", "");
    return;
  }
  const mirror = await ProviderMirror.create();
  project.provide("providerCliConfig", mirror.cliConfig);
  return () => mirror.remove();
}
