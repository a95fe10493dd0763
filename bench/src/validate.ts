// The validate row: `hotspot validate` of a configuration with 200,000 `pricePlans` entries (issue
// 26: within 3 s, start-up included), and of half as many in the same run, whose ratio says whether
// loading is linear in the configuration's size. The files are written here, never committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { type CliRun, runHotspot } from "./hotspot-cli.js";
import { TMP_DIR } from "./paths.js";
import type { StepResult } from "./results.js";
import { stepOf } from "./scenario.js";

/** Issue 26's bound for validating 200,000 entries, the whole process. */
export const VALIDATE_TARGET_MS = 3_000;

export interface ValidateResult {
  entries: number;
  measuredAt?: string;
  /** The full size. */
  full?: StepResult;
  /** Half the entries, same run: full / half ≈ 2 when loading is linear. */
  half?: StepResult;
  error?: string;
}

/** A single-site configuration with `entries` price plans, each an id and a description. */
function writePricePlans(file: string, entries: number): string {
  const lines = ["version: 1", "server:", "  url: http://127.0.0.1:9", "pricePlans:"];
  for (let i = 0; i < entries; i++) lines.push(`  plan-${i}:`, `    id: ${i}`, `    description: "Bench plan ${i}"`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

export async function runValidate(opts: { entries: number; repeat: number; log: (line: string) => void }): Promise<ValidateResult> {
  const { entries, repeat, log } = opts;
  const dir = join(TMP_DIR, `validate-${entries}`);
  mkdirSync(dir, { recursive: true });
  log(`  validate, ${entries.toLocaleString("en-US")} pricePlans entries`);
  const measure = async (n: number): Promise<StepResult> => {
    const file = writePricePlans(join(dir, `price-plans-${n}.yaml`), n);
    const load = loadavg()[0];
    const runs: CliRun[] = [];
    for (let i = 0; i < repeat; i++) {
      runs.push(await runHotspot(["validate", "-f", file, "--no-color"], { url: "", passphrase: "", configFile: file, statePath: "", env: {}, timeoutMs: 300_000 }));
    }
    const st = { ...stepOf(`validate, ${n.toLocaleString("en-US")} pricePlans entries`, "username", runs, 0), ...(load !== undefined ? { loadAverage: Math.round(load * 10) / 10 } : {}) };
    log(`    ${n.toLocaleString("en-US")}: ${(st.wallMs / 1000).toFixed(2)} s (CPU ${((st.cpuMs ?? 0) / 1000).toFixed(2)} s)${st.ok ? "" : ` FAILED ${st.error}`}`);
    return st;
  };
  const half = await measure(entries / 2);
  const full = await measure(entries);
  return { entries, full, half };
}

const sec = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);

/** The row's Markdown section. */
export function validateMarkdown(v: ValidateResult | undefined): string {
  if (!v) return "## Validate\n\nNot run.\n";
  if (v.error) return `## Validate\n\nFailed at ${v.entries} entries: ${v.error}\n`;
  const cell = (st: StepResult | undefined) =>
    !st ? "–" : st.ok ? `${sec(st.wallMs)} (CPU ${sec(st.cpuMs)}, ${Math.round((st.peakRssBytes ?? 0) / 2 ** 20)} MB, load ${st.loadAverage ?? "–"})` : `FAILED (${st.exitCode})`;
  const met = v.full?.ok ? (v.full.wallMs <= VALIDATE_TARGET_MS ? "yes" : "**no**") : "not measured";
  const linear = v.full?.ok && v.half?.ok ? `${(v.full.wallMs / v.half.wallMs).toFixed(2)}×` : "–";
  const half = (v.entries / 2).toLocaleString("en-US");
  const table = [
    `| entries | ${half} | ${v.entries.toLocaleString("en-US")} | ${v.entries.toLocaleString("en-US")} / ${half} (2× when linear) | within 3 s |`,
    "|---|---:|---:|---:|---:|",
    `| pricePlans (id + description each) | ${cell(v.half)} | ${cell(v.full)} | ${linear} | ${met} |`,
  ].join("\n");
  const errors = [v.half, v.full].flatMap((st) => (st?.error ? [`- ${st.name}: ${st.error}`] : []));
  return `${[
    "## Validate",
    "`hotspot validate` of a generated single-site YAML, the whole CLI process; median wall time (CPU of the last run, peak RSS, 1-minute load average when the step started).",
    table,
    ...errors,
  ].join("\n\n")}\n`;
}
