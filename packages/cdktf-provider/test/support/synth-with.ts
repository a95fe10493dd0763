// Synthesizes a stack the way `Testing.synth` does, in an outdir that is removed
// afterwards (Testing.app() alone leaks a /tmp/cdktf.outdir.* per call) and with a
// relative LocalBackend path (the default one is absolute), so golden files are stable.
// Takes the CDK library as an argument and imports none, so the cdktn package's tests
// use it without loading cdktf.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Synthesized {
  /** cdk.tf.json as Testing.synth prints it. */
  text: string;
  json: {
    resource?: Record<string, Record<string, Record<string, unknown>>>;
    data?: Record<string, Record<string, Record<string, unknown>>>;
    variable?: Record<string, Record<string, unknown>>;
    output?: Record<string, Record<string, unknown>>;
    provider?: Record<string, unknown[]>;
    terraform?: Record<string, unknown>;
  };
}

/** What synthesizing needs from a CDK library: cdktf, or its fork cdktn (the same API). */
export interface CdkTesting<App, Stack> {
  Testing: { app(options: { outdir: string; context?: Record<string, unknown> }): App; synth(stack: Stack, runValidations?: boolean): string };
  TerraformStack: new (scope: App, id: string) => Stack;
  LocalBackend: new (scope: Stack, props: { path: string }) => unknown;
}

/** Synthesizes one stack with `cdk`'s Testing helpers. */
/** The app context the examples and docs set: Terraform ≥ 1.11, so passwords go write-only. */
export const TERRAFORM_111 = { targetVersions: { terraform: ">=1.11" } };

export async function synthWith<App, Stack>(
  cdk: CdkTesting<App, Stack>,
  build: (stack: Stack) => void | Promise<void>,
  context: Record<string, unknown> = TERRAFORM_111,
): Promise<Synthesized> {
  const outdir = mkdtempSync(join(tmpdir(), "hotspot-cdk-test-"));
  try {
    const app = cdk.Testing.app({ outdir, context });
    const stack = new cdk.TerraformStack(app, "test");
    new cdk.LocalBackend(stack, { path: "terraform.tfstate" });
    await build(stack);
    const text = cdk.Testing.synth(stack, true);
    return { text, json: JSON.parse(text) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
