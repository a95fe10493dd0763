// The typed plan model: what the diff produces and every renderer, the saved-plan writer and the
// applier consume. Pure data (JSON-serialisable), no secrets in clear: sensitive values are carried
// as `{ sensitive: true }` markers (plus a hash where equality must be checked later).

/** How bad a change is. The worst impact in a plan is the plan's severity (cf. aws-cdk's diff). */
export enum Impact {
  NoChange = 0,
  /** Creates, or in-place updates of enforced settings. */
  Safe = 1,
  /** Changes that reset what users consumed (opted-in initial fields) or write-only re-sends. */
  MayDisrupt = 2,
  /** Deletes: an account and its remaining time are gone. */
  Destructive = 3,
}

export type Action = "create" | "update" | "delete" | "no-op";

/** A value as shown in a plan. Sensitive values are never carried in clear. */
export type PlanValue =
  | { kind: "value"; value: string | number | boolean | null }
  /** A secret by nature (password, card, passphrase) or a value from a reference (`from`: the
   * references it came from, `${env:NAME}` / `${file:PATH}`, never the value). */
  | { kind: "sensitive"; from?: string }
  | { kind: "unknown" } // known only after apply (e.g. generated ticket codes)
  | { kind: "unreported" } // the server never returns this field (write-only): its live value is unknowable
  | { kind: "absent" };

export interface FieldChange {
  /** Model field name (camelCase, as in YAML), e.g. "expires", "customer.email". */
  field: string;
  before: PlanValue;
  after: PlanValue;
  /** Field class from the catalogue: why this field is compared the way it is. */
  fieldClass: "identity" | "enforced" | "initial" | "writeOnly";
  /** Human note, e.g. "last applied value unknown: no state file". */
  note?: string;
}

/** Where a resource was declared, for messages that point at the YAML. */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
}

/**
 * A declaration's place as plain data. Core computes a line and column when first read (its
 * properties are getters), so what a plan keeps, saves and compares is this copy.
 */
export function sourceRef(s: SourceRef | undefined): SourceRef | undefined {
  return s ? { file: s.file, line: s.line, col: s.col } : undefined;
}

export interface AccountChange {
  resource: "account";
  action: Action;
  username: string;
  /** Which server/site of the configuration (name used in the YAML, "default" when single). */
  site: string;
  impact: Impact;
  fields: FieldChange[];
  /** Why this change exists (e.g. "owned by prefix staff- and not declared"). */
  reason?: string;
  source?: SourceRef;
  /** Why the engine owns this account: declared by name, or under an ownership prefix. */
  owner?: "declared" | "prefix";
  /** A delete of an account this state file never created, imported or adopted (refused unless allowed). */
  takeover?: boolean;
  /** A delete and a create that look like a rename (same password, or same settings): the old
   * account is deleted only after the new one is created. On both changes. */
  rename?: { from: string; to: string; same: "password" | "settings" };
  /** A delete: what the account had when planned (plan, time left/used, quota, expiry, logged in
   * now), from the live read, for the reviewer. Usage moves on: not compared for staleness. */
  had?: FieldChange[];
}

export interface BatchChange {
  resource: "batch";
  action: Action;
  prefix: string;
  site: string;
  impact: Impact;
  /** Live and desired member counts. */
  countBefore: number;
  countAfter: number;
  /** Members to delete when shrinking, unused first; empty when growing. */
  removeMembers: string[];
  /** Members in use that a shrink would need to remove (refused unless forced). */
  inUseBlocked: string[];
  /** Those of `inUseBlocked` logged in now (the others have been used). Absent when none. */
  online?: string[];
  /** Settings of existing members that differ (applied to each member). */
  fields: FieldChange[];
  source?: SourceRef;
  /** Why this change exists (e.g. "owned prefix, no longer declared"). */
  reason?: string;
  /** Ticket batches get random codes as usernames (prefix + random characters). */
  ticket?: boolean;
  /** How a grow is sent: generateaccounts calls (one per 10,000 members) and whether each new
   * member then needs one updateaccount (for settings generateaccounts cannot set, e.g. an
   * absolute expiry date-time or write-only fields such as multilogin). */
  generate?: { count: number; startNumber?: number; calls: number; perMemberUpdate: boolean; perMemberFields: string[] };
  /** Existing members whose settings differ from `fields` (one updateaccount each). */
  updateMembers?: string[];
  /** Accounts under the prefix this state file never created, imported or adopted for the batch,
   * counted as members only with a takeover (a dropped batch: deleted with it). */
  takeoverMembers?: number;
}

export type Change = AccountChange | BatchChange;

/** Problems found while planning that are not changes (missing plan, asserted attribute differs...). */
export interface PlanDiagnostic {
  severity: "error" | "warning";
  message: string;
  /** Stable machine-readable kind, e.g. "price-plan-missing", "safety-threshold", "write-only-unknown". */
  code?: string;
  /** An error that `--force` overrides (safety thresholds, in-use batch members). */
  forceable?: boolean;
  site?: string;
  source?: SourceRef;
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  noop: number;
}

/** A server a plan was made against. */
export interface PlanServer {
  site: string;
  /** The URL without user-info, query or passphrase. */
  url: string;
  /** The CLI's embedded emulator (`--emulator`), not a real server. */
  emulator: boolean;
}

export interface Plan {
  /** Version of this model's JSON shape (`hotspot plan --json`). */
  formatVersion: 1;
  createdAt: string;
  changes: Change[];
  diagnostics: PlanDiagnostic[];
  summary: PlanSummary;
  /** Worst impact of all changes. */
  severity: Impact;
  /** The site planned and its server's URL (no user-info, query or passphrase). */
  site?: string;
  server?: string;
  /** The server(s) planned against, one per site: what the plan headers name. */
  servers?: PlanServer[];
  /** Accounts on the server this configuration owns (declared + under ownership prefixes). */
  ownedCount?: number;
  /** Accounts each kind of change touches (a batch of 50 new members counts 50 creates). */
  accounts?: { create: number; update: number; delete: number };
  /** What the plan was made from, as the caller names the paths (the CLI: relative to its working folder). */
  configuration?: PlanConfiguration;
}

/** The configuration files read and the state file consulted: what the plan headers name. */
export interface PlanConfiguration {
  files: string[];
  stateFile: string;
}
