// The machine a run was made on, recorded with every result.
import { cpus, loadavg, totalmem } from "node:os";
import { execFileSync } from "node:child_process";

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  terraform?: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine skews timings. */
  loadAverage: number[];
}

function terraformVersion(): string | undefined {
  try {
    const out = execFileSync("terraform", ["version", "-json"], { encoding: "utf8", timeout: 20_000, stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
    return (JSON.parse(out) as { terraform_version?: string }).terraform_version;
  } catch {
    return undefined;
  }
}

export function describeMachine(): Machine {
  const c = cpus();
  return {
    cpuModel: c[0]?.model.trim() ?? "unknown",
    cores: c.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${process.arch}`,
    terraform: terraformVersion(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
