// The sync engine's public API: plan (read → diff), apply (statements → requests), saved plans,
// the apply lock, and the per-account building blocks the Terraform provider reuses.
// No terminal code here: progress is reported through ApplyEvent callbacks.
//
// ─── Typical use (the CLI) ───────────────────────────────────────────────────────────────────
//   const planned = await plan({ config, client, serverUrl, passphrase });   // no writes
//   render(planned.plan);                                                   // renderers: ./render
//   if (confirmed) await apply({ planned, client, onEvent });               // takes the apply lock
//
//   await savePlan("tfplan.json", planned);        // plan --out
//   const [saved] = await readSavedPlans("tfplan.json"); // one, or one per venue
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
// - LockHeldError (from apply / applySaved): another apply runs against the same
//   server (any spelling of its URL) or with the same state file.
//
// ─── State file ──────────────────────────────────────────────────────────────────────────────
// `<directory of the first configuration file>/.hotspot/state.json` unless `statePath` (CLI
// `--state`) or HOTSPOT_STATE says otherwise. Commit it or keep it as a CI artifact: it holds no
// secret, only HMAC-SHA256 hashes keyed with HOTSPOT_STATE_KEY, else the server passphrase (never
// stored), plus a public salt. See state/state-file.ts and state/hash.ts.
//
// One module per entry point: engine/plan.ts, engine/apply.ts, engine/saved-plans.ts; their
// options and results in engine/types.ts.
export * from "./engine/types.js";
export { plan } from "./engine/plan.js";
export { apply, PlanRefusedError } from "./engine/apply.js";
export { applySaved, readSavedPlans, saveFleetPlan, savePlan } from "./engine/saved-plans.js";
