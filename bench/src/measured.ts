// Running a process while measuring it: wall time and peak resident memory. Peak RSS comes from
// GNU time (`/usr/bin/time -f %M`, the kernel's ru_maxrss of the child) where it exists, otherwise
// from polling /proc/PID/status (VmHWM) every 50 ms.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type RunResult, runBounded } from "./children.js";
import { TMP_DIR } from "./paths.js";

const GNU_TIME = "/usr/bin/time";
let counter = 0;

export interface Measured extends RunResult {
  /** Peak resident set size of the measured process, bytes (undefined when unknown). */
  peakRssBytes: number | undefined;
  rssSource: "gnu-time" | "proc-vmhwm" | "none";
  /** CPU time of the process, user + system (ms): far less sensitive to other load than wall time. */
  cpuMs?: number;
}

function readVmHwm(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function runMeasured(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Measured> {
  if (existsSync(GNU_TIME)) {
    const out = join(TMP_DIR, `time-${process.pid}-${++counter}.txt`);
    const r = await runBounded(GNU_TIME, ["-f", "%M %U %S", "-o", out, cmd, ...args], opts);
    let peak: number | undefined;
    let cpuMs: number | undefined;
    try {
      const lines = readFileSync(out, "utf8").trim().split("\n");
      const [kb, user, sys] = (lines[lines.length - 1] ?? "").split(" ").map(Number);
      if (kb !== undefined && Number.isFinite(kb) && kb > 0) peak = kb * 1024;
      if (user !== undefined && sys !== undefined && Number.isFinite(user + sys)) cpuMs = (user + sys) * 1000;
    } catch {
      // killed before time wrote it
    }
    rmSync(out, { force: true });
    return { ...r, peakRssBytes: peak, cpuMs, rssSource: peak === undefined ? "none" : "gnu-time" };
  }
  let peak: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const r = await runBounded(cmd, args, {
    ...opts,
    onSpawn: (pid) => {
      timer = setInterval(() => {
        const v = readVmHwm(pid);
        if (v !== undefined) peak = Math.max(peak ?? 0, v);
      }, 50);
    },
  });
  if (timer) clearInterval(timer);
  return { ...r, peakRssBytes: peak, rssSource: peak === undefined ? "none" : "proc-vmhwm" };
}
