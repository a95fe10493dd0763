// The fast YAML path: js-yaml's flat event stream (offsets into the text, no tree of nodes),
// constructed into values with the YAML 1.2 core schema — the schema yaml 2 uses — and walked
// once for the offsets positions are computed from. A 100,000-account file loads in ~1 s and
// ~170 MB here against ~5 s and ~540 MB through yaml 2's Document.
// Anything it does not handle exactly like yaml-document.ts returns undefined, and the file goes
// through yaml 2: syntax errors (yaml 2 words them better), several documents, directives,
// anchors and aliases (yaml 2 applies the alias budget), tags, merge keys, complex or empty keys.

import { constructFromEvents, EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from "js-yaml";
import { deferredSource, LineIndex, type MapPosition, type ParsedYaml, type PositionNode, type SeqPosition, scalarPosition } from "./locate.js";
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
  try {
    positionsOf(events, text, false); // whether this path reads the file exactly as yaml 2 would
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
  // The events are dropped here; the tree is built from the text again if a position is asked for.
  return { value: docs[0], src: deferredSource(file, text, () => positionsOf(parseEvents(text, { maxDepth: YAML_LIMITS.maxDepth }), text, true)) };
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

/** What a collection closes as when the tree is not being built. */
const UNBUILT: SeqPosition = { kind: "seq", start: 0, items: [] };

/** A collection being read: its event, and where its children start on the shared stacks. */
interface Open {
  map: boolean;
  start: number;
  /** Index of its first child on `children` (and, for a mapping, of its first key on `keys`). */
  childBase: number;
  keyBase: number;
  /** Inside a mapping, events alternate key, value: the key waiting for its value. */
  pendingKey: string | undefined;
  pendingStart: number;
}

/**
 * One pass over the events: the offset of every node, keys as the loaded object spells them;
 * without `build`, only whether this path handles the file (it throws NotHandled where not).
 * Children wait on shared stacks and are copied out at their exact size when their collection
 * closes: arrays grown by push kept ~17 slots each, ~600 bytes for a one-key mapping, and the
 * tree of a 200,000-entry file lives until the configuration is dropped.
 */
function positionsOf(events: readonly Event[], text: string, build: boolean): PositionNode | undefined {
  let documents = 0;
  let root: PositionNode | undefined;
  const open: Open[] = [];
  const children: PositionNode[] = [];
  const keys: string[] = [];
  const keyStarts: number[] = [];

  const attach = (node: PositionNode, ev: Event) => {
    const parent = open[open.length - 1];
    if (!parent) {
      root = node;
      return;
    }
    if (!parent.map) {
      if (typeof node === "number" && node < 0) throw new NotHandled(); // `-` alone: no offset to show
      if (build) children.push(node);
      return;
    }
    if (parent.pendingKey === undefined) {
      if (ev.type !== EVENT_ID.SCALAR || typeof node !== "number" || node < 0) throw new NotHandled();
      parent.pendingKey = keyOf(ev, text);
      parent.pendingStart = node;
      return;
    }
    if (build) {
      keys.push(parent.pendingKey);
      keyStarts.push(parent.pendingStart);
      children.push(node);
    }
    parent.pendingKey = undefined;
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
        // Attached when it closes (its children are known then); its key is taken now.
        const parent = open[open.length - 1];
        if (parent?.map && parent.pendingKey === undefined) throw new NotHandled(); // a complex key
        open.push({ map: ev.type === EVENT_ID.MAPPING, start: ev.start, childBase: children.length, keyBase: keys.length, pendingKey: undefined, pendingStart: 0 });
        break;
      }
      case EVENT_ID.SCALAR:
        if (ev.anchorStart >= 0 || ev.tagStart >= 0) throw new NotHandled(featureStart(ev), true);
        attach(scalarPosition(scalarStart(ev, text), ev.valueStart < 0), ev);
        break;
      case EVENT_ID.ALIAS:
        throw new NotHandled(Math.max(0, ev.anchorStart - 1), true);
      case EVENT_ID.POP: {
        // Closes a collection, or the document (nothing open then).
        const closed = open.pop();
        if (!closed) break;
        if (closed.pendingKey !== undefined) throw new NotHandled();
        const node: MapPosition | SeqPosition = !build
          ? UNBUILT
          : closed.map
          ? { kind: "map", start: closed.start, keys: keys.splice(closed.keyBase), keyStarts: keyStarts.splice(closed.keyBase), values: children.splice(closed.childBase) }
          : { kind: "seq", start: closed.start, items: children.splice(closed.childBase) };
        attach(node, ev);
        break;
      }
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
