// The declarative model: types, units, the field catalogue, loading and serializing YAML.
export * from "./fields.js";
export * from "./secret.js";
export * from "./types.js";
export * from "./units.js";
