// Bundles the CLI once per test run, so tests spawn the same dist/hotspot.mjs that `build` ships,
// current with the sources even when vitest runs without turbo's build step.
import { bundleCli } from "../scripts/bundle.js";

export default async function setup(): Promise<void> {
  await bundleCli();
}
