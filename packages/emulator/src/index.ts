// @hotspot-iac/emulator: a faithful, stateful HotSpot server for development, demos and tests.
export { type EmulatorAdmin, emulatorAdmin } from "./admin-client.js";
export { type Clock, manualClock, systemClock } from "./clock.js";
export type { ListFields } from "./commands/context.js";
export { MAX_GENERATE } from "./commands/generate-accounts.js";
export type { CommandClass } from "./commands/registry.js";
export { EmulatorCore, type EmulatorCoreOptions, type EmulatorState } from "./core.js";
export {
  createEmulatorServer,
  DEFAULT_HOST,
  DEFAULT_PORT,
  type Emulator,
  type EmulatorOptions,
  type EmulatorServer,
  startEmulator,
} from "./emulator.js";
export type { FaultConfig, FaultKind, FaultRates } from "./faults.js";
export { DEFAULT_PLANS, loadPlansFile, type PlanInput, type PlanSpec } from "./plans.js";
export { formatLogLine, type RequestLogEntry } from "./request-log.js";
export { readStateFile } from "./state/persistence.js";
export type {
  AccountRecord,
  DayStats,
  GenerationRecord,
  SessionEndReason,
  SessionRecord,
  StateSnapshot,
} from "./state/types.js";
export { formatDateTime, parseWallClock } from "./server-time.js";
