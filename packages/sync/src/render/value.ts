// How one PlanValue reads in a plan. Sensitive values are never available here in clear: the model
// only carries a marker, so a renderer cannot leak them even by mistake.
import type { PlanValue } from "../plan/model.js";

export const SENSITIVE = "(sensitive value)";
export const UNKNOWN = "(known after apply)";
export const UNREPORTED = "(not reported by the server)";

/** A plan value as the text renderer prints it (quoted strings, markers for what is not shown); not core's formatValue, which writes a model value in its unit. */
export function planValueText(value: PlanValue): string {
  switch (value.kind) {
    case "sensitive":
      // The references it came from, never the value: `(sensitive, from ${env:NAME})`.
      return value.from !== undefined ? `(sensitive, from ${value.from})` : SENSITIVE;
    case "unknown":
      return UNKNOWN;
    case "unreported":
      return UNREPORTED;
    case "absent":
      return "null";
    case "value":
      if (typeof value.value === "string") return JSON.stringify(value.value);
      return String(value.value);
  }
}
