// The provider the terraform row measures is the one users install: the release's single
// executable (V8 code cache inside), built from the working tree by the provider's own release
// script and installed by `terraform init` from a packed filesystem mirror, as the README's
// "Install" says. And the split of a command's CPU between terraform and the provider processes:
// one extra plan whose provider launches run under GNU time (a dev_overrides entry naming a
// wrapper around the executable terraform installed), apart from the timed runs.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT, tsxArgs } from "./paths.js";

const PROVIDER_SOURCE = "hotspot-iac/hotspot";
const RELEASE_SCRIPT = join(REPO_ROOT, "packages/terraform-provider/scripts/release.ts");
const GNU_TIME = "/usr/bin/time";

/** Builds this platform's release zip into `dir/release` and lays it out as a packed mirror in `dir/mirror`; returns the mirror. */
export function releasedMirror(dir: string): string {
  const release = join(dir, "release");
  const mirror = join(dir, "mirror");
  rmSync(dir, { recursive: true, force: true });
  const run = (args: string[]) => execFileSync(process.execPath, tsxArgs(RELEASE_SCRIPT, args), { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"], timeout: 600_000 });
  run(["--out", release]);
  run(["--out", release, "--packed-mirror", mirror]);
  return mirror;
}

export function mirrorCliConfig(mirror: string): string {
  return `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["${PROVIDER_SOURCE}"]\n  }\n  direct {\n    exclude = ["${PROVIDER_SOURCE}"]\n  }\n}\n`;
}

/** The provider executable `terraform init` installed in a working folder. */
export function installedExecutable(workdir: string): string | undefined {
  const base = join(workdir, ".terraform/providers/registry.terraform.io", PROVIDER_SOURCE);
  if (!existsSync(base)) return undefined;
  for (const version of readdirSync(base)) {
    for (const target of readdirSync(join(base, version))) {
      const exe = readdirSync(join(base, version, target)).find((f) => f.startsWith("terraform-provider-hotspot"));
      if (exe) return join(base, version, target, exe);
    }
  }
  return undefined;
}

/** CPU of each provider launch of one command (user + system, ms). */
export interface ProviderAccounting {
  /** The CLI configuration to run the command with. */
  cliConfig: string;
  /** Reads the launches' CPU after the command, and forgets them. */
  launches(): number[];
}

/** A CLI configuration whose provider launches run the installed `exe` under GNU time; undefined without GNU time. */
export function providerAccounting(dir: string, exe: string): ProviderAccounting | undefined {
  if (!existsSync(GNU_TIME)) return undefined;
  mkdirSync(dir, { recursive: true });
  const log = join(dir, "provider-cpu.log");
  const wrapper = join(dir, "terraform-provider-hotspot");
  writeFileSync(wrapper, `#!/bin/sh\nexec ${GNU_TIME} -a -o '${log}' -f '%U %S' '${exe}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const cliConfig = join(dir, "terraformrc");
  writeFileSync(cliConfig, `provider_installation {\n  dev_overrides {\n    "${PROVIDER_SOURCE}" = ${JSON.stringify(dir)}\n  }\n  direct {}\n}\n`);
  return {
    cliConfig,
    launches() {
      if (!existsSync(log)) return [];
      const lines = readFileSync(log, "utf8").trim().split("\n");
      rmSync(log, { force: true });
      return lines
        .map((l) => l.trim().split(/\s+/).map(Number))
        .filter(([u, s]) => Number.isFinite(u) && Number.isFinite(s))
        .map(([u, s]) => Math.round(((u ?? 0) + (s ?? 0)) * 1000));
    },
  };
}
