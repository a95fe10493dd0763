// .github/workflows/release.yml: the workflow parses, builds the provider on a runner of each
// platform it names, and every pnpm script and release flag it runs exists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../scripts/release.js";

interface Step {
  run?: string;
  uses?: string;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; "runs-on": string; strategy?: { matrix: { include: Array<{ target: string; runner: string }> } } }>;
}

const workflow = parse(readFileSync(join(REPO, ".github/workflows/release.yml"), "utf8")) as Workflow;
const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ""));
const scriptsOf = (dir: string) => (JSON.parse(readFileSync(join(REPO, dir, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe(".github/workflows/release.yml", () => {
  it("builds the provider on linux, darwin and windows, amd64 and arm64", () => {
    const include = workflow.jobs.provider?.strategy?.matrix.include ?? [];
    expect(include.map((m) => m.target).sort()).toEqual(["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64", "windows_arm64"]);
    for (const { target, runner } of include) {
      const os = target.split("_")[0]!;
      expect(runner, target).toMatch({ linux: /^ubuntu-/, darwin: /^macos-/, windows: /^windows-/ }[os]!);
      expect(/arm/.test(runner) || runner === "macos-14", target).toBe(target.endsWith("arm64"));
    }
  });

  it("tests the released artifacts on every Node line the README supports", () => {
    const job = workflow.jobs["node"] as unknown as { strategy: { matrix: { node: string[] } }; steps: Step[] };
    const lines = job.strategy.matrix.node;
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const supported = /Supported: \*\*Node\.js ([^*]+)\*\*/.exec(readme)?.[1] ?? "";
    expect(lines).toContain("20.18");
    expect(supported.match(/\d+(?:\.\d+)?/g)).toEqual(lines);
    expect(job.steps.map((s) => s.run ?? "").join("\n")).toContain("--filter @hotspot-iac/release test");
  });

  it("runs only pnpm scripts and release flags that exist", () => {
    const commands = runs.flatMap((r) => r.split("\n")).filter((l) => /pnpm@\S+ (--filter \S+ )?[a-z]/.test(l));
    expect(commands.length).toBeGreaterThan(3);
    const releaseSources = [
      readFileSync(join(REPO, "packages/release/scripts/release.ts"), "utf8"),
      readFileSync(join(REPO, "packages/terraform-provider/scripts/release.ts"), "utf8"),
    ].join("\n");
    for (const line of commands) {
      const m = /pnpm@\S+ (?:--filter (\S+) )?([a-z-]+)(.*)/.exec(line)!;
      const [, filter, script, rest] = m;
      if (script === "install") continue;
      const dir = filter ? `packages/${filter.replace("@hotspot-iac/", "")}` : ".";
      expect(Object.keys(scriptsOf(dir)), line).toContain(script);
      for (const flag of rest!.match(/--[a-z-]+/g) ?? []) expect(releaseSources, `${flag} in: ${line}`).toContain(`"${flag}"`);
    }
  });
});
