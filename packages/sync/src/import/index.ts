// `hotspot import`: live server → configuration YAML. read (read-server.ts) → convert (convert.ts) →
// serialise (yaml.ts); naming.ts holds the deterministic names.
export * from "./batches.js";
export * from "./convert.js";
export * from "./read-server.js";
export * from "./naming.js";
export * from "./yaml.js";
