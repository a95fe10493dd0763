// Loading the configuration for a command: the model package parses and validates; file names in
// its messages are shown relative to the working folder.
import { type Config, type Diagnostic, LoadError, loadConfig } from "@hotspot-iac/core";

/** `unsetEnv`: read unset `${env:}` variables as placeholders (lenient-env.ts) instead of failing. */
export function loadConfiguration(paths: string[], cwd: string, env: NodeJS.ProcessEnv, unsetEnv?: (name: string) => string): Promise<Config> {
  return loadConfig(paths, { cwd, env, ...(unsetEnv ? { unsetEnv } : {}) });
}

/** The located problems of a configuration that failed to load, if `err` is that. */
export function loadDiagnostics(err: unknown): readonly Diagnostic[] | undefined {
  return err instanceof LoadError ? err.diagnostics : undefined;
}
