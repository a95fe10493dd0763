// Loading the configuration for a command. The model package owns parsing and validation; this
// only bridges to it.
import * as core from "@hotspot-iac/core";
import type { Config } from "@hotspot-iac/core";

type Loader = (paths: string[]) => Promise<Config>;

export async function loadConfiguration(paths: string[]): Promise<Config> {
  // TODO(cli): import { loadConfig } directly once @hotspot-iac/core exports it (model helper WIP).
  const load = (core as unknown as { loadConfig?: Loader }).loadConfig;
  if (!load) throw new Error("this build cannot load configurations yet (@hotspot-iac/core has no loadConfig)");
  return load(paths);
}

export interface LocatedDiagnostic {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

/** The model's LoadError: every problem of a configuration, located. */
export function loadDiagnostics(err: unknown): readonly LocatedDiagnostic[] | undefined {
  if (!(err instanceof Error) || err.name !== "LoadError") return undefined;
  const diagnostics = (err as Error & { diagnostics?: unknown }).diagnostics;
  return Array.isArray(diagnostics) ? (diagnostics as LocatedDiagnostic[]) : undefined;
}

/** `event.yaml:14:14: accounts[2].expires: message` */
export function formatLocated(d: LocatedDiagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  return d.path ? `${where}: ${d.path}: ${d.message}` : `${where}: ${d.message}`;
}
