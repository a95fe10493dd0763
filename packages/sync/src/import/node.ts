// The imported document before it is written as YAML: its own module so that convert.ts and the
// batch folding it calls (batches.ts) share it without importing each other.

/** A YAML-ready value: nested plain objects, strings and numbers, in output key order. */
export type Node = string | number | boolean | Node[] | { [key: string]: Node };
export type NodeMap = { [key: string]: Node };
