// Saved plans (`hotspot plan --out FILE`, `hotspot apply FILE`): the plan as reviewed, the
// fingerprint of the live state it was made against, and keyed hashes (never values) of the
// secrets it would send. Applying re-reads the server and refuses when the fingerprint, the
// secrets or the recomputed changes differ from what was saved.
import { readFile, writeFile } from "node:fs/promises";
import type { Plan } from "../plan/model.js";
import { parseShape } from "../state/shape.js";
import type { Fingerprint } from "./fingerprint.js";
import { savedPlanSchema } from "./schema.js";
import { HotspotIacError } from "@hotspot-iac/core";

export const SAVED_PLAN_KIND = "hotspot-iac/saved-plan";
export const SAVED_PLAN_VERSION = 1;

export interface SavedPlan {
  kind: typeof SAVED_PLAN_KIND;
  formatVersion: typeof SAVED_PLAN_VERSION;
  createdAt: string;
  site: string;
  /** Server URL without credentials. */
  server: string;
  /** Salt and key check of the hashes below (the key itself is never stored). */
  salt: string;
  keyCheck: string;
  /** The state's serial when planned: applying refuses once another apply has written it. Absent in older plans. */
  stateSerial?: number;
  fingerprint: Fingerprint;
  /** "username/field" → keyed hash of the secret value the plan would send. */
  secrets: Record<string, string>;
  plan: Plan;
  /** `--force` / `--allow-takeover` as the plan was made (absent in plans saved before them: none). */
  choices?: { force: boolean; allowTakeover: boolean };
}

export class StalePlanError extends HotspotIacError {
  override get code() {
    return "plan-stale" as const;
  }
  override readonly name = "StalePlanError";
  constructor(
    /** What changed, one sentence each. */
    readonly differences: string[],
  ) {
    super(`the saved plan is stale and was not applied:\n${differences.map((d) => `  - ${d}`).join("\n")}\nRun plan again.`);
  }
}

/** Applying a saved plan whose changes are all made already (the server matches): nothing to do. */
export class PlanAlreadyAppliedError extends HotspotIacError {
  override get code() {
    return "plan-already-applied" as const;
  }
  override readonly name = "PlanAlreadyAppliedError";
  constructor() {
    super("the saved plan was already applied: the server matches the configuration, nothing to do");
  }
}

export async function writeSavedPlan(path: string, saved: SavedPlan): Promise<void> {
  await writeFile(path, `${JSON.stringify(saved, null, 2)}\n`, { encoding: "utf8", mode: 0o600 });
}

/** A fleet's plan (`plan --out` with several sites): one saved plan per venue, applied venue by venue. */
const SAVED_FLEET_KIND = "hotspot-iac/saved-fleet-plan";

export interface SavedFleetPlan {
  kind: typeof SAVED_FLEET_KIND;
  formatVersion: typeof SAVED_PLAN_VERSION;
  createdAt: string;
  plans: SavedPlan[];
}

export async function writeSavedFleetPlan(path: string, plans: SavedPlan[]): Promise<void> {
  const doc: SavedFleetPlan = { kind: SAVED_FLEET_KIND, formatVersion: SAVED_PLAN_VERSION, createdAt: new Date().toISOString(), plans };
  await writeFile(path, `${JSON.stringify(doc, null, 2)}\n`, { encoding: "utf8", mode: 0o600 });
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch (err) {
    throw new Error(`${path}: not a saved plan (${(err as Error).message})`);
  }
}

/** The plans of a saved plan file: one, or a fleet's (one per venue, in configuration order). */
export async function readSavedPlans(path: string): Promise<SavedPlan[]> {
  const parsed = await readJson(path);
  const p = parsed as Partial<SavedFleetPlan> | null;
  if (p?.kind !== SAVED_FLEET_KIND) return [checkSavedPlan(path, parsed)];
  if (p.formatVersion !== SAVED_PLAN_VERSION) throw new Error(`${path}: saved plan format ${p.formatVersion} is not supported (expected ${SAVED_PLAN_VERSION})`);
  if (!Array.isArray(p.plans)) throw new Error(`${path}: not a hotspot-iac saved fleet plan (no plans)`);
  return p.plans.map((one, i) => checkSavedPlan(`${path} (venue ${i + 1})`, one));
}

export async function readSavedPlan(path: string): Promise<SavedPlan> {
  return checkSavedPlan(path, await readJson(path));
}

function checkSavedPlan(path: string, parsed: unknown): SavedPlan {
  const p = parsed as Partial<SavedPlan> | null;
  if (p?.kind !== SAVED_PLAN_KIND) throw new Error(`${path}: not a hotspot-iac saved plan`);
  if (p.formatVersion !== SAVED_PLAN_VERSION) throw new Error(`${path}: saved plan format ${p.formatVersion} is not supported (expected ${SAVED_PLAN_VERSION})`);
  // Its name-keyed maps (fingerprint records, secrets) come back without a prototype (nameRecord).
  return parseShape(path, parsed, savedPlanSchema, "hotspot-iac saved plan", "Make it again with `hotspot plan --out FILE`.") as SavedPlan;
}
