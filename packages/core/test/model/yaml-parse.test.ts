// The two YAML paths must mean the same: for every file the fast path (js-yaml events) takes,
// its value and the position of every key and value equal what yaml 2's Document gives.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PathSegment } from "../../src/model/diagnostics.js";
import { locate, type SourceFile } from "../../src/model/locate.js";
import { parseWithDocument } from "../../src/model/yaml-document.js";
import { parseWithEvents } from "../../src/model/yaml-events.js";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "../../../..");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const FILES = [
  ...yamlFiles(join(repo, "examples")).filter((f) => !f.includes("node_modules")),
  ...yamlFiles(join(here, "../fixtures/invalid")),
];

/** Every path to a value, keys included, in the loaded object. */
function paths(value: unknown, base: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [base];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push(...paths(v, [...base, i]));
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...base, k]));
  }
  return out;
}

function samePositions(a: SourceFile, b: SourceFile, value: unknown): void {
  for (const p of paths(value)) {
    for (const at of ["value", "key"] as const) {
      expect(locate(a, p, at), `${a.file} ${JSON.stringify(p)} (${at})`).toEqual(locate(b, p, at));
    }
  }
}

const CRAFTED: Record<string, string> = {
  "every scalar style": `version: 1
plain: words here
single: 'it''s'
double: "tab\\there"
literal: |
  line one
  line two
folded: >-
  folded
  text
empty:
tilde: ~
number: 12
float: 1.5e3
hex: 0x1F
octal: 0o17
bool: True
nested:
  - a
  - { x: 1, y }
  - [1, 2, [3]]
  -   - deep
      - er
"quoted key": 1
? explicit
: value
1.0: one
true: yes
`,
  "comments and blank lines": "# head\n\nversion: 1 # trailing\naccounts:\n  # a comment\n  - username: a   # here\n\n    password: b\n",
  "windows line ends": "version: 1\r\naccounts:\r\n  - username: a\r\n    plan: hour\r\n",
  "byte order mark": "\uFEFFversion: 1\naccounts:\n  - username: a\n",
  "multi-line flow and plain scalars": "accounts: [\n  { username: a,\n    note: one\n      two },\n  { username: b }\n  ]\nkey with spaces: x\n\"a.b\": 2\n",
  "sites": "version: 1\nsites:\n  lobby:\n    accounts:\n      - { username: a }\n  pool:\n    server: { url: \"http://x\" }\n",
  "non-ASCII": "version: 1\naccounts:\n  - { username: Zoë, note: \"Łódź ✓\" }\n  - username: 😀x\n    plan: p\n",
};

const HANDED_OVER: Record<string, string> = {
  anchors: "defaults: &d { plan: hour }\nother: *d\n",
  "merge key": "base: { a: 1 }\nx:\n  <<: { b: 2 }\n",
  tag: "a: !!str 5\n",
  "two documents": "a: 1\n---\nb: 2\n",
  directive: "%YAML 1.2\n---\na: 1\n",
  "duplicate key": "a: 1\na: 2\n",
  "syntax error": "a: [1, 2\n",
  "empty sequence item": "a:\n  -\n  - 1\n",
  "complex key": "? [1, 2]\n: x\n",
  "flow closed at the parent's indentation": "accounts: [\n  { username: a }\n]\n",
  "null key": "null: x\n~: y\n",
  empty: "",
};

describe("the fast YAML path means what yaml 2 means", () => {
  it.each(FILES.map((f) => [f.slice(repo.length + 1), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const fast = parseWithEvents(text, file);
    const full = parseWithDocument(text, file);
    if (!fast) {
      // Handed over: only for what yaml 2 must decide (errors, several documents, ...).
      expect("diagnostics" in full || /[&*!]|<<|^%|\n---/m.test(text) || /^\s*-\s*$/m.test(text)).toBe(true);
      return;
    }
    if ("diagnostics" in full) throw new Error(`yaml 2 refused a file the fast path took: ${JSON.stringify(full.diagnostics)}`);
    if ("diagnostics" in fast) throw new Error(`the fast path refused a file yaml 2 took: ${JSON.stringify(fast.diagnostics)}`);
    expect(fast.value).toEqual(full.value);
    samePositions(fast.src, full.src, fast.value);
  });

  it("the examples and most fixtures take the fast path", () => {
    const fast = FILES.filter((f) => parseWithEvents(readFileSync(f, "utf8"), f) !== undefined);
    expect(fast.length).toBeGreaterThan(FILES.length * 0.8);
  });

  it.each(Object.entries(CRAFTED))("crafted: %s", (name, text) => {
    const fast = parseWithEvents(text, name);
    const full = parseWithDocument(text, name);
    expect(fast, "taken by the fast path").toBeDefined();
    if (!fast || "diagnostics" in fast || "diagnostics" in full) throw new Error("both paths must parse it");
    expect(fast.value).toEqual(full.value);
    samePositions(fast.src, full.src, fast.value);
  });

  it.each(Object.entries(HANDED_OVER))("handed to yaml 2: %s", (name, text) => {
    expect(parseWithEvents(text, name)).toBeUndefined();
  });
});
