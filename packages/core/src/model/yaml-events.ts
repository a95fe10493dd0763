// The fast YAML path: js-yaml's flat event stream (offsets into the text, no tree of nodes),
// constructed into values with the YAML 1.2 core schema — the schema yaml 2 uses — and walked
// once for the offsets positions are computed from. A 100,000-account file loads in ~1 s and
// ~170 MB here against ~5 s and ~540 MB through yaml 2's Document.
// Anything it does not handle exactly like yaml-document.ts returns undefined, and the file goes
// through yaml 2: syntax errors (yaml 2 words them better), several documents, directives,
// anchors and aliases (yaml 2 applies the alias budget), tags, merge keys, complex or empty keys.

import { constructFromEvents, EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from "js-yaml";
import { LineIndex, type MapPosition, type ParsedYaml, type PositionNode, type SeqPosition } from "./locate.js";
import type { Diagnostic } from "./diagnostics.js";
import { featuresTooLarge, tooDeep, YAML_LIMITS } from "./yaml-limits.js";
import { HotspotIacError } from "../errors.js";

/** Thrown inside the walk when the file needs the complete path; `feature`: an anchor, alias, tag or merge key at `offset`. */
class NotHandled extends HotspotIacError {
  override get code() {
    return "yaml-not-handled" as const;
  }
  constructor(
    readonly offset = 0,
    readonly feature = false,
  ) {
    super();
  }
}

/**
 * The parsed file; diagnostics when a limit refuses it; undefined when the complete path should
 * read it (errors, features this path leaves alone), except a file too large for that path.
 */
export function parseWithEvents(text: string, file: string): ParsedYaml | { diagnostics: Diagnostic[] } | undefined {
  const large = text.length > YAML_LIMITS.maxFeatureFileBytes;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: YAML_LIMITS.maxDepth });
  } catch (e) {
    const mark = (e as { mark?: { position?: number } }).mark;
    const reason = String((e as { reason?: unknown }).reason ?? "");
    if (mark?.position !== undefined && reason.startsWith("nesting exceeded maxDepth")) return { diagnostics: [tooDeep(file, text, mark.position)] };
    // yaml 2 words errors better, at ~50× the text in memory: not for a large file.
    if (large && mark?.position !== undefined) return { diagnostics: [jsYamlError(file, text, mark.position, reason)] };
    return undefined;
  }
  let root: PositionNode | undefined;
  try {
    root = positionsOf(events, text);
  } catch (e) {
    if (e instanceof NotHandled) return large && e.feature ? { diagnostics: [featuresTooLarge(file, text, e.offset)] } : undefined;
    throw e;
  }
  let docs: unknown[];
  try {
    docs = constructFromEvents(events, { source: text, maxAliases: 0 });
  } catch {
    return undefined; // duplicate keys, unknown tags, ...
  }
  if (docs.length !== 1) return undefined;
  return { value: docs[0], src: { file, root, lines: new LineIndex(text) } };
}

/** Where an anchor (`&name`: its `&`) or a tag starts. */
function featureStart(ev: { anchorStart: number; tagStart: number }): number {
  const anchor = ev.anchorStart >= 0 ? ev.anchorStart - 1 : Number.POSITIVE_INFINITY;
  const tag = ev.tagStart >= 0 ? ev.tagStart : Number.POSITIVE_INFINITY;
  return Math.min(anchor, tag);
}

function jsYamlError(file: string, text: string, offset: number, reason: string): Diagnostic {
  const { line, col } = new LineIndex(text.slice(0, offset)).position(offset);
  return { file, line, col, path: "", message: `invalid YAML: ${reason}` };
}

type Collection = MapPosition | SeqPosition;

/** One pass over the events: the offset of every node, keys as the loaded object spells them. */
function positionsOf(events: readonly Event[], text: string): PositionNode | undefined {
  let documents = 0;
  let root: PositionNode | undefined;
  const stack: Collection[] = [];
  // Inside a mapping, events alternate key, value: the key waiting for its value.
  const pendingKey: ({ key: string; start: number } | undefined)[] = [];

  const attach = (node: PositionNode, ev: Event) => {
    const depth = stack.length - 1;
    const parent = stack[depth];
    if (!parent) {
      root = node;
      return;
    }
    if (parent.kind === "seq") {
      if (node.kind === "scalar" && node.empty) throw new NotHandled(); // `-` alone: no offset to show
      parent.items.push(node);
      return;
    }
    const key = pendingKey[depth];
    if (key === undefined) {
      if (ev.type !== EVENT_ID.SCALAR || node.kind !== "scalar" || node.empty) throw new NotHandled();
      pendingKey[depth] = { key: keyOf(ev, text), start: node.start };
      return;
    }
    parent.keys.push(key.key);
    parent.keyStarts.push(key.start);
    parent.values.push(node);
    pendingKey[depth] = undefined;
  };

  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        documents++;
        if (documents > 1 || ev.directives.length > 0) throw new NotHandled();
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (ev.anchorStart >= 0 || ev.tagStart >= 0) throw new NotHandled(featureStart(ev), true);
        const node: Collection =
          ev.type === EVENT_ID.MAPPING
            ? { kind: "map", start: ev.start, keys: [], keyStarts: [], values: [] }
            : { kind: "seq", start: ev.start, items: [] };
        attach(node, ev);
        stack.push(node);
        pendingKey.push(undefined);
        break;
      }
      case EVENT_ID.SCALAR:
        if (ev.anchorStart >= 0 || ev.tagStart >= 0) throw new NotHandled(featureStart(ev), true);
        attach({ kind: "scalar", start: scalarStart(ev, text), empty: ev.valueStart < 0 }, ev);
        break;
      case EVENT_ID.ALIAS:
        throw new NotHandled(Math.max(0, ev.anchorStart - 1), true);
      case EVENT_ID.POP:
        // Closes a collection, or the document (nothing on the stack then).
        if (stack.length > 0) {
          if (pendingKey[pendingKey.length - 1] !== undefined) throw new NotHandled();
          stack.pop();
          pendingKey.pop();
        }
        break;
    }
  }
  return root;
}

/** Where yaml 2 starts a scalar: at the opening quote, at the `|` or `>` of a block scalar. */
function scalarStart(ev: ScalarEvent, text: string): number {
  if (ev.valueStart < 0) return 0;
  switch (ev.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return ev.valueStart - 1;
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK: {
      // The content starts on the line after the header (`|`, `>-`, `|2 # note`).
      const headerEnd = text.lastIndexOf("\n", ev.valueStart - 1);
      const headerLine = text.lastIndexOf("\n", headerEnd - 1) + 1;
      const header = /[|>][0-9+-]*[ \t]*(#.*)?\r?$/.exec(text.slice(headerLine, headerEnd));
      return header ? headerLine + header.index : ev.valueStart;
    }
    default:
      return ev.valueStart;
  }
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.$/-]*$/;
const CORE_WORDS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/**
 * The key as the loaded object spells it: String() of the resolved scalar (`1.0` → "1"). Names
 * are themselves; anything that may resolve to another type is constructed like a value.
 */
function keyOf(ev: ScalarEvent, text: string): string {
  if (ev.style !== SCALAR_STYLE.PLAIN) return getScalarValue(text, ev);
  const raw = text.slice(ev.valueStart, ev.valueEnd);
  if (raw === "<<") throw new NotHandled(ev.valueStart, true); // a merge key
  if (PLAIN_KEY.test(raw) && !CORE_WORDS.test(raw)) return raw;
  const [value] = constructFromEvents(
    [{ type: EVENT_ID.DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] }, ev, { type: EVENT_ID.POP }],
    { source: text },
  );
  // A null key: yaml 2 names it "", js-yaml "null". Rare enough to hand over.
  if (value === null) throw new NotHandled();
  return String(value);
}
