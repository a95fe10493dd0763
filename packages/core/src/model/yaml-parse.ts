// One YAML file → its value and where each node sits. Two parsers, one result: js-yaml's event
// stream first (yaml-events.ts: fast and small, what a 100,000-account file needs), yaml 2's
// Document for everything it hands over (yaml-document.ts: errors, anchors, tags, merge keys).
// Both resolve scalars with the YAML 1.2 core schema, so a file means the same either way
// (test/model/yaml-parse.test.ts compares them on every example and fixture).

import type { Diagnostic } from "./diagnostics.js";
import type { ParsedYaml } from "./locate.js";
import { parseWithDocument } from "./yaml-document.js";
import { parseWithEvents } from "./yaml-events.js";
import { checkText } from "./yaml-limits.js";

export type { ParsedYaml } from "./locate.js";

export function parseYaml(text: string, file: string): ParsedYaml | { diagnostics: Diagnostic[] } {
  const refused = checkText(text, file); // size and alias count, before any parser runs
  if (refused) return { diagnostics: [refused] };
  return parseWithEvents(text, file) ?? parseWithDocument(text, file);
}
