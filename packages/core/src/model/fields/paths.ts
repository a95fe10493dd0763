// Field paths: a catalogue field's name is its path in the model (`rates.download`,
// `customer.email`). Reading and writing by that path is written here once; the sync engine's
// import, the provider and the constructs all walk the same paths.

// Split once per field name: fieldValue runs for every field of every account on each plan.
const PATHS = new Map<string, readonly string[]>();

function partsOf(name: string): readonly string[] {
  let parts = PATHS.get(name);
  if (!parts) {
    parts = name.split(".");
    PATHS.set(name, parts);
  }
  return parts;
}

/** The value at a field's model path, or undefined when not declared. */
export function fieldValue(target: object, name: string): unknown {
  let v: unknown = target;
  for (const part of partsOf(name)) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Sets the value at a field's model path, creating the groups on the way (`rates` for
 * `rates.download`). A group slot holding something other than a mapping is replaced by one.
 */
export function setFieldValue<T extends object>(target: T, name: string, value: unknown): void {
  const parts = partsOf(name);
  let node = target as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!isMapping(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}
