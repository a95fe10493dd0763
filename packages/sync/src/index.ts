// @hotspot-iac/sync: the engine's API (plan, apply, saved plans, import, state commands, render,
// the Plan model) and the building blocks its consumers use: the Terraform provider (one account or
// batch at a time), the CLI and the voucher cards. Nothing else: internals stay importable only by
// relative path, and packages/release/test/public-surface.test.ts fails on an export nobody uses.

// Entry points (engine.ts has their doc comments) and their options.
export * from "./engine.js";
export type { ApplyEvent, ApplyResult, ChangeOutcome } from "./apply/events.js";
export { StateNotSavedError } from "./engine/apply.js";
export { PlanAlreadyAppliedError, StalePlanError, type SavedPlan } from "./savedplan/saved-plan.js";
export type { Fingerprint } from "./savedplan/fingerprint.js";
export type { Statement } from "./diff/statements.js";

// The Plan renderers draw.
export type {
  AccountChange,
  Action,
  BatchChange,
  Change,
  FieldChange,
  Impact,
  Plan,
  PlanConfiguration,
  PlanDiagnostic,
  PlanServer,
  PlanSummary,
  PlanValue,
  SourceRef,
} from "./plan/model.js";
export { mergePlans } from "./plan/summary.js";
export { hasChanges, summaryLine } from "./render/describe.js";
export { renderJson } from "./render/json.js";
export { type MarkdownOptions, renderMarkdown } from "./render/markdown.js";
export { type Palette, plainPalette, type Style } from "./render/style.js";
export { renderText, type TextOptions } from "./render/text.js";
export {
  type FleetMarkdownOptions,
  failed as venueFailed,
  planErrorsLine,
  planResult,
  renderFleetJson,
  renderFleetMarkdown,
  renderFleetSummary,
  renderFleetText,
  type VenueReport,
  type VenueResult,
} from "./render/fleet.js";

// Ownership, reads and batch membership (the provider, voucher cards).
export { type DesiredSite, desiredSite, ownerOf } from "./plan/desired.js";
export { loadMembership, type Membership } from "./plan/members.js";
export { inUse, type LiveState, PlanAbortedError } from "./read/live-state.js";
export { readLive } from "./read/introspect.js";
export type { DiffContext } from "./diff/context.js";
export { memberNumber } from "./diff/batch.js";
export { findPricePlan } from "./diff/price-plans.js";

// One account or batch at a time (the Terraform provider).
export { type CreateResult, createAccount, deleteAccount, followUpFields, PartialCreateError, readAccount, updateAccount } from "./apply/account.js";
export { convergeBatch, type GrowRequest, type GrowResult, growBatch, growParameters, membersToRemove, shrinkBatch, updateMembers } from "./apply/batch.js";
export type { WritePolicy } from "./apply/write.js";
export { type BatchChangeOptions, type BatchChanges, batchChanges, batchRemoval, membersAfter, readBatchMembers, sortMembers } from "./single-batch.js";
export { type Declaration, declaredChanges } from "./declared-changes.js";
export { enforcedDrift } from "./diff/account.js";

// `hotspot import`.
export type { AccountRow } from "./import/batches.js";
export { type ImportedDocument, type ImportOptions, type PasswordMode, toImportedDocument } from "./import/convert.js";
export { compareUsernames } from "./import/naming.js";
export { type LiveServer, type ReadProgress, readLiveServer } from "./import/read-server.js";
export { type HeaderInfo, renderImportYaml } from "./import/yaml.js";
export type { Node, NodeMap } from "./import/node.js";

// The state and its lock (`--state`, `hotspot state`).
export { DEFAULT_STATE_DIR, defaultStatePath, type LoadedState, type StateFile, StateWriteError, serverState } from "./state/state-file.js";
export { type Hasher, KDF_PARAMS, keyCheckOf } from "./state/hash.js";
export { recordImported } from "./state/known.js";
export { isDatabaseUrl, type LockRequest, openStateBackend, redactDatabaseUrl, type StateBackend } from "./state/backend.js";
export { type StateAccountRecord, type StateBatchRecord, type StateServerRecord, type StateInventory, type StateSummary, stateInventory } from "./state/inventory.js";
export { type MigrateResult, migrateState, StateMigrateRefusedError } from "./state/migrate.js";
export { forceUnlock, type Lock, LockHeldError, lockPath } from "./lock/lock.js";
