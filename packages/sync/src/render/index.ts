// Renderers: Plan → string. Pure; the CLI picks one and decides about colour.
export { batchLine, hasChanges, NO_CHANGES, summaryLine } from "./describe.js";
export { renderJson, toPlanJson } from "./json.js";
export { PLAN_JSON_FORMAT_VERSION, type PlanJson, planJsonSchema, planJsonSchemaDocument } from "./json-format.js";
export { escapeMarkdown, MARKDOWN_COMMENT_LIMIT, MARKDOWN_MARKER, type MarkdownOptions, renderMarkdown } from "./markdown.js";
export { type Palette, plainPalette, type Style } from "./style.js";
export { diagnosticLine, diagnosticText, renderText, type TextOptions } from "./text.js";
export { planValueText, SENSITIVE, UNKNOWN, UNREPORTED } from "./value.js";
export {
  type FleetMarkdownOptions,
  failed as venueFailed,
  fleetTally,
  MARKDOWN_MARKER_FLEET,
  planErrorsLine,
  planResult,
  renderFleetJson,
  renderFleetMarkdown,
  renderFleetSummary,
  renderFleetText,
  VENUE_RESULT_LABELS,
  type VenueReport,
  type VenueResult,
} from "./fleet.js";
