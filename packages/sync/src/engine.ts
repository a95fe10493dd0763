// The sync engine's public API: plan (read → diff), apply (statements → requests), saved plans,
// the apply lock, and the per-account building blocks the Terraform provider reuses.
// No terminal code here: progress is reported through ApplyEvent callbacks.
//
// ─── Typical use (the CLI) ───────────────────────────────────────────────────────────────────
//   const lock = await acquireLock({ statePath, serverUrl });  // one apply per server and state file
//   try {
//     const planned = await plan({ config, client, serverUrl, passphrase });   // no writes
//     render(planned.plan);                                             // renderers: ./render
//     if (confirmed) await apply({ planned, client, onEvent, locked: true });
//   } finally { await lock.release(); }
//
//   await savePlan("tfplan.json", planned);        // plan --out
//   const saved = await loadSavedPlan("tfplan.json");
//   await applySaved({ saved, config, client, serverUrl, passphrase }); // apply FILE: StalePlanError if stale
//
// ─── Errors ──────────────────────────────────────────────────────────────────────────────────
// - PlanAbortedError (from plan/applySaved): the read failed, was partial, or looks empty against
//   the state file. Nothing was planned. `.forceable` → `force: true` plans anyway (empty read).
// - PlanRefusedError (from apply): the plan has error diagnostics (missing price plan, safety
//   threshold, batch members in use). Forceable ones pass with `force: true`.
// - StalePlanError (from applySaved): `.differences` says what changed since the plan was saved.
// - PlanAlreadyAppliedError (from applySaved): the saved plan's changes are all made already (the
//   server matches the configuration): nothing to do, not stale.
// - LockHeldError (from acquireLock / apply / applySaved): another apply runs against the same
//   server (any spelling of its URL) or with the same state file.
//
// ─── State file ──────────────────────────────────────────────────────────────────────────────
// `<directory of the first configuration file>/.hotspot/state.json` unless `statePath` (CLI
// `--state`) or HOTSPOT_STATE says otherwise. Commit it or keep it as a CI artifact: it holds no
// secret, only HMAC-SHA256 hashes keyed with HOTSPOT_STATE_KEY, else the server passphrase (never
// stored), plus a public salt. See state/file.ts and state/hash.ts.
import { dirname } from "node:path";
import {
  ACCOUNT_FIELDS,
  type Config,
  fieldValue,
  type HotSpotClient,
  memberAccount,
  referenceKey,
  SENSITIVE_FIELDS,
  serverNow,
} from "@hotspot-iac/core";
import { execute } from "./apply/execute.js";
import type { ApplyEvent, ApplyResult } from "./apply/events.js";
import type { Statement } from "./apply/statements.js";
import type { WritePolicy } from "./apply/write.js";
import type { DiffContext } from "./diff/account.js";
import { diffSite } from "./diff/plan.js";
import { resolvePricePlans } from "./diff/priceplans.js";
import { acquireLock, type Lock } from "./lock/lock.js";
import { type DesiredSite, desiredSite, ownerOf, selectSite } from "./plan/desired.js";
import type { Plan, PlanDiagnostic } from "./plan/model.js";
import { readLive } from "./read/introspect.js";
import type { LiveState } from "./read/live.js";
import { DEFAULT_THRESHOLDS, type SafetyThresholds } from "./safety/thresholds.js";
import { describeDifferences, type Fingerprint, fingerprintOf } from "./savedplan/fingerprint.js";
import { hasChanges } from "./render/describe.js";
import { PlanAlreadyAppliedError, readSavedPlan, SAVED_PLAN_KIND, SAVED_PLAN_VERSION, type SavedPlan, StalePlanError, writeSavedPlan } from "./savedplan/file.js";
import { defaultStatePath, findServerState, type LoadedState, loadState, serverKey, serverState } from "./state/file.js";
import { canonical, createHasher, type Hasher, hashSecret } from "./state/hash.js";
import { knownNames, knowsOf, recordKnown } from "./state/known.js";
import { publicServerUrl, serverIdentity } from "./state/server-identity.js";
import { StateWriter } from "./state/writer.js";

export interface EngineTarget {
  /** The configuration as loadConfig returned it. */
  config: Config;
  /** Site to plan (its `name`); default: the only one. */
  site?: string;
  /** A client connected to that site's server. */
  client: HotSpotClient;
  /** The URL the client talks to (no passphrase in it): files state and locks per server. */
  serverUrl: string;
  /** The server passphrase: keys the state-file hashes unless HOTSPOT_STATE_KEY is set. Never stored. */
  passphrase?: string;
  /** State file. Default `<config dir>/.hotspot/state.json` (HOTSPOT_STATE overrides). */
  statePath?: string;
  /** Server wall-clock now (relative expiries). Default serverNow(). */
  now?: () => Date;
  /** viewaccount requests in flight while reading (default 8, the client's pool size). */
  readConcurrency?: number;
}

export interface PlanOptions extends EngineTarget {
  /** Plan despite an empty read the state file contradicts; safety and in-use refusals become warnings. */
  force?: boolean;
  /**
   * Write-only fields whose last applied value is unknown (no state file, another key, or an
   * account this tool never wrote): "assume" (default) treats them as in sync with a warning and
   * records them at the next apply; "resend" sends them (CLI `--resend-write-only`).
   */
  writeOnly?: "assume" | "resend";
  /** Progress of the viewaccount phase of the read. */
  onReadProgress?: (done: number, total: number) => void;
  /** The server is the CLI's embedded emulator: the plan says so. */
  emulator?: boolean;
  /**
   * The state file, already loaded: the plans of several sites in one run must share one, or each
   * apply would save its own copy and the last would drop the other sites' sections.
   */
  state?: LoadedState;
  /**
   * Delete owned accounts this state file never created, imported or adopted (CLI
   * `--allow-takeover`; also `ownership.allowTakeover` in the YAML). Default: such deletes are an
   * error diagnostic and apply refuses the plan.
   */
  allowTakeover?: boolean;
}

export interface PlanResult {
  /** The typed plan renderers draw and savePlan stores. */
  plan: Plan;
  /** What the server held when planned. */
  live: LiveState;
  /** Fingerprint of `live`, stored in saved plans. */
  fingerprint: Fingerprint;
  /** Executable statements (in memory only: they hold the configuration's secrets). */
  statements: Statement[];
  /** The state file as loaded; apply records into it and saves it. */
  state: LoadedState;
  /** Keyed hashes of the secrets the plan would send ("username/field"). */
  secrets: Record<string, string>;
  site: string;
  serverUrl: string;
  /** @internal key check of the hasher used. */
  keyCheck: string;
  /** @internal the desired site the plan was made from. */
  desired: DesiredSite;
  /** What the person planning allowed (`--force`, `--allow-takeover`): a saved plan keeps them. */
  choices: PlanChoices;
}

/** Overrides a plan was made with; `apply FILE` applies the plan as reviewed, with them. */
export interface PlanChoices {
  force: boolean;
  allowTakeover: boolean;
}

export interface ApplyOptions {
  planned: PlanResult;
  client: HotSpotClient;
  /** Changes in flight (default 4). */
  concurrency?: number;
  onEvent?: (e: ApplyEvent) => void;
  /** Apply despite forceable error diagnostics; also deletes batch members in use. */
  force?: boolean;
  /** Stop starting new changes (SIGINT); the changes in flight finish and state is saved. */
  signal?: AbortSignal;
  now?: () => Date;
  /** The caller already holds the lock (acquireLock); otherwise apply takes it. */
  locked?: boolean;
  /** Retry policy of single writes (tests shorten the delays). */
  policy?: WritePolicy;
}

export interface ApplySavedOptions extends EngineTarget, Omit<ApplyOptions, "planned" | "now"> {
  saved: SavedPlan;
  /** As in PlanOptions: the recomputed plan may delete accounts this state file does not know. */
  allowTakeover?: boolean;
}

/** The plan has errors that forbid applying it. */
export class PlanRefusedError extends Error {
  override readonly name = "PlanRefusedError";
  constructor(readonly diagnostics: PlanDiagnostic[]) {
    super(`the plan cannot be applied:\n${diagnostics.map((d) => `  - ${d.message}`).join("\n")}`);
  }
}

const CHECKPOINT_MS = 2_000;

function statePathOf(t: EngineTarget): string {
  if (t.statePath) return t.statePath;
  const first = t.config.files[0];
  return defaultStatePath(first ? dirname(first) : process.cwd());
}

function hasherFor(state: LoadedState, passphrase: string | undefined): Hasher {
  return createHasher(state.file.salt, hashSecret(passphrase));
}

function thresholdsOf(config: Config, site?: string): SafetyThresholds {
  const s = selectSite(config, site).server.safety;
  return {
    deletePercent: s.maxDeletePercent,
    updatePercent: s.maxUpdatePercent,
    maxDeletes: s.maxDeletes,
    maxUpdates: s.maxUpdates ?? DEFAULT_THRESHOLDS.maxUpdates,
    minExisting: s.minOwned,
  };
}

/** Members whose being in use decides the plan (chosen for removal): part of the fingerprint. */
function usageSensitive(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const c of plan.changes) if (c.resource === "batch") for (const u of [...c.removeMembers, ...c.inUseBlocked]) out.add(u);
  return out;
}

/**
 * Keyed hashes of every secret a statement would send: fields secret by nature and fields whose
 * value came from a reference (taint), so a saved plan notices either changing.
 */
function secretHashes(statements: Statement[], hasher: Hasher, site: string, tainted?: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  const add = (scope: string, owner: object, fields: readonly string[], section: "accounts" | "batches", id: string) => {
    for (const f of fields) {
      if (!SENSITIVE_FIELDS.includes(f) && !tainted?.has(referenceKey(site, section, id, f))) continue;
      const v = fieldValue(owner, f) as { reveal?: () => string } | undefined;
      if (v === undefined) continue;
      out[`${scope === "batch" ? `batch:${id}` : id}/${f}`] = hasher.hash(`secret:${scope === "batch" ? `batch:${id}` : id}`, f, typeof v.reveal === "function" ? v.reveal() : v);
    }
  };
  const allFields = ACCOUNT_FIELDS.map((f) => f.name);
  for (const s of statements) {
    if (s.kind === "create-account") add("account", s.account, allFields, "accounts", s.account.username);
    else if (s.kind === "update-account") add("account", s.account, s.fields, "accounts", s.account.username);
    else if (s.kind === "batch" && tainted) add("batch", s.batch, allFields, "batches", s.batch.prefix);
  }
  return out;
}

/**
 * Read the server and diff it against the configuration. Sends only reads: getpriceplans and
 * getaccountlist once, viewaccount for owned accounts whose list entry lacks needed fields.
 * Throws PlanAbortedError when the read cannot be trusted.
 */
export async function plan(opts: PlanOptions): Promise<PlanResult> {
  const now = opts.now ?? (() => serverNow());
  const d = desiredSite(opts.config, opts.site);
  const state = opts.state ?? (await loadState(statePathOf(opts)));
  const hasher = hasherFor(state, opts.passphrase);
  const server = findServerState(state.file, opts.serverUrl);
  const appliedBefore = !!server && (Object.values(server.accounts).some((a) => a.created) || Object.values(server.batches).some((b) => b.created));

  const live = await readLive(opts.client, d, {
    concurrency: opts.readConcurrency,
    appliedBefore,
    force: opts.force,
    known: knownNames(server),
    serverKey: serverKey(opts.serverUrl),
    now,
    onProgress: opts.onReadProgress,
  });
  const plans = resolvePricePlans(d.site, live.pricePlans);

  let unknownBecause = "";
  let stateKnown = true;
  if (!state.existed) {
    stateKnown = false;
    unknownBecause = `there is no state file at ${state.path} recording what was last applied`;
  } else if (server?.keyCheck !== undefined && server.keyCheck !== hasher.keyCheck) {
    stateKnown = false;
    unknownBecause = `the state file's hashes were made with another key (the passphrase or HOTSPOT_STATE_KEY changed)`;
  } else {
    unknownBecause = "this tool has no record of applying them (state file)";
  }
  const ctx: DiffContext = {
    site: d.name,
    planIds: plans.ids,
    planNames: plans.names,
    hasher,
    stateKnown,
    writeOnly: opts.writeOnly ?? "assume",
    ...(opts.config.tainted ? { tainted: opts.config.tainted } : {}),
  };
  const { plan: p, statements } = diffSite({
    desired: d,
    live,
    state: stateKnown ? server : undefined,
    plans,
    ctx,
    thresholds: thresholdsOf(opts.config, d.name),
    force: opts.force,
    now: now(),
    unknownBecause,
    createdBatches: server ? Object.entries(server.batches).filter(([, b]) => b.created).map(([p]) => p) : [],
    knows: knowsOf(server),
    allowTakeover: opts.allowTakeover || d.site.ownership.allowTakeover === true,
  });
  p.server = publicServerUrl(opts.serverUrl);
  p.servers = [{ site: d.name, url: p.server, emulator: opts.emulator === true }];
  if (!hasher.keyed) {
    p.diagnostics.push({ severity: "warning", code: "state-unkeyed", site: d.name, message: "no passphrase and no HOTSPOT_STATE_KEY: state-file hashes are salted but not keyed" });
  }
  // Hashed on first use: only saved plans need it, and it costs a keyed hash per owned account.
  const sensitive = usageSensitive(p);
  let fingerprint: Fingerprint | undefined;
  return {
    plan: p,
    live,
    get fingerprint() {
      fingerprint ??= fingerprintOf(live, hasher, sensitive);
      return fingerprint;
    },
    statements,
    state,
    secrets: secretHashes(statements, hasher, d.name, opts.config.tainted),
    site: d.name,
    serverUrl: opts.serverUrl,
    keyCheck: hasher.keyCheck,
    desired: d,
    choices: { force: !!opts.force, allowTakeover: !!opts.allowTakeover },
  };
}

/**
 * Apply a plan made by plan(): creates, updates and deletes with bounded concurrency, each
 * ambiguous write resolved by reading back before any retry. One failure does not stop the
 * other changes; the result lists what was done and what failed. The state file is saved even
 * when changes failed, so the next plan converges.
 */
export async function apply(opts: ApplyOptions): Promise<ApplyResult> {
  const { planned } = opts;
  const errors = planned.plan.diagnostics.filter((x) => x.severity === "error" && !(opts.force && x.forceable));
  if (errors.length > 0) throw new PlanRefusedError(errors);

  const lock: Lock | undefined = opts.locked ? undefined : await acquireLock({ statePath: planned.state.path, serverUrl: planned.serverUrl });
  try {
    // A plan without changes still records what it found (declared accounts adopted, batch
    // members, write-only baselines): no request is sent, and the file is written only if that
    // record changed, so a no-op apply leaves a committed state file alone.
    const changing = planned.statements.some((s) => s.kind !== "adopt-account");
    const recordedBefore = changing ? "" : JSON.stringify(findServerState(planned.state.file, planned.serverUrl) ?? null);
    const server = serverState(planned.state.file, planned.serverUrl);
    if (server.keyCheck !== undefined && server.keyCheck !== planned.keyCheck) {
      // Hashes made with another key cannot be compared again: start over with this key.
      for (const a of Object.values(server.accounts)) a.writeOnly = {};
      for (const b of Object.values(server.batches)) b.writeOnly = {};
    }
    server.keyCheck = planned.keyCheck;
    const d = planned.desired;
    // One writer for every save (write-ahead marks, checkpoints, the end): group commit.
    const writer = new StateWriter(planned.state);
    // The state file exists (with this key) before the first request that changes the server.
    if (changing) await writer.flush();
    // Save the state file now and then during long applies, so an interrupted process loses little.
    let lastSave = Date.now();
    const checkpoint = () => {
      if (Date.now() - lastSave < CHECKPOINT_MS) return;
      lastSave = Date.now();
      writer.flush().catch(() => {});
    };
    let result: ApplyResult;
    try {
      result = await execute(planned.statements, {
        client: opts.client,
        state: server,
        concurrency: opts.concurrency,
        force: opts.force,
        now: opts.now ?? (() => serverNow()),
        onEvent: opts.onEvent,
        signal: opts.signal,
        policy: opts.policy,
        accounts: planned.plan.accounts,
        onCheckpoint: checkpoint,
        persist: () => writer.flush(),
        isMemberOf: (prefix, username) => {
          const o = ownerOf(d, username);
          return o?.kind === "batch" && o.batch.prefix === prefix;
        },
      });
      recordKnown(server, d, planned.live, result);
    } finally {
      if (changing) {
        server.lastAppliedAt = new Date().toISOString();
        await writer.flush();
      } else if (JSON.stringify(server) !== recordedBefore) {
        await writer.flush();
      }
    }
    result.statePath = planned.state.path;
    return result;
  } finally {
    await lock?.release();
  }
}

/** Write a plan for `apply FILE`: changes, fingerprint, secret hashes; never a secret value. */
export async function savePlan(path: string, planned: PlanResult): Promise<SavedPlan> {
  const saved: SavedPlan = {
    kind: SAVED_PLAN_KIND,
    formatVersion: SAVED_PLAN_VERSION,
    createdAt: planned.plan.createdAt,
    site: planned.site,
    server: serverKey(planned.serverUrl),
    salt: planned.state.file.salt,
    keyCheck: planned.keyCheck,
    fingerprint: planned.fingerprint,
    secrets: planned.secrets,
    plan: planned.plan,
    choices: { ...planned.choices },
  };
  await writeSavedPlan(path, saved);
  return saved;
}

export const loadSavedPlan = readSavedPlan;

/**
 * Apply a saved plan: re-read the server, refuse (StalePlanError) when its fingerprint, the
 * secrets in the configuration, or the changes recomputed from the configuration differ from the
 * saved ones; otherwise apply the recomputed (identical) plan.
 */
export async function applySaved(options: ApplySavedOptions): Promise<ApplyResult> {
  const { saved } = options;
  // Applied as reviewed: the overrides the plan was made with hold (the CLI may add more).
  const opts = {
    ...options,
    force: options.force || saved.choices?.force,
    allowTakeover: options.allowTakeover || saved.choices?.allowTakeover,
  };
  const d = desiredSite(opts.config, opts.site);
  if (saved.site !== d.name) throw new StalePlanError([`the plan is for site ${JSON.stringify(saved.site)}, not ${JSON.stringify(d.name)}`]);
  // Identities, not text: a plan made against http://localhost:P applies with http://127.0.0.1:P,
  // and plans saved before identities were canonical still match.
  if (serverIdentity(saved.server) !== serverIdentity(opts.serverUrl)) {
    throw new StalePlanError([`the plan was made against ${saved.server}, not ${publicServerUrl(opts.serverUrl)}`]);
  }
  // Locked before re-reading the state file, so no other apply writes it between plan and apply.
  const lock: Lock | undefined = opts.locked ? undefined : await acquireLock({ statePath: statePathOf(opts), serverUrl: opts.serverUrl });
  try {
    return await applyFresh(opts, d.name);
  } finally {
    await lock?.release();
  }
}

async function applyFresh(opts: ApplySavedOptions, site: string): Promise<ApplyResult> {
  const { saved } = opts;
  const differences: string[] = [];
  const fresh = await plan({ ...opts, site, force: opts.force });
  const hasher = createHasher(saved.salt, hashSecret(opts.passphrase));
  if (hasher.keyCheck !== saved.keyCheck) {
    throw new StalePlanError(["the plan was made with another passphrase or HOTSPOT_STATE_KEY: its hashes cannot be checked"]);
  }
  // Applied already (by this plan or any apply since): not stale, just done.
  if (hasChanges(saved.plan) && !hasChanges(fresh.plan)) throw new PlanAlreadyAppliedError();
  const fp = fingerprintOf(fresh.live, hasher, usageSensitive(saved.plan));
  if (fp.digest !== saved.fingerprint.digest) differences.push(...describeDifferences(saved.fingerprint, fp));

  const secrets = secretHashes(fresh.statements, hasher, site, opts.config.tainted);
  // Secrets both plans send, with another value (same salt and key on both sides). One only
  // either plan sends belongs to a change that appeared or went away (applied, new account,
  // dropped): the fingerprint or the recomputed changes below name that, its real cause.
  const changedSecrets = Object.keys(secrets).filter((k) => k in saved.secrets && secrets[k] !== saved.secrets[k]).sort();
  if (changedSecrets.length > 0) differences.push(`secret values in the configuration differ from the plan: ${changedSecrets.join(", ")}`);

  if (differences.length === 0) {
    // A delete's `had` (time used, logged in now) moves on with use: not part of what was reviewed.
    const comparable = (c: Plan["changes"][number]) => canonical(c.resource === "account" ? { ...c, had: undefined } : c);
    const before = new Map(saved.plan.changes.map((c) => [keyOf(c), comparable(c)]));
    const after = new Map(fresh.plan.changes.map((c) => [keyOf(c), comparable(c)]));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
    if (changed.length > 0) {
      differences.push(`the configuration changed since the plan was made: ${changed.slice(0, 10).join(", ")}${changed.length > 10 ? `, ... (${changed.length} in all)` : ""}`);
    }
  }
  if (differences.length > 0) throw new StalePlanError(differences);
  return apply({ ...opts, planned: fresh, now: opts.now, locked: true });
}

const keyOf = (c: Plan["changes"][number]) => (c.resource === "account" ? `account ${c.username}` : `batch ${c.prefix}`);

export { acquireLock };
export { memberAccount };
