// examples/ci/hotspot.yml: the workflow parses, every `hotspot` command and flag it runs exists
// (checked against the CLI's own --help), and its comment splitter matches the Markdown renderer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderMarkdown } from "@hotspot-iac/sync";
import { hugePlan } from "../../sync/test/render/fixtures.js";
import { hotspot, REPO_ROOT } from "./harness.js";

const workflowText = readFileSync(join(REPO_ROOT, "examples/ci/hotspot.yml"), "utf8");

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; if?: string }>;
}

const workflow = parse(workflowText) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

/** Every `hotspot CMD ARGS...` in the run scripts, as [command, flags]. */
function invocations(): { command: string; flags: string[]; line: string }[] {
  const out: { command: string; flags: string[]; line: string }[] = [];
  for (const s of steps) {
    for (const line of (s.run ?? "").split("\n")) {
      const m = /\bhotspot ([a-z]+)((?: [^>|;&]*)?)/.exec(line);
      if (!m) continue;
      const flags = (m[2] ?? "").split(/\s+/).filter((t) => /^--?[a-z]/.test(t)).map((t) => t.replace(/=.*$/, ""));
      out.push({ command: m[1]!, flags, line: line.trim() });
    }
  }
  return out;
}

describe("examples/ci/hotspot.yml", () => {
  it("is a workflow for pull requests, pushes to main and a nightly schedule", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push", "schedule"]));
    expect(Object.keys(workflow.jobs)).toEqual(["plan", "apply", "drift"]);
    for (const s of steps) if (s.uses) expect(s.uses).toMatch(/@v\d+$/);
  });

  it("installs the released CLI (npm install -g of the release's tarball) before its first hotspot command, never the monorepo", () => {
    // The install itself is run in packages/release/test/ci-example.test.ts, against `pnpm release`'s tarball.
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const install = job.steps.findIndex((s) => /npm install -g .*hotspot-iac-\$HOTSPOT_IAC_VERSION\.tgz/.test(s.run ?? ""));
      const first = job.steps.findIndex((s) => /(^|\n)\s*hotspot [a-z]/.test(s.run ?? ""));
      expect(install, name).toBeGreaterThanOrEqual(0);
      expect(install, name).toBeLessThan(first);
    }
    for (const s of steps) expect(s.run ?? "").not.toMatch(/pnpm|npx/);
  });

  it("plans with Markdown and a saved plan on PRs, applies the saved plan on merge, checks drift nightly", () => {
    const lines = invocations().map((i) => i.line);
    expect(lines.some((l) => /hotspot validate /.test(l))).toBe(true);
    expect(lines.some((l) => /hotspot plan .*--markdown.*--out plan\.bin/.test(l))).toBe(true);
    expect(lines.some((l) => /hotspot apply .*plan\.bin --auto-approve/.test(l))).toBe(true);
    expect(lines.some((l) => /hotspot plan .*--detailed-exitcode > drift\.md/.test(l))).toBe(true);
  });

  it("only runs commands and flags the CLI has", async () => {
    const calls = invocations();
    expect(calls.length).toBeGreaterThanOrEqual(4);
    const commands = [...new Set(calls.map((c) => c.command))];
    const helps = await Promise.all(commands.map((c) => hotspot([c, "--help"])));
    commands.forEach((command, i) => {
      const help = helps[i]!;
      expect(help.code, `hotspot ${command} --help`).toBe(0);
      for (const call of calls.filter((c) => c.command === command)) {
        for (const flag of call.flags) expect(help.stdout, `${flag} in: ${call.line}`).toMatch(new RegExp(`(^|[ ,])${flag}[ ,\\n]`, "m"));
      }
    });
  });

  it("splits the Markdown into comments exactly where the renderer marks them", () => {
    const literal = /split\((\/\(\?=<!-- hotspot-plan[^)]*\)\/)\)/.exec(workflowText)?.[1];
    expect(literal).toBeDefined();
    const splitter = new RegExp(literal!.slice(1, -1));
    const parts = renderMarkdown(hugePlan(900));
    expect(parts.length).toBeGreaterThan(1);
    const printed = parts.join("\n"); // what `hotspot plan --markdown` writes
    const split = printed.split(splitter).filter((p) => p.trim());
    expect(split.map((p) => p.trim())).toEqual(parts.map((p) => p.trim()));
  });
});
