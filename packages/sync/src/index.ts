// @hotspot-iac/sync: the sync engine (plan, apply, saved plans, lock), its per-account building
// blocks for the Terraform provider, and the typed plan model the renderers draw.
export * from "./engine.js";
export * from "./plan/model.js";
export { type DesiredSite, desiredSite, ownerOf, selectSite } from "./plan/desired.js";
export { loadMembership, type Membership, membershipOf } from "./plan/members.js";
export { type LiveState, PlanAbortedError, inUse } from "./read/live-state.js";
export { readLive } from "./read/introspect.js";
export { diffAccount, type AccountDiff, type DiffContext, writeOnlyHashesOf, accountScope } from "./diff/account.js";
export { diffBatch, memberNumber, batchScope } from "./diff/batch.js";
export { resolvePricePlans, type ResolvedPricePlans, type ResolvedPlans } from "./diff/price-plans.js";
export { readAccount, createAccount, updateAccount, deleteAccount, followUpFields, PartialCreateError, type CreateResult } from "./apply/account.js";
export { growBatch, shrinkBatch, updateMembers, type GrowRequest, type GrowResult } from "./apply/batch.js";
export { writeResolved, COMMITTED, type WritePolicy } from "./apply/write.js";
export type { ApplyEvent, ApplyResult, ChangeOutcome } from "./apply/events.js";
export type { Statement } from "./diff/statements.js";
export { checkSafety, DEFAULT_THRESHOLDS, type SafetyThresholds } from "./safety/thresholds.js";
export { LockHeldError, lockPath, type Lock } from "./lock/lock.js";
export { PlanAlreadyAppliedError, StalePlanError, type SavedPlan } from "./savedplan/saved-plan.js";
export { type Fingerprint, fingerprintOf, describeDifferences } from "./savedplan/fingerprint.js";
export { defaultStatePath, loadState, saveState, serverKey, type StateFile, type LoadedState, type AccountState, type BatchState } from "./state/state-file.js";
export { createHasher, type Hasher } from "./state/hash.js";
export { serverState } from "./state/state-file.js";
export { publicServerUrl, serverIdentity } from "./state/server-identity.js";
export { recordImported } from "./state/known.js";
export * from "./render/index.js";
export * from "./import/index.js";
export { type BatchChanges, batchChanges, readBatchMembers } from "./single-batch.js";
export { type Declaration, declaredChanges } from "./declared-changes.js";
