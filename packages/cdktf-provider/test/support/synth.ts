// synthWith (synth-with.ts) on cdktf, for this package's tests.
import { LocalBackend, TerraformStack, Testing } from "cdktf";
import { type Synthesized, synthWith } from "./synth-with.js";

export type { Synthesized } from "./synth-with.js";

export const synthStack = (build: (stack: TerraformStack) => void | Promise<void>, context?: Record<string, unknown>): Promise<Synthesized> =>
  synthWith({ Testing, TerraformStack, LocalBackend }, build, context);
