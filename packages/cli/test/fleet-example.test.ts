// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the workflow's ${{ … }} expressions are quoted literally
// examples/fleet: the configuration runs against three emulator processes (one per hotel) the way
// its workflow runs it (the fleet planned in one job, then one apply job per venue from
// `hotspot sites -o json`), and the workflow only runs commands and flags the CLI has.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type EmulatorProcess, hotspot, REPO_ROOT, startEmulatorProcess, tempDir } from "./harness.js";

const EXAMPLE = join(REPO_ROOT, "examples/fleet");
const workflowText = readFileSync(join(EXAMPLE, "hotspot.yml"), "utf8");

interface Job {
  if?: string;
  needs?: string;
  strategy?: { "fail-fast"?: boolean; "max-parallel"?: number; matrix?: Record<string, unknown> };
  steps: Array<{ run?: string; env?: Record<string, string> }>;
}
const workflow = parse(workflowText) as { on: Record<string, unknown>; env: Record<string, string>; jobs: Record<string, Job> };

/** Every `hotspot CMD ARGS...` the workflow runs, as [command, flags]. */
function invocations(): { command: string; flags: string[]; line: string }[] {
  const out: { command: string; flags: string[]; line: string }[] = [];
  for (const s of Object.values(workflow.jobs).flatMap((j) => j.steps)) {
    for (const line of (s.run ?? "").split("\n")) {
      const m = /\bhotspot ([a-z]+)((?: [^>|;&]*)?)/.exec(line);
      if (!m) continue;
      const flags = (m[2] ?? "").split(/\s+/).filter((t) => /^--?[a-z]/.test(t));
      out.push({ command: m[1]!, flags, line: line.trim() });
    }
  }
  return out;
}

describe("examples/fleet/hotspot.yml", () => {
  it("plans the fleet in one job on pull requests and applies each venue in a matrix", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
    const plan = workflow.jobs.plan!;
    expect(plan.if).toContain("pull_request");
    expect(plan.strategy).toBeUndefined();
    expect(plan.steps.some((s) => /hotspot plan .*--markdown/.test(s.run ?? ""))).toBe(true);
    const apply = workflow.jobs.apply!;
    expect(apply.needs).toBe("venues");
    expect(apply.strategy?.["fail-fast"]).toBe(false);
    expect(apply.strategy?.["max-parallel"]).toBeGreaterThan(0);
    expect(apply.strategy?.matrix?.include).toBe("${{ fromJSON(needs.venues.outputs.list) }}");
    expect(workflow.jobs.venues!.steps.some((s) => /hotspot sites .*-o json/.test(s.run ?? ""))).toBe(true);
    expect(apply.steps.some((s) => /hotspot apply .*--site "\$\{\{ matrix\.name \}\}" --auto-approve/.test(s.run ?? ""))).toBe(true);
    // The shared state backend (a postgres:// URL) from a secret: matrix jobs run on separate runners.
    expect(workflow.env.HOTSPOT_STATE).toBe("${{ secrets.HOTSPOT_STATE }}");
  });

  it("only runs commands and flags the CLI has", async () => {
    const calls = invocations();
    const commands = [...new Set(calls.map((c) => c.command))];
    expect(commands).toEqual(expect.arrayContaining(["validate", "plan", "sites", "apply"]));
    const helps = await Promise.all(commands.map((c) => hotspot([c, "--help"])));
    commands.forEach((command, i) => {
      expect(helps[i]!.code, `hotspot ${command} --help`).toBe(0);
      for (const call of calls.filter((c) => c.command === command)) {
        for (const flag of call.flags) expect(helps[i]!.stdout, `${flag} in: ${call.line}`).toMatch(new RegExp(`(^|[ ,])${flag}[ ,\\n]`, "m"));
      }
    });
  });
});

describe("examples/fleet against three servers", () => {
  const names = ["lisbon-baixa", "porto-ribeira", "faro-marina"];
  const pass: Record<string, string> = { "lisbon-baixa": "lisbon-baixa-p4ss", "porto-ribeira": "porto-ribeira-p4ss", "faro-marina": "faro-marina-p4ss" };
  const emus: Record<string, EmulatorProcess> = {};
  const work = tempDir();
  const env = {
    HOTSPOT_PASSPHRASE_LISBON_BAIXA: pass["lisbon-baixa"],
    HOTSPOT_PASSPHRASE_PORTO_RIBEIRA: pass["porto-ribeira"],
    HOTSPOT_PASSPHRASE_FARO_MARINA: pass["faro-marina"],
    MANAGER_PASSWORD: "m-secret-1",
    RECEPTION_PASSWORD: "r-secret-2",
    NIGHT_PASSWORD: "n-secret-3",
    PORTO_MANAGER_PASSWORD: "pm-secret-4",
  };

  beforeAll(async () => {
    const started = await Promise.all(names.map((n) => startEmulatorProcess(pass[n]!)));
    for (const [i, n] of names.entries()) emus[n] = started[i]!;
    cpSync(EXAMPLE, work.dir, { recursive: true });
    // The example's servers, pointed at this test's emulators.
    let yaml = readFileSync(join(work.dir, "hotspot.yaml"), "utf8");
    for (const n of names) yaml = yaml.replace(`http://${n}.hotels.example:82`, emus[n]!.url);
    writeFileSync(join(work.dir, "hotspot.yaml"), yaml);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(Object.values(emus).map((e) => e.stop()));
    work.remove();
  });

  it("validates offline, plans the fleet, applies each venue as the matrix does, and converges", async () => {
    const validate = await hotspot(["validate", "--skip-env"], { cwd: work.dir });
    expect(validate.code, validate.stderr).toBe(0);

    const plan = await hotspot(["plan", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    const summary = plan.stdout.slice(plan.stdout.lastIndexOf("VENUE"));
    // 3 staff + 10 day passes; Porto omits the night shift; Faro's batch is 25.
    expect(summary).toMatch(/lisbon-baixa\s+\S+\s+13\s+0\s+0\s+changes/);
    expect(summary).toMatch(/porto-ribeira\s+\S+\s+12\s+0\s+0\s+changes/);
    expect(summary).toMatch(/faro-marina\s+\S+\s+28\s+0\s+0\s+changes/);

    // The matrix: one job per entry of `hotspot sites -o json`, its passphrase from the variable named.
    const sites = await hotspot(["sites", "-o", "json"], { cwd: work.dir });
    expect(sites.code, sites.stderr).toBe(0);
    const matrix = JSON.parse(sites.stdout) as Array<{ name: string; server: string; passphraseVariable: string }>;
    expect(matrix.map((m) => [m.name, m.passphraseVariable])).toEqual([
      ["lisbon-baixa", "HOTSPOT_PASSPHRASE_LISBON_BAIXA"],
      ["porto-ribeira", "HOTSPOT_PASSPHRASE_PORTO_RIBEIRA"],
      ["faro-marina", "HOTSPOT_PASSPHRASE_FARO_MARINA"],
    ]);
    // One after another (max-parallel 1): they share this checkout's state file, the stand-in for
    // the shared backend the workflow names (whose lock would serialise them the same way).
    const jobs = [];
    for (const m of matrix) {
      jobs.push(
        await hotspot(["apply", "--site", m.name, "--auto-approve"], {
          cwd: work.dir,
          env: { ...env, HOTSPOT_PASSPHRASE: (env as Record<string, string>)[m.passphraseVariable] },
        }),
      );
    }
    for (const [i, j] of jobs.entries()) expect(j.code, `${matrix[i]!.name}: ${j.stdout}${j.stderr}`).toBe(0);
    expect(await emus["porto-ribeira"]!.api("viewaccount", { account: "staff-manager" })).toContain("pm-secret-4");
    expect(await emus["porto-ribeira"]!.api("viewaccount", { account: "staff-night" })).not.toContain("<Username>staff-night</Username>");

    const again = await hotspot(["plan", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("Fleet: 3 venues, 3 no changes.");
    for (const v of Object.values(env)) expect(plan.stdout + again.stdout).not.toContain(v);
  });
});
