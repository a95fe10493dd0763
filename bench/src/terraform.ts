// The terraform row: the same N accounts managed as `hotspot_account` resources by the real
// provider as users install it (the release's single executable, from a packed filesystem mirror
// built in the run: terraform-provider.ts; `terraform init` offline), next to N `terraform_data` resources in the same run: terraform's own per-resource
// cost, the provider's yardstick. Both are created by one apply, then planned with no changes,
// alternately, with terraform's defaults (-parallelism=10) on both sides and the same `count`
// shape (a for_each over a generated set costs terraform itself time quadratic in N, which would
// drown both). The no-op plan is also compared with `hotspot plan` of the same accounts.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ACCOUNT_PREFIX, PASSWORD_ENV, SEED_PLAN_ID, writeConfig } from "./config.js";
import { EmulatorProcess } from "./emulator.js";
import { hotspotPlan } from "./hotspot-cli.js";
import { runMeasured } from "./measured.js";
import { TMP_DIR } from "./paths.js";
import { installedExecutable, mirrorCliConfig, providerAccounting, releasedMirror } from "./terraform-provider.js";
import { accountShape, shapedDataTf } from "./terraform-shape.js";
import { median, perAccount, phasesOf, type StepResult, type TerraformResult, writeRequestsOf } from "./results.js";
import { ACCOUNT_PASSWORD, PASSPHRASE } from "./scenario.js";

function hasTerraform(): boolean {
  try {
    execFileSync("terraform", ["version"], { stdio: "ignore", timeout: 20_000, env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
    return true;
  } catch {
    return false;
  }
}

const REQUIRED = `terraform {
  required_providers {
    hotspot = { source = "hotspot-iac/hotspot" }
  }
}
`;

function mainTf(n: number): string {
  return `${REQUIRED}
# url and passphrase come from HOTSPOT_URL / HOTSPOT_PASSPHRASE.
provider "hotspot" {}

variable "password" {
  type      = string
  sensitive = true
}

resource "hotspot_account" "bench" {
  count          = ${n}
  username       = "${ACCOUNT_PREFIX}\${count.index + 1}"
  password       = var.password
  plan_id        = ${SEED_PLAN_ID}
  rates_download = "1Mbit"
  rates_upload   = "512kbit"
}
`;
}

/** The same resources as terraform_data: what terraform costs per resource without a provider. */
function dataTf(n: number): string {
  return `resource "terraform_data" "bench" {
  count = ${n}
  input = { username = "${ACCOUNT_PREFIX}\${count.index + 1}", plan_id = ${SEED_PLAN_ID}, rates_download = "1Mbit", rates_upload = "512kbit" }
}
`;
}

function step(name: string, r: Awaited<ReturnType<typeof runMeasured>>, expectedExit: number): StepResult {
  const ok = r.code === expectedExit;
  return {
    name,
    listFields: "username",
    wallMs: r.wallMs,
    runsMs: [Math.round(r.wallMs)],
    peakRssBytes: r.peakRssBytes,
    cpuMs: r.cpuMs,
    exitCode: r.code,
    expectedExit,
    ok,
    summary: (`${r.stdout}`.split("\n").filter((l) => /^(Plan:|No changes|Apply complete)/.test(l.trim())).pop() ?? "").trim(),
    ...(ok ? {} : { error: `${r.timedOut ? "timed out; " : ""}exit ${r.code}: ${(r.stderr || r.stdout).trim().split("\n").slice(-8).join(" | ").slice(0, 800)}` }),
  };
}

export async function runTerraform(opts: { accounts: number; repeat: number; log: (l: string) => void }): Promise<TerraformResult> {
  const n = opts.accounts;
  if (!hasTerraform()) return { accounts: n, skipped: "terraform is not installed (not on PATH)" };
  let mirror: string;
  try {
    opts.log("    building the provider's release (single executable) and its packed mirror");
    mirror = releasedMirror(join(TMP_DIR, "provider-release"));
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string };
    return { accounts: n, skipped: `the provider's release build failed: ${(e.stderr?.toString() || e.message).trim().split("\n").slice(-5).join(" | ")}` };
  }
  const dir = join(TMP_DIR, `terraform-${n}`);
  const dataDir = join(dir, "terraform-data");
  const shapeDir = join(dir, "terraform-data-shaped");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(shapeDir, { recursive: true });
  writeFileSync(join(dir, "main.tf"), mainTf(n));
  writeFileSync(join(dataDir, "main.tf"), dataTf(n));
  const cliConfig = join(dir, "terraformrc");
  writeFileSync(cliConfig, mirrorCliConfig(mirror));
  // Creating the state is slow (about 1 account a second was seen on a loaded 2-core machine):
  // its bound is generous; the timed no-op plans have a tighter one.
  const timeoutMs = 120_000 + n * 600;
  const applyTimeoutMs = 300_000 + n * 3_000;
  const emu = await EmulatorProcess.start({ passphrase: PASSPHRASE, listFields: "username" });
  try {
    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
      HOTSPOT_URL: emu.url,
      HOTSPOT_PASSPHRASE: PASSPHRASE,
      TF_VAR_password: ACCOUNT_PASSWORD,
    };
    const tf = (args: string[], bound = timeoutMs, cwd = dir) => runMeasured("terraform", args, { cwd, env, timeoutMs: bound });
    const init = await tf(["init", "-input=false", "-no-color"]);
    const dataInit = await tf(["init", "-input=false", "-no-color"], timeoutMs, dataDir);
    const result: TerraformResult = { accounts: n, initMs: init.wallMs };
    if (init.code !== 0 || dataInit.code !== 0) {
      const failed = init.code !== 0 ? init : dataInit;
      result.skipped = `terraform init failed: ${(failed.stderr || failed.stdout).trim().split("\n").slice(-5).join(" | ")}`;
      return result;
    }
    const applyArgs = ["apply", "-auto-approve", "-input=false", "-no-color"];
    result.dataApply = step("terraform apply (create), terraform_data", await tf(applyArgs, applyTimeoutMs, dataDir), 0);
    opts.log(`    terraform apply of ${n} terraform_data: ${(result.dataApply.wallMs / 1000).toFixed(1)} s, exit ${result.dataApply.exitCode}`);
    const shape = accountShape(dir, env);
    result.shape = { attributes: shape.attributes, sensitive: shape.sensitive, writeOnly: shape.writeOnly, nested: shape.nested };
    writeFileSync(join(shapeDir, "main.tf"), shapedDataTf(n, shape, ACCOUNT_PREFIX));
    const shapeInit = await tf(["init", "-input=false", "-no-color"], timeoutMs, shapeDir);
    const shapeApply = step("terraform apply (create), terraform_data shaped like hotspot_account", await tf(applyArgs, applyTimeoutMs, shapeDir), 0);
    if (shapeInit.code !== 0) shapeApply.ok = false;
    result.shapeApply = shapeApply;
    opts.log(`    terraform apply of ${n} terraform_data with ${shape.attributes} attributes (${shape.sensitive} sensitive): ${(shapeApply.wallMs / 1000).toFixed(1)} s, exit ${shapeApply.exitCode}${shapeApply.error ? `\n      ! ${shapeApply.error}` : ""}`);
    await emu.clearLog();
    const apply = step("terraform apply (create)", await tf(applyArgs, applyTimeoutMs), 0);
    const applyCounts = await emu.counts();
    apply.requests = applyCounts;
    apply.writeRequests = writeRequestsOf(applyCounts);
    result.apply = apply;
    opts.log(`    terraform apply of ${n}: ${(apply.wallMs / 1000).toFixed(1)} s, ${applyCounts.total} requests, exit ${apply.exitCode}`);
    if (!apply.ok || !result.dataApply.ok) return result;

    // Alternating, so that other work on the machine weighs on both sides alike.
    const planArgs = ["plan", "-detailed-exitcode", "-input=false", "-no-color"];
    const planRuns: StepResult[] = [];
    const dataRuns: StepResult[] = [];
    const shapeRuns: StepResult[] = [];
    for (let i = 0; i < opts.repeat; i++) {
      dataRuns.push(step("terraform plan, no changes, terraform_data", await tf(planArgs, timeoutMs, dataDir), 0));
      if (shapeApply.ok) shapeRuns.push(step("terraform plan, no changes, terraform_data shaped like hotspot_account", await tf(planArgs, timeoutMs, shapeDir), 0));
      await emu.clearLog();
      const r = await tf(planArgs);
      const s = step("terraform plan, no changes", r, 0);
      s.requests = await emu.counts();
      s.requestsPerAccount = perAccount(s.requests, n);
      s.phases = phasesOf(r, s.requests);
      planRuns.push(s);
      if (!s.ok || !dataRuns[i]!.ok) break;
    }
    result.plan = medianOf(planRuns);
    result.dataPlan = medianOf(dataRuns);
    if (shapeRuns.length > 0) result.shapePlan = medianOf(shapeRuns);
    const plan = result.plan;
    opts.log(
      `    terraform plan of ${n}: ${(plan.wallMs / 1000).toFixed(2)} s, ${plan.requests?.total} requests, exit ${plan.exitCode}; terraform_data ${(result.dataPlan.wallMs / 1000).toFixed(2)} s, shaped like hotspot_account ${result.shapePlan ? (result.shapePlan.wallMs / 1000).toFixed(2) : "–"} s${plan.error ? `\n      ! ${plan.error}` : ""}`,
    );

    // Where a no-change plan's CPU goes: one more plan, its provider launches under GNU time.
    const exe = installedExecutable(dir);
    const accounting = exe ? providerAccounting(join(dir, "provider-accounting"), exe) : undefined;
    if (accounting) {
      const r = await runMeasured("terraform", planArgs, { cwd: dir, env: { ...env, TF_CLI_CONFIG_FILE: accounting.cliConfig }, timeoutMs });
      const launches = accounting.launches();
      if (r.code === 0 && r.cpuMs !== undefined && launches.length > 0) {
        const providerCpuMs = launches.reduce((a, b) => a + b, 0);
        result.planSplit = { totalCpuMs: Math.round(r.cpuMs), providerCpuMs, terraformCpuMs: Math.round(r.cpuMs - providerCpuMs), launchesCpuMs: launches };
        opts.log(`    where the plan's CPU goes: terraform ${(result.planSplit.terraformCpuMs / 1000).toFixed(2)} s, provider ${(providerCpuMs / 1000).toFixed(2)} s (launches ${launches.map((l) => (l / 1000).toFixed(2)).join(", ")} s)`);
      }
    }

    // hotspot plan of the same accounts, same emulator.
    const config = writeConfig(join(dir, "hotspot/hotspot.yaml"), { accounts: n });
    const hsRuns: StepResult[] = [];
    for (let i = 0; i < opts.repeat; i++) {
      await emu.clearLog();
      const r = await hotspotPlan({
        url: emu.url,
        passphrase: PASSPHRASE,
        configFile: config,
        statePath: join(dir, "hotspot/state.json"),
        env: { [PASSWORD_ENV]: ACCOUNT_PASSWORD },
        timeoutMs,
      });
      const s = step("hotspot plan, no changes", r, 0);
      s.summary = r.summary;
      s.requests = await emu.counts();
      s.requestsPerAccount = perAccount(s.requests, n);
      s.phases = phasesOf(r, s.requests);
      hsRuns.push(s);
      if (!s.ok) break;
    }
    const hs = medianOf(hsRuns);
    result.hotspotPlan = hs;
    opts.log(`    hotspot plan of the same ${n}: ${(hs.wallMs / 1000).toFixed(2)} s, ${hs.requests?.total} requests, exit ${hs.exitCode} ${hs.summary}`);
    return result;
  } finally {
    await emu.stop();
  }
}

/** The last run, with every run's wall time and their median. */
function medianOf(runs: StepResult[]): StepResult {
  const last = runs[runs.length - 1]!;
  return { ...last, runsMs: runs.map((r) => Math.round(r.wallMs)), wallMs: median(runs.map((r) => r.wallMs)) };
}
