// Loading YAML to synthesize: secrets need no value (they become Terraform variables), so an
// unset `${env:NAME}` is remembered instead of refused; the constructs then check that only
// secrets read one. HotspotAccounts and HotspotFleet load through here.
import { type Config, LoadError, type LoadOptions, loadConfig } from "@hotspot-iac/core";

export async function loadForSynth(path: string | string[], options: LoadOptions = {}): Promise<{ config: Config; unset: Set<string> }> {
  const unset = new Set<string>();
  const unsetEnv = (name: string) => {
    unset.add(name);
    return `unset-${name}`;
  };
  try {
    return { config: await loadConfig(path, { ...options, unsetEnv }), unset };
  } catch (e) {
    if (e instanceof LoadError && unset.size > 0) e.message += `\n(unset while synthesizing: ${[...unset].join(", ")})`;
    throw e;
  }
}
