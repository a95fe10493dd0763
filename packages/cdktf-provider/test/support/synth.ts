// Synthesizes a stack the way `Testing.synth` does, in an outdir that is removed
// afterwards (Testing.app() alone leaks a /tmp/cdktf.outdir.* per call) and with a
// relative LocalBackend path (the default one is absolute), so golden files are stable.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalBackend, TerraformStack, Testing } from "cdktf";

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

export async function synthStack(build: (stack: TerraformStack) => void | Promise<void>): Promise<Synthesized> {
  const outdir = mkdtempSync(join(tmpdir(), "hotspot-cdktf-test-"));
  try {
    const app = Testing.app({ outdir });
    const stack = new TerraformStack(app, "test");
    new LocalBackend(stack, { path: "terraform.tfstate" });
    await build(stack);
    const text = Testing.synth(stack, true);
    return { text, json: JSON.parse(text) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
