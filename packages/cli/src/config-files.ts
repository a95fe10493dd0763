// Which configuration files a command reads. `-f FILE|DIR` (repeatable) wins; otherwise
// hotspot.yaml (or .yml) in the current directory, then in each folder above it up to the
// filesystem root, as git finds its repository: a command run from a subfolder of the project
// uses the project's file. We never sweep up every *.yaml of a directory the user did not name: a
// checkout holds CI files, compose files and the like.
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "./errors.js";

export const DEFAULT_CONFIG_NAMES = ["hotspot.yaml", "hotspot.yml"];

export function configPaths(files: string[] | undefined, cwd: string = process.cwd()): string[] {
  if (files && files.length > 0) {
    return files.map((f) => {
      const path = resolve(cwd, f);
      if (!existsSync(path)) throw new CliError(`${f}: no such file or directory`);
      return path;
    });
  }
  const found = findConfigFile(cwd);
  if (found) return [found];
  throw new CliError(
    `no configuration found: pass -f FILE|DIR, or create ${DEFAULT_CONFIG_NAMES[0]} in ${cwd} (or a folder above it)`,
  );
}

/** The nearest hotspot.yaml (or .yml) in cwd or the folders above it. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of DEFAULT_CONFIG_NAMES) {
      const path = resolve(dir, name);
      if (existsSync(path) && statSync(path).isFile()) return path;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
