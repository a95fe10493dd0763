// `pnpm bench [--quick]`: what plan and apply cost from 1,000 to 100,000 accounts, against an
// emulator in its own process, next to the floor the API allows. See bench/README.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installCleanup, killAll } from "./src/children.js";
import { hotspotVersion } from "./src/hotspot-cli.js";
import { describeMachine } from "./src/machine.js";
import { type BenchOptions, parseOptions, USAGE } from "./src/options.js";
import { RESULTS_DIR, TMP_DIR } from "./src/paths.js";
import { markdown } from "./src/report.js";
import { type BenchRun, median } from "./src/results.js";
import { runScenario } from "./src/scenario.js";
import { runTerraform } from "./src/terraform.js";
import { runVouchers, vouchersMarkdown } from "./src/vouchers.js";
import { fleetMarkdown, runFleet } from "./src/fleet.js";
import { runValidate, validateMarkdown } from "./src/validate.js";

/** The CLI client's default connections (core/wire DEFAULT_CONCURRENCY); the floor uses as many. */
const CLI_CONCURRENCY = 8;

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseOptions>;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (opts.from) {
    const run = JSON.parse(readFileSync(opts.from, "utf8")) as BenchRun;
    if (run.formatVersion !== 2) throw new Error(`${opts.from}: results of an older bench (format ${run.formatVersion}), whose rows meant other things`);
    mergeRow(run, "terraform", opts.terraformFrom);
    mergeRow(run, "fleet", opts.fleetFrom);
    mergeRow(run, "validate", opts.validateFrom);
    if (opts.mergeSizes) {
      const other = JSON.parse(readFileSync(opts.mergeSizes, "utf8")) as BenchRun;
      for (const z of other.sizes) {
        if (!run.sizes.some((y) => y.accounts === z.accounts)) run.sizes.push({ ...z, measuredAt: z.measuredAt ?? other.startedAt });
      }
      run.sizes.sort((a, b) => a.accounts - b.accounts);
    }
    writeResults(run, opts);
    return 0;
  }
  installCleanup();
  mkdirSync(TMP_DIR, { recursive: true });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  log(`hotspot-iac bench (${opts.mode}): ${opts.sizes.join(", ")} accounts on ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);

  // The first run builds the bundle when a source is newer (and warms tsx's cache): not timed.
  const startup = async (viaTsx: boolean) => {
    const first = await hotspotVersion({ timeoutMs: 120_000, viaTsx });
    if (first.code !== 0) throw new Error(`hotspot --version failed: ${first.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push((await hotspotVersion({ timeoutMs: 60_000, viaTsx })).wallMs);
    return median(runs);
  };
  const cliStartupMs = await startup(false);
  log(`  CLI start-up (hotspot --version, as pnpm hotspot runs it): ${(cliStartupMs / 1000).toFixed(2)} s`);
  const tsxStartupMs = opts.tsx ? await startup(true) : undefined;
  if (tsxStartupMs !== undefined) log(`  the same through tsx: ${(tsxStartupMs / 1000).toFixed(2)} s`);

  const run: BenchRun = {
    kind: "hotspot-iac-bench",
    formatVersion: 2,
    startedAt,
    finishedAt: startedAt,
    mode: opts.mode,
    machine,
    concurrency: CLI_CONCURRENCY,
    cliStartupMs,
    ...(tsxStartupMs !== undefined ? { tsxStartupMs } : {}),
    sizes: [],
  };
  for (const n of opts.sizes) {
    try {
      run.sizes.push({
        measuredAt: new Date().toISOString(),
        ...(await runScenario({ accounts: n, repeat: opts.repeat ?? (n >= 100_000 ? 1 : 3), concurrency: CLI_CONCURRENCY, tsx: opts.tsx, log })),
      });
    } catch (err) {
      log(`  ${n} accounts: ${(err as Error).message}`);
      run.sizes.push({ accounts: n, seed: { requests: 0, ms: 0 }, floors: [], steps: [], errors: [(err as Error).message] });
    }
  }
  if (opts.terraformFrom) {
    mergeRow(run, "terraform", opts.terraformFrom);
    log(`  terraform row taken from ${opts.terraformFrom} (measured ${run.terraform?.measuredAt})`);
  } else if (opts.terraform) {
    log(`  terraform, ${opts.terraformAccounts} accounts`);
    try {
      run.terraform = { ...(await runTerraform({ accounts: opts.terraformAccounts, repeat: opts.repeat ?? 3, log })), measuredAt: new Date().toISOString() };
      if (run.terraform.skipped) log(`    skipped: ${run.terraform.skipped}`);
    } catch (err) {
      run.terraform = { accounts: opts.terraformAccounts, skipped: `failed: ${(err as Error).message}` };
      log(`    failed: ${(err as Error).message}`);
    }
  }
  if (opts.vouchers) {
    try {
      run.vouchers = { ...(await runVouchers({ cards: 1_000, repeat: opts.repeat ?? 3, log })), measuredAt: new Date().toISOString() };
    } catch (err) {
      run.vouchers = { cards: 1_000, error: (err as Error).message };
      log(`    vouchers failed: ${(err as Error).message}`);
    }
  }
  if (opts.validate) {
    try {
      run.validate = { ...(await runValidate({ entries: 200_000, repeat: opts.repeat ?? 3, log })), measuredAt: new Date().toISOString() };
    } catch (err) {
      run.validate = { entries: 200_000, error: (err as Error).message };
      log(`    validate failed: ${(err as Error).message}`);
    }
  }
  if (opts.fleetFrom) mergeRow(run, "fleet", opts.fleetFrom);
  else if (opts.fleet) {
    run.fleet = {
      ...(await runFleet({
        venues: 20,
        accounts: 500,
        latencyMs: 100,
        parallel: 20,
        singles: 3,
        deadTimeoutS: 30,
        rssVenues: 100,
        rssAccounts: 1_000,
        repeat: opts.repeat ?? 3,
        log,
      })),
      measuredAt: new Date().toISOString(),
    };
  }
  run.finishedAt = new Date().toISOString();
  writeResults(run, opts);
  return run.sizes.some((z) => z.errors.length > 0) || (run.fleet?.errors.length ?? 0) > 0 ? 1 : 0;
}

type MergedRow = "terraform" | "fleet" | "validate";

/** Take one row of an earlier run (it keeps the time it was measured). */
function mergeRow<K extends MergedRow>(run: BenchRun, key: K, file: string | undefined): void {
  if (!file) return;
  const earlier = JSON.parse(readFileSync(file, "utf8")) as BenchRun;
  const row = earlier[key];
  if (!row) throw new Error(`${file} has no ${key} row`);
  run[key] = { ...row, measuredAt: row.measuredAt ?? earlier.startedAt } as BenchRun[K];
}

function writeResults(run: BenchRun, opts: BenchOptions): void {
  const md = `${markdown(run)}\n${vouchersMarkdown(run.vouchers)}\n${validateMarkdown(run.validate)}\n${fleetMarkdown(run.fleet)}`;
  const json = `${JSON.stringify(run, null, 2)}\n`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  const names = [opts.out, ...(opts.reference ? ["reference"] : [])];
  for (const name of names) {
    writeFileSync(join(RESULTS_DIR, `${name}.md`), md);
    writeFileSync(join(RESULTS_DIR, `${name}.json`), json);
  }
  process.stdout.write(`\n${md}\n`);
  process.stderr.write(`Results: ${names.map((n) => `bench/results/${n}.{md,json}`).join(", ")}\n`);
}

main().then(
  (code) => {
    killAll();
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? String(err)}\n`);
    killAll();
    process.exit(1);
  },
);
