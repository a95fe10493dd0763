// One size N, measured end to end. Two emulator processes, one after the other:
//   1. getaccountlist lists usernames only (real servers): floor (list + N viewaccount), plan with
//      no changes, plan with 1% changed, apply of that 1%, plan after apply (must be no changes),
//      apply of a new 1,000-voucher batch;
//   2. getaccountlist carries every field (`--list-fields full`): floor (the list alone), plan
//      with no changes.
// Each emulator is seeded with N accounts, then the request log is cleared before and read after
// every measured step.
import { join } from "node:path";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { ACCOUNT_PREFIX, changedCount, PASSWORD_ENV, SEED_PLAN_ID, writeConfig } from "./config.js";
import { EmulatorProcess, type ListFields } from "./emulator.js";
import { measureFloor } from "./floor.js";
import { type CliRun, type CliTarget, hotspotApply, hotspotPlan } from "./hotspot-cli.js";
import { TMP_DIR } from "./paths.js";
import { type FloorStep, median, VIA_TSX, perAccount, phasesOf, type SizeResult, type StepResult, writeRequestsOf } from "./results.js";
import { seedAccounts } from "./seed.js";

export const PASSPHRASE = "bench-passphrase-7f3a";
export const ACCOUNT_PASSWORD = "bench-pw-51c9";
/** Members of the batch the "new batch" step creates. */
export const NEW_BATCH = 1_000;

export interface ScenarioOptions {
  accounts: number;
  /** Runs of each repeated timing (plan no-change, floor); the median is reported. */
  repeat: number;
  concurrency: number;
  /** Also measure the no-change plan with the CLI's sources run through tsx. */
  tsx: boolean;
  log: (line: string) => void;
}

/** Per-step time bound: generous, proportional to N. */
const stepTimeout = (n: number) => 120_000 + n * 8;

export function stepOf(name: string, listFields: ListFields, runs: CliRun[], expectedExit: number): StepResult {
  const last = runs[runs.length - 1]!;
  const failed = runs.find((r) => r.code !== expectedExit);
  const error = failed
    ? failed.timedOut
      ? `timed out after ${Math.round(failed.wallMs / 1000)} s`
      : `exit ${failed.code}${failed.signal ? ` (${failed.signal})` : ""}: ${(failed.stderr || failed.stdout).trim().split("\n").slice(-6).join(" | ").slice(0, 600)}`
    : undefined;
  return {
    name,
    listFields,
    wallMs: median(runs.map((r) => r.wallMs)),
    runsMs: runs.map((r) => Math.round(r.wallMs)),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes ?? 0)) || undefined,
    cpuMs: last.cpuMs,
    exitCode: last.code,
    expectedExit,
    ok: !failed,
    summary: last.summary,
    ...(error ? { error } : {}),
  };
}

async function measureStep(
  emu: EmulatorProcess,
  name: string,
  runs: number,
  expectedExit: number,
  accounts: number,
  run: () => Promise<CliRun>,
  log: (line: string) => void,
): Promise<StepResult> {
  const results: CliRun[] = [];
  const load = loadavg()[0];
  for (let i = 0; i < runs; i++) {
    await emu.clearLog();
    const r = await run();
    results.push(r);
    if (r.code !== expectedExit) break;
  }
  const step = stepOf(name, emu.listFields, results, expectedExit);
  step.loadAverage = load;
  const counts = await emu.counts();
  step.requests = counts;
  step.requestsPerAccount = perAccount(counts, accounts);
  step.writeRequests = writeRequestsOf(counts);
  step.phases = phasesOf(results[results.length - 1]!, counts);
  log(
    `    ${name.padEnd(34)} ${(step.wallMs / 1000).toFixed(2).padStart(7)} s  ${counts.total} requests  ` +
      `${step.peakRssBytes ? `${Math.round(step.peakRssBytes / 2 ** 20)} MB` : "? MB"}  cpu ${step.cpuMs === undefined ? "?" : (step.cpuMs / 1000).toFixed(1)} s  load ${load?.toFixed(1)}  exit ${step.exitCode}  ${step.summary}` +
      (step.phases
        ? `\n      start-up+load ${(step.phases.beforeFirstRequestMs / 1000).toFixed(2)} s, requests ${(step.phases.requestsMs / 1000).toFixed(2)} s, diff+render+exit ${(step.phases.afterLastRequestMs / 1000).toFixed(2)} s`
        : "") +
      (step.error ? `\n      ! ${step.error}` : ""),
  );
  return step;
}

async function floorStep(emu: EmulatorProcess, o: ScenarioOptions, runs: number): Promise<FloorStep> {
  const results = [];
  const load = loadavg()[0];
  for (let i = 0; i < runs; i++) {
    await emu.clearLog();
    results.push(
      await measureFloor({
        url: emu.url,
        passphrase: PASSPHRASE,
        prefix: ACCOUNT_PREFIX,
        concurrency: o.concurrency,
        view: emu.listFields === "username",
        timeoutMs: stepTimeout(o.accounts),
      }),
    );
  }
  const counts = await emu.counts();
  const ms = median(results.map((r) => r.ms));
  const last = results[results.length - 1]!;
  o.log(
    `    ${`floor (${emu.listFields} list)`.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${last.requests} requests  cpu ${((last.cpuMs ?? 0) / 1000).toFixed(1)} s  load ${load?.toFixed(1)}`,
  );
  return { ...last, ms, runsMs: results.map((r) => Math.round(r.ms)), listFields: emu.listFields, serverSpanMs: counts.serverSpanMs, loadAverage: load };
}

async function withEmulator<T>(listFields: ListFields, fn: (emu: EmulatorProcess) => Promise<T>): Promise<T> {
  const emu = await EmulatorProcess.start({ passphrase: PASSPHRASE, listFields });
  try {
    return await fn(emu);
  } finally {
    await emu.stop();
  }
}

export async function runScenario(o: ScenarioOptions): Promise<SizeResult> {
  const n = o.accounts;
  const dir = join(TMP_DIR, `n${n}`);
  rmSync(dir, { recursive: true, force: true });
  const same = writeConfig(join(dir, "same/hotspot.yaml"), { accounts: n });
  const changed = writeConfig(join(dir, "changed/hotspot.yaml"), { accounts: n, changeEvery: 100 });
  const withBatch = writeConfig(join(dir, "batch/hotspot.yaml"), { accounts: n, changeEvery: 100, batch: NEW_BATCH });
  const result: SizeResult = { accounts: n, seed: { requests: 0, ms: 0 }, floors: [], steps: [], errors: [] };
  const timeoutMs = stepTimeout(n);
  const target = (emu: EmulatorProcess, configFile: string, state: string): CliTarget => ({
    url: emu.url,
    passphrase: PASSPHRASE,
    configFile,
    statePath: join(dir, state),
    env: { [PASSWORD_ENV]: ACCOUNT_PASSWORD },
    timeoutMs,
  });
  const seed = async (emu: EmulatorProcess) => {
    const s = await seedAccounts({ url: emu.url, passphrase: PASSPHRASE, prefix: ACCOUNT_PREFIX, count: n, planId: SEED_PLAN_ID, password: ACCOUNT_PASSWORD });
    const listed = await emu.accountCount();
    if (listed !== n) throw new Error(`seeding: the emulator lists ${listed} accounts, expected ${n}`);
    await emu.clearLog();
    return s;
  };
  const step = (emu: EmulatorProcess, name: string, runs: number, exit: number, run: () => Promise<CliRun>) =>
    measureStep(emu, name, runs, exit, n, run, o.log).then((s) => {
      result.steps.push(s);
      if (s.error) result.errors.push(`${n} ${name}: ${s.error}`);
      return s;
    });

  o.log(`  ${n} accounts, getaccountlist with usernames only`);
  await withEmulator("username", async (emu) => {
    result.seed = await seed(emu);
    o.log(`    seeded ${n} accounts in ${result.seed.requests} requests, ${(result.seed.ms / 1000).toFixed(1)} s`);
    result.floors.push(await floorStep(emu, o, o.repeat));
    await step(emu, "plan, no changes", o.repeat, 0, () => hotspotPlan(target(emu, same, "state-username.json")));
    if (o.tsx) {
      await step(emu, `plan, no changes ${VIA_TSX}`, o.repeat, 0, () =>
        hotspotPlan({ ...target(emu, same, "state-username.json"), viaTsx: true }),
      );
    }
    await step(emu, `plan, 1% changed (${changedCount({ accounts: n, changeEvery: 100 })})`, 1, 2, () =>
      hotspotPlan(target(emu, changed, "state-username.json")),
    );
    await step(emu, "apply, 1% changed", 1, 0, () => hotspotApply(target(emu, changed, "state-username.json")));
    await step(emu, "plan after apply", 1, 0, () => hotspotPlan(target(emu, changed, "state-username.json")));
    await step(emu, `apply, new ${NEW_BATCH}-voucher batch`, 1, 0, () => hotspotApply(target(emu, withBatch, "state-username.json")));
  });

  o.log(`  ${n} accounts, getaccountlist with every field (--list-fields full)`);
  await withEmulator("full", async (emu) => {
    await seed(emu);
    result.floors.push(await floorStep(emu, o, o.repeat));
    await step(emu, "plan, no changes", o.repeat, 0, () => hotspotPlan(target(emu, same, "state-full.json")));
    if (o.tsx) {
      await step(emu, `plan, no changes ${VIA_TSX}`, o.repeat, 0, () => hotspotPlan({ ...target(emu, same, "state-full.json"), viaTsx: true }));
    }
  });
  return result;
}
