export * from "./account.js";
export * from "./chart.js";
export * from "./output.js";
export * from "./price-plans.js";
export * from "./sessions.js";
export * from "./stats.js";
export * from "./table.js";
export * from "./units.js";
