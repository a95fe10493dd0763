// Runs the real terraform binary against the real provider process, in a
// temp working directory that installs the provider from the test mirror.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, inject } from "vitest";
import { cliConfigFor } from "../../scripts/package-mirror.js";

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

/** describe() when terraform is installed; otherwise skipped, saying why. */
export function describeWithTerraform(name: string, fn: () => void): void {
  if (!terraformBin) {
    process.stderr.write(`SKIPPED "${name}": terraform is not installed (not on PATH, not /usr/local/bin/terraform).\n`);
    describe.skip(name, fn);
    return;
  }
  describe(name, fn);
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class TerraformWorkdir {
  readonly dir = mkdtempSync(join(tmpdir(), "hotspot-tf-"));
  readonly env: NodeJS.ProcessEnv;

  constructor(extraEnv: NodeJS.ProcessEnv = {}) {
    const cliConfig = join(this.dir, ".terraformrc");
    writeFileSync(cliConfig, cliConfigFor(inject("mirrorDir")));
    this.env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: cliConfig,
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      NO_COLOR: "1",
      ...extraEnv,
    };
  }

  write(name: string, content: string): void {
    writeFileSync(join(this.dir, name), content);
  }

  run(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
    const res = spawnSync(terraformBin!, [...args.slice(0, 1), ...(needsNoColor(args[0]) ? ["-no-color"] : []), ...args.slice(1)], {
      cwd: this.dir,
      env: { ...this.env, ...env },
      encoding: "utf8",
      timeout: 120_000,
    });
    return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
  }

  /** Like run(), but throws with terraform's output when it fails. */
  ok(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
    const res = this.run(args, env);
    if (res.code !== 0) throw new Error(`terraform ${args.join(" ")} exited ${res.code}\n${res.stdout}\n${res.stderr}`);
    return res;
  }

  spawn(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
    return spawn(terraformBin!, [...args.slice(0, 1), "-no-color", ...args.slice(1)], {
      cwd: this.dir,
      env: { ...this.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  state(): { resources: Array<{ type: string; name: string; mode: string; instances: Array<{ attributes: Record<string, unknown> }> }> } {
    const out = this.ok(["state", "pull"]).stdout.trim();
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
