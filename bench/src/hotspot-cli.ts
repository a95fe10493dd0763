// The `hotspot` CLI as a user runs it (`node scripts/hotspot.mjs`, what `pnpm hotspot` runs: the
// CLI bundle), or its sources through tsx, measured: wall time, peak RSS, exit code, and the
// plan's summary line.
import { HOTSPOT_BIN, HOTSPOT_LAUNCHER, REPO_ROOT, tsxArgs } from "./paths.js";
import { type Measured, runMeasured } from "./measured.js";

export interface CliTarget {
  url: string;
  passphrase: string;
  configFile: string;
  statePath: string;
  /** Environment the configuration's references need. */
  env: Record<string, string>;
  timeoutMs: number;
  /** Run the TypeScript sources through tsx instead of the bundle `pnpm hotspot` runs. */
  viaTsx?: boolean;
}

export interface CliRun extends Measured {
  /** `Plan: 0 to create, 10 to update, 0 to delete.`, `No changes.`, or apply's last line. */
  summary: string;
}

function cliEnv(t: CliTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...t.env,
    HOTSPOT_PASSPHRASE: t.passphrase,
    HOTSPOT_STATE_KEY: "bench-state-key",
    NO_COLOR: "1",
    // Plain progress lines, no prompt: what CI sees.
    CI: "1",
  };
}

const SUMMARY = /^(Plan: .*|No changes\..*|Apply complete.*|Apply .*failed.*|Error: .*)$/m;

function summaryOf(r: Measured): string {
  const text = `${r.stdout}\n${r.stderr}`;
  const lines = text.split("\n").filter((l) => SUMMARY.test(l.trim()));
  return (lines[lines.length - 1] ?? text.trim().split("\n").pop() ?? "").trim().slice(0, 200);
}

export async function runHotspot(args: readonly string[], t: CliTarget): Promise<CliRun> {
  const r = await runMeasured(process.execPath, t.viaTsx ? tsxArgs(HOTSPOT_BIN, args) : [HOTSPOT_LAUNCHER, ...args], {
    cwd: REPO_ROOT,
    env: cliEnv(t),
    timeoutMs: t.timeoutMs,
  });
  return { ...r, summary: summaryOf(r) };
}

const common = (t: CliTarget) => ["-f", t.configFile, "--url", t.url, "--state", t.statePath, "--no-color"];

export function hotspotPlan(t: CliTarget): Promise<CliRun> {
  return runHotspot(["plan", ...common(t), "--detailed-exitcode"], t);
}

export function hotspotApply(t: CliTarget): Promise<CliRun> {
  return runHotspot(["apply", ...common(t), "--auto-approve"], t);
}

/** Node + CLI module start-up, no server: the fixed cost inside every CLI timing. */
export function hotspotVersion(t: Pick<CliTarget, "timeoutMs" | "viaTsx">): Promise<CliRun> {
  return runHotspot(["--version"], { url: "", passphrase: "", configFile: "", statePath: "", env: {}, ...t });
}
