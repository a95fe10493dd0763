// Runs the floor loop (floor-worker.ts) in its own process and returns what it measured.
import { runBounded } from "./children.js";
import { REPO_ROOT, tsxArgs } from "./paths.js";
import { join } from "node:path";
import { BENCH_DIR } from "./paths.js";

export interface FloorResult {
  requests: number;
  accounts: number;
  /** First request sent to last body read, inside the worker (ms). */
  ms: number;
  listMs: number;
  bytes: number;
  /** CPU time of the worker process (user + system), start-up included (ms). */
  cpuMs?: number;
}

export async function measureFloor(opts: {
  url: string;
  passphrase: string;
  prefix: string;
  concurrency: number;
  view: boolean;
  timeoutMs: number;
}): Promise<FloorResult> {
  const r = await runBounded(
    process.execPath,
    tsxArgs(join(BENCH_DIR, "src/floor-worker.ts"), [opts.url, opts.prefix, String(opts.concurrency), opts.view ? "1" : "0"]),
    { cwd: REPO_ROOT, env: { ...process.env, FLOOR_PASS: opts.passphrase }, timeoutMs: opts.timeoutMs },
  );
  if (r.code !== 0) throw new Error(`floor worker failed (${r.timedOut ? "timed out" : `exit ${r.code}`}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as FloorResult;
}
