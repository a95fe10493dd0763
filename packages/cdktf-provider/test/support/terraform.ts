// Real terraform against the real provider, installed offline from the filesystem
// mirror that the provider package's packaging script lays out (run as its users
// run it), in temp folders removed afterwards.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { terraformBin, terraformEnv } from "@hotspot-iac/terraform-provider/testing";
import { inject } from "vitest";

export { describeWithTerraform, terraformBin } from "@hotspot-iac/terraform-provider/testing";

export const REPO_ROOT = new URL("../../../../", import.meta.url).pathname.replace(/\/$/, "");
const PACKAGE_MIRROR_SCRIPT = join(REPO_ROOT, "packages", "terraform-provider", "scripts", "package-mirror.ts");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Throw with the command's output when it exits non-zero. */
  ok?: boolean;
}

/**
 * Runs a command without blocking this process: the emulators the commands talk to
 * run in this process and must keep answering meanwhile.
 */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const result = { code: code ?? -1, stdout, stderr };
      if (options.ok && result.code !== 0) {
        reject(new Error(`${command} ${args.join(" ")} exited ${result.code}\n${stdout}\n${stderr}`));
      } else resolve(result);
    });
  });
}

// Resolved here, so a program can run from any folder (a temp one), not only inside the repo.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** A tsx program run with node, as `pnpm hotspot` / `pnpm synth` run them. */
export function runTsx(script: string, args: string[], options: RunOptions): Promise<RunResult> {
  return run(process.execPath, ["--import", TSX, script, ...args], options);
}

/** The provider laid out as a filesystem mirror, and a CLI config file that installs from it. */
export class ProviderMirror {
  private constructor(
    readonly dir: string,
    readonly cliConfig: string,
  ) {}

  static async create(): Promise<ProviderMirror> {
    const dir = mkdtempSync(join(tmpdir(), "hotspot-cdktf-mirror-"));
    const cliConfig = join(dir, "terraform.rc");
    // The script prints the CLI configuration to use on stdout.
    const res = await runTsx(PACKAGE_MIRROR_SCRIPT, ["--out", join(dir, "mirror")], { cwd: REPO_ROOT, ok: true });
    writeFileSync(cliConfig, res.stdout);
    return new ProviderMirror(dir, cliConfig);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** terraform in one synthesized stack folder. */
export class TerraformStackDir {
  readonly env: NodeJS.ProcessEnv;

  constructor(
    readonly dir: string,
    env: NodeJS.ProcessEnv,
  ) {
    // The CLI config was made once per run by global-setup.ts.
    this.env = terraformEnv(inject("providerCliConfig"), env);
  }

  run(args: string[]): Promise<RunResult> {
    return run(terraformBin!, args, { cwd: this.dir, env: this.env });
  }

  ok(args: string[]): Promise<RunResult> {
    return run(terraformBin!, args, { cwd: this.dir, env: this.env, ok: true });
  }
}
