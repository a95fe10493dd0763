// Saved plans: savePlan (`plan --out FILE`), readSavedPlans, and applySaved (`apply FILE`), which
// re-plans and applies only if nothing the reviewer saw has changed since.
import { publicServerUrl, serverIdentity } from "@hotspot-iac/core";
import { desiredSite } from "../plan/desired.js";
import type { Plan } from "../plan/model.js";
import { hasChanges } from "../render/describe.js";
import type { ApplyResult } from "../apply/events.js";
import type { Lock } from "../lock/lock.js";
import { describeDifferences, fingerprintOf, usageSensitive } from "../savedplan/fingerprint.js";
import {
  PlanAlreadyAppliedError,
  readSavedPlans,
  SAVED_PLAN_KIND,
  SAVED_PLAN_VERSION,
  type SavedPlan,
  StalePlanError,
  writeSavedFleetPlan,
  writeSavedPlan,
} from "../savedplan/saved-plan.js";
import { secretHashes } from "../savedplan/secrets.js";
import { canonical, createHasher, hashSecret } from "../state/hash.js";
import { openStateBackend } from "../state/backend.js";
import { apply } from "./apply.js";
import { plan, statePathOf } from "./plan.js";
import type { ApplySavedOptions, PlanResult } from "./types.js";

/** Write a plan for `apply FILE`: changes, fingerprint, secret hashes; never a secret value. */
export async function savePlan(path: string, planned: PlanResult): Promise<SavedPlan> {
  const saved = savedOf(planned);
  await writeSavedPlan(path, saved);
  return saved;
}

function savedOf(planned: PlanResult): SavedPlan {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: SAVED_PLAN_VERSION,
    createdAt: planned.plan.createdAt,
    site: planned.site,
    server: serverIdentity(planned.serverUrl),
    salt: planned.state.file.salt,
    keyCheck: planned.keyCheck,
    stateSerial: planned.state.file.serial ?? 0,
    fingerprint: planned.fingerprint,
    secrets: planned.secrets,
    plan: planned.plan,
    choices: { ...planned.choices },
  };
}

/** Save a fleet's plans (several sites) in one file: `apply FILE` applies them venue by venue. */
export async function saveFleetPlan(path: string, planned: PlanResult[]): Promise<SavedPlan[]> {
  const plans = planned.map(savedOf);
  await writeSavedFleetPlan(path, plans);
  return plans;
}

/** The saved plans of a file `plan --out` wrote: one, or one per venue of a fleet. */
export { readSavedPlans };

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
  const own: Lock | undefined = opts.locked ? undefined : await (await openStateBackend(statePathOf(opts))).lock({ servers: [opts.serverUrl] });
  try {
    return await applyFresh({ ...opts, locked: opts.locked ?? own }, d.name);
  } finally {
    await own?.release();
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
  // Another apply wrote the state since: what the plan knew (known names, hashes) may be gone.
  const serial = fresh.state.loadedSerial ?? fresh.state.file.serial ?? 0;
  if (saved.stateSerial !== undefined && serial !== saved.stateSerial) {
    differences.push(`the state ${fresh.state.path} was written since the plan was made (serial ${saved.stateSerial}, now ${serial}): another run recorded something the plan did not see`);
  }
  const fp = fingerprintOf(fresh.live, hasher, usageSensitive(saved.plan));
  if (fp.digest !== saved.fingerprint.digest) differences.push(...describeDifferences(saved.fingerprint, fp));

  const secrets = secretHashes(fresh.statements, fresh.desired, hasher, opts.config.tainted);
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
  return apply({ ...opts, planned: fresh, now: opts.now });
}

const keyOf = (c: Plan["changes"][number]) => (c.resource === "account" ? `account ${c.username}` : `batch ${c.prefix}`);
