// Loading the configuration for a command: the model package parses and validates; file names in
// its messages are shown relative to the working folder.
import { type Config, type Diagnostic, LoadError, loadConfig } from "@hotspot-iac/core";

export function loadConfiguration(paths: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Config> {
  return loadConfig(paths, { cwd, env });
}

/** The located problems of a configuration that failed to load, if `err` is that. */
export function loadDiagnostics(err: unknown): readonly Diagnostic[] | undefined {
  return err instanceof LoadError ? err.diagnostics : undefined;
}
