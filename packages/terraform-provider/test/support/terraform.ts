// Runs the real terraform binary against the real provider process, in a
// temp working directory that installs the provider from the test mirror.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { cliConfigFor } from "../../scripts/package-mirror.js";
import { terraformBin, terraformEnv } from "../../src/testing/terraform.js";

export { describeWithTerraform, terraformBin } from "../../src/testing/terraform.js";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface TerraformState {
  resources: Array<{ type: string; name: string; mode: string; instances: Array<{ attributes: Record<string, unknown>; status?: string }> }>;
}

export class TerraformWorkdir {
  readonly dir = mkdtempSync(join(tmpdir(), "hotspot-tf-"));
  readonly env: NodeJS.ProcessEnv;

  /** cliConfigText: the CLI configuration (default: install from the test's unpacked mirror). */
  constructor(extraEnv: NodeJS.ProcessEnv = {}, cliConfigText?: string) {
    const cliConfig = join(this.dir, ".terraformrc");
    writeFileSync(cliConfig, cliConfigText ?? cliConfigFor(inject("mirrorDir")));
    this.env = terraformEnv(cliConfig, extraEnv);
  }

  write(name: string, content: string): void {
    writeFileSync(join(this.dir, name), content);
  }

  /**
   * Runs terraform asynchronously: the emulator often lives in this same
   * process, and a synchronous spawn would stop it from answering.
   */
  run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    const child = this.spawn(args, env);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    return new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  /** Like run(), but throws with terraform's output when it fails. */
  async ok(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
    const res = await this.run(args, env);
    if (res.code !== 0) throw new Error(`terraform ${args.join(" ")} exited ${res.code}\n${res.stdout}\n${res.stderr}`);
    return res;
  }

  spawn(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
    const [cmd, ...rest] = args;
    return spawn(terraformBin!, [cmd!, ...(needsNoColor(cmd) ? ["-no-color"] : []), ...rest], {
      cwd: this.dir,
      env: { ...this.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  async state(): Promise<TerraformState> {
    const out = (await this.ok(["state", "pull"])).stdout.trim();
    return out ? JSON.parse(out) : { resources: [] };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const needsNoColor = (cmd: string | undefined) => cmd !== undefined && !["version", "providers", "state", "fmt"].includes(cmd);

export const REQUIRED_PROVIDERS = `terraform {
  required_providers {
    hotspot = { source = "hotspot-iac/hotspot" }
  }
}
`;
