// kubectl-like output selection shared by the operator commands: `-o table|json|yaml`, with `--json`
// as the short form of `-o json`. Structured output carries raw units (seconds, bytes, wall-clock
// ISO text) for scripts; the table form carries human units for people.

import { stringify } from "yaml";
import { HotspotIacError } from "@hotspot-iac/core";

export const OUTPUT_FORMATS = ["table", "json", "yaml"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface OutputFlags {
  output?: string;
  json?: boolean;
}

export class OutputFormatError extends HotspotIacError {
  override get code() {
    return "output-format" as const;
  }
}

export function resolveOutputFormat(flags: OutputFlags): OutputFormat {
  if (flags.json) {
    if (flags.output && flags.output !== "json")
      throw new OutputFormatError(`--json conflicts with -o ${flags.output}`);
    return "json";
  }
  const wanted = (flags.output ?? "table").toLowerCase();
  // "wide" is what kubectl users type for "more columns"; our tables already show everything.
  if (wanted === "wide") return "table";
  if ((OUTPUT_FORMATS as readonly string[]).includes(wanted)) return wanted as OutputFormat;
  throw new OutputFormatError(
    `unknown output format "${flags.output}": expected one of ${OUTPUT_FORMATS.join(", ")}`,
  );
}

/** JSON or YAML text of a plain value, with a trailing newline. */
export function renderStructured(format: "json" | "yaml", value: unknown): string {
  if (format === "json") return JSON.stringify(value, null, 2) + "\n";
  return stringify(value, { lineWidth: 0 });
}
