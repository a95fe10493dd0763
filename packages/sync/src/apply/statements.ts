// Statements: the executable side of a plan (drizzle-kit's "statements" stage). The Plan is what
// people read and what is saved; statements carry the typed desired objects (secrets included, in
// memory only) that apply turns into requests. They are rebuilt from the configuration on every
// plan, never serialised.
import type { Batch, DesiredAccount, GenerateAccountsParams } from "@hotspot-iac/core";
import type { AccountChange, BatchChange } from "../plan/model.js";

export type WriteOnlyHashes = Record<string, string>;

export interface CreateAccountStatement {
  kind: "create-account";
  change: AccountChange;
  account: DesiredAccount;
  planId: number | undefined;
  /** Hashes of every declared write-only value (recorded as applied once sent). */
  writeOnly: WriteOnlyHashes;
}

export interface UpdateAccountStatement {
  kind: "update-account";
  change: AccountChange;
  account: DesiredAccount;
  planId: number | undefined;
  /** Fields sent in the one updateaccount. */
  fields: string[];
  writeOnly: WriteOnlyHashes;
  /** Write-only fields whose last value was unknown and that the plan assumes in sync. */
  adoptWriteOnly: boolean;
}

export interface DeleteAccountStatement {
  kind: "delete-account";
  change: AccountChange;
  username: string;
}

/** No request: record the configuration's write-only values as the baseline (see state/README). */
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
  /** generateaccounts parameters without account/count/startnumber (set per call). */
  generate: GenerateAccountsParams;
  /** Fields generateaccounts cannot set: one updateaccount per new member. */
  memberUpdateFields: string[];
}

export interface BatchStatement {
  kind: "batch";
  change: BatchChange;
  batch: Batch;
  planId: number | undefined;
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
}

export type Statement =
  | CreateAccountStatement
  | UpdateAccountStatement
  | DeleteAccountStatement
  | AdoptAccountStatement
  | BatchStatement;
