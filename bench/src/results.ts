// The shape of a benchmark run, as written to bench/results/*.json.
import type { FloorResult } from "./floor.js";
import type { ListFields, RequestCounts } from "./emulator.js";
import type { Machine } from "./machine.js";
import type { FleetResult } from "./fleet.js";
import type { ValidateResult } from "./validate.js";
import type { VouchersResult } from "./vouchers.js";

export interface StepResult {
  /** e.g. "plan, no changes". */
  name: string;
  listFields: ListFields;
  /** Median wall time of the runs (ms), process start to exit. */
  wallMs: number;
  /** Every run's wall time (ms). */
  runsMs: number[];
  peakRssBytes?: number;
  /** CPU time (user + system) of the last run's process (ms). */
  cpuMs?: number;
  /** 1-minute load average when the step started (other work on the machine). */
  loadAverage?: number;
  exitCode: number | null;
  expectedExit: number;
  ok: boolean;
  /** The CLI's summary line (`Plan: ...`, `No changes.`, ...). */
  summary: string;
  /** Requests of the last run, as the emulator logged them. */
  requests?: RequestCounts;
  /** Requests beyond getpriceplans + getaccountlist, per managed account. */
  requestsPerAccount?: number;
  /** Requests that change the server (anything but get*, view*). */
  writeRequests?: number;
  /** Where the last run's time went, placed by the server's request log. */
  phases?: Phases;
  error?: string;
}

/** A CLI run split at its first and last request: start-up and configuration loading, the
 * requests, then diff/render/exit. */
export interface Phases {
  beforeFirstRequestMs: number;
  requestsMs: number;
  afterLastRequestMs: number;
}

export interface FloorStep extends FloorResult {
  listFields: ListFields;
  /** Median of the runs (ms). */
  runsMs: number[];
  serverSpanMs: number;
  loadAverage?: number;
}

export interface SizeResult {
  accounts: number;
  /** When this size was measured (sizes may be merged from several runs: --merge-sizes). */
  measuredAt?: string;
  seed: { requests: number; ms: number };
  floors: FloorStep[];
  steps: StepResult[];
  errors: string[];
}

export interface TerraformResult {
  accounts: number;
  /** When the row was measured (it may come from an earlier run: --terraform-from). */
  measuredAt?: string;
  skipped?: string;
  initMs?: number;
  apply?: StepResult;
  plan?: StepResult;
  /** `hotspot plan` of the same accounts on the same emulator. */
  hotspotPlan?: StepResult;
  /** The same N as terraform_data resources, same run: terraform's own per-resource cost. */
  dataApply?: StepResult;
  dataPlan?: StepResult;
  /** hotspot_account's attribute count at every level (how many sensitive, write-only, nested), from the provider's schema. */
  shape?: { attributes: number; sensitive: number; writeOnly?: number; nested?: number };
  /** terraform_data carrying an object of that shape: terraform's own cost for objects this size. */
  shapeApply?: StepResult;
  shapePlan?: StepResult;
  /** One more no-change plan of hotspot_account, its CPU split between terraform and the provider's launches (ms). */
  planSplit?: { totalCpuMs: number; terraformCpuMs: number; providerCpuMs: number; launchesCpuMs: number[] };
}

export interface BenchRun {
  kind: "hotspot-iac-bench";
  formatVersion: 2;
  startedAt: string;
  finishedAt: string;
  mode: "quick" | "full";
  machine: Machine;
  /** Connections the CLI's client uses by default (and the floor loop with it). */
  concurrency: number;
  /** `hotspot --version` wall time as `pnpm hotspot` runs it (the bundle): inside every CLI timing (median, ms). */
  cliStartupMs: number;
  /** The same with the sources run through tsx (when measured). */
  tsxStartupMs?: number;
  sizes: SizeResult[];
  terraform?: TerraformResult;
  vouchers?: VouchersResult;
  fleet?: FleetResult;
  validate?: ValidateResult;
}

/** Marks the steps run with the CLI's sources through tsx instead of the bundle. */
export const VIA_TSX = "(through tsx)";

export const READ_COMMANDS = new Set(["getpriceplans", "getaccountlist", "viewaccount", "getaccountlog", "getaccountsummary", "getstatistics"]);

export function writeRequestsOf(c: RequestCounts): number {
  return Object.entries(c.byCommand)
    .filter(([cmd]) => !READ_COMMANDS.has(cmd))
    .reduce((n, [, v]) => n + v, 0);
}

/** Requests per managed account beyond the two fixed list reads. */
export function perAccount(c: RequestCounts, accounts: number): number {
  const fixed = (c.byCommand.getpriceplans ?? 0) + (c.byCommand.getaccountlist ?? 0);
  return accounts > 0 ? (c.total - fixed) / accounts : 0;
}

export function phasesOf(run: { startedAtMs: number; wallMs: number }, c: RequestCounts): Phases | undefined {
  if (c.total === 0) return undefined;
  return {
    beforeFirstRequestMs: Math.max(0, c.firstAtMs - run.startedAtMs),
    requestsMs: c.serverSpanMs,
    afterLastRequestMs: Math.max(0, run.startedAtMs + run.wallMs - c.lastAtMs),
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
