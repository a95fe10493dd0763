// Small edits of the state section's records: field lists and hash maps.
import type { BatchState } from "../../state/state-file.js";

/** Record what `username` owes (nothing: forget it). */
export function owe(entry: BatchState, username: string, fields: readonly string[]): void {
  if (fields.length > 0) (entry.owedMembers ??= Object.create(null) as Record<string, string[]>)[username] = [...fields];
  else if (entry.owedMembers && Object.hasOwn(entry.owedMembers, username)) {
    delete entry.owedMembers[username];
    if (Object.keys(entry.owedMembers).length === 0) entry.owedMembers = undefined;
  }
}

export function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}

/** `owed` without `done`; undefined when nothing is left (the field stays out of the file). */
export function without(owed: readonly string[] | undefined, done: readonly string[]): string[] | undefined {
  const left = (owed ?? []).filter((f) => !done.includes(f));
  return left.length > 0 ? left : undefined;
}

export function omit(hashes: Record<string, string>, fields: readonly string[]): Record<string, string> {
  return pick(hashes, Object.keys(hashes).filter((f) => !fields.includes(f)));
}

export function pick(hashes: Record<string, string>, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) if (hashes[f] !== undefined) out[f] = hashes[f];
  return out;
}
