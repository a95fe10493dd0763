// What the engine's entry points take and give back: a target (configuration, site, server, state
// file), the options of plan, apply and applySaved, and the planned result apply executes.
import type { Config, HotSpotClient } from "@hotspot-iac/core";
import type { ApplyEvent } from "../apply/events.js";
import type { WritePolicy } from "../apply/write.js";
import type { Lock } from "../lock/lock.js";
import type { Statement } from "../diff/statements.js";
import type { DesiredSite } from "../plan/desired.js";
import type { Plan } from "../plan/model.js";
import type { LiveState } from "../read/live-state.js";
import type { SavedPlan } from "../savedplan/saved-plan.js";
import type { Fingerprint } from "../savedplan/fingerprint.js";
import type { LoadedState } from "../state/state-file.js";

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
  /**
   * State file, or a `postgres://` database. Default: HOTSPOT_STATE, else the configuration's
   * `state`, else `<config dir>/.hotspot/state.json`.
   */
  statePath?: string;
  /** Server wall-clock now (relative expiries). Default serverNow() in the site's `server.timeZone`. */
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
  /** What apply executes: names, counts, field names and keyed hashes; the values come from `desired`. */
  statements: Statement[];
  /** The state file as loaded; apply records into it and saves it. */
  state: LoadedState;
  /** Keyed hashes of the secrets the plan would send ("username/field"). */
  secrets: Record<string, string>;
  site: string;
  serverUrl: string;
  /** @internal key check of the hasher used. */
  keyCheck: string;
  /** @internal the desired site the plan was made from (apply reads the declared values here). */
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
  /** The lock the caller already holds (its backend's lock()); otherwise apply takes one. Its
   * `lost` signal, when it fires, stops the run before its next write. */
  locked?: Lock;
  /** Retry policy of single writes (tests shorten the delays). */
  policy?: WritePolicy;
}

export interface ApplySavedOptions extends EngineTarget, Omit<ApplyOptions, "planned" | "now"> {
  saved: SavedPlan;
  /** As in PlanOptions: the recomputed plan may delete accounts this state file does not know. */
  allowTakeover?: boolean;
  /** As in PlanOptions: the venues of a fleet's saved plan share one loaded state file. */
  state?: LoadedState;
}
