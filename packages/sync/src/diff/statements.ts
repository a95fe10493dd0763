// Statements: the executable side of a plan, made by the diff beside it (drizzle-kit's
// statements.ts beside diff.ts). The Plan is what people read and what is saved; statements say
// what apply does. Pure tagged data: names, counts, field names, price-plan ids and keyed hashes,
// plus the plan's `change` each one carries (values as the plan shows them: secrets only as a
// marker). Apply never sends a declared value from a statement: it looks the declared account or
// batch up by its name when it executes one, so secrets stay in the configuration's objects until
// the request that sends them.
import type { AccountChange, BatchChange } from "../plan/model.js";
import type { PlanRates } from "./price-plans.js";

/** Members one generateaccounts call creates at most (the emulator's limit; real servers unknown). */
export const GENERATE_CHUNK = 10_000;

/** Field name → keyed hash of the declared value (see state/hash.ts). */
export type WriteOnlyHashes = Record<string, string>;

export interface CreateAccountStatement {
  kind: "create-account";
  change: AccountChange;
  /** The declared account to create. */
  username: string;
  pricePlanId: number | undefined;
  /** Hashes of every declared write-only value (recorded as applied once sent). */
  writeOnly: WriteOnlyHashes;
}

export interface UpdateAccountStatement {
  kind: "update-account";
  change: AccountChange;
  /** The declared account to update. */
  username: string;
  pricePlanId: number | undefined;
  /** Fields sent in the one updateaccount. */
  fields: string[];
  /** Rates the new plan implies (the server's values, not the configuration's), sent with it. */
  implied?: PlanRates;
  writeOnly: WriteOnlyHashes;
  /** Write-only fields whose last value was unknown and that the plan assumes in sync. */
  adoptWriteOnly: boolean;
}

export interface DeleteAccountStatement {
  kind: "delete-account";
  change: AccountChange;
  username: string;
  /** The created account that looks like its new name: not deleted if that create failed. */
  replacedBy?: string;
}

/** No request: record the configuration's write-only values as the baseline (ENGINE.md, state file). */
export interface AdoptAccountStatement {
  kind: "adopt-account";
  username: string;
  writeOnly: WriteOnlyHashes;
}

export interface BatchGrow {
  /** Members to add. */
  count: number;
  /** First counter (non-ticket batches). */
  startNumber: number;
  /** Fields generateaccounts cannot carry: one updateaccount per new member sets them (names only). */
  memberUpdateFields: string[];
}

export interface BatchStatement {
  kind: "batch";
  change: BatchChange;
  /** The declared batch; a batch no longer declared is only deleted (its members by name). */
  prefix: string;
  pricePlanId: number | undefined;
  /** Members before the apply (to tell new members apart after an ambiguous generate). */
  existing: string[];
  grow?: BatchGrow;
  /** Existing members and the fields each needs corrected. */
  memberUpdates: Array<{ username: string; fields: string[] }>;
  /** Unused members to delete; inUse members only with force. */
  remove: string[];
  inUseBlocked: string[];
  /** Batch-level write-only hashes (type, sell, autologin, inactivity). */
  writeOnly: WriteOnlyHashes;
  /** Write-only fields of the batch whose last value was unknown: adopted as the baseline. */
  adoptWriteOnly: boolean;
  /** Rates the batch's plan implies (the server's values) for members moved to it. */
  implied?: PlanRates;
}

export type Statement =
  | CreateAccountStatement
  | UpdateAccountStatement
  | DeleteAccountStatement
  | AdoptAccountStatement
  | BatchStatement;

