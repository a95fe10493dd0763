// Diagnostics are how every problem reaches the operator: a summary, a
// detail, and the attribute it is about. Never a stack trace.
import { HotspotIacError } from "@hotspot-iac/core";

/** A path step: an attribute name, a list index, or a map key. */
export type PathStep = string | number | { key: string };
export type AttributePath = PathStep[];

export interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  path?: AttributePath;
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(summary: string, detail?: string, path?: AttributePath): void {
    this.items.push({ severity: "error", summary, ...(detail ? { detail } : {}), ...(path ? { path } : {}) });
  }

  warning(summary: string, detail?: string, path?: AttributePath): void {
    this.items.push({ severity: "warning", summary, ...(detail ? { detail } : {}), ...(path ? { path } : {}) });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}

/** Thrown by resource code to fail an operation with a diagnostic at an attribute. */
export class DiagnosticError extends HotspotIacError {
  override get code() {
    return "provider-diagnostic" as const;
  }
  constructor(
    readonly summary: string,
    readonly detail?: string,
    readonly path?: AttributePath,
  ) {
    super(detail ? `${summary}: ${detail}` : summary);
  }
}
