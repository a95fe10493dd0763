export * from "./chart.js";
export * from "./output.js";
export * from "./table.js";
export * from "./units.js";
