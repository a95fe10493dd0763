// examples/ci/hotspot.yml installs the released CLI: each job's install step, run as the runner
// runs it (bash -e, RUNNER_TEMP, GH_TOKEN), downloads hotspot-iac-<version>.tgz from the GitHub
// release v<version> and installs it with npm, and the workflow's own validate step then runs on it.
// GitHub is the only stand-in: a `gh` on PATH serving the assets `pnpm release` writes.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO, release, releaseVersion } from "../scripts/release.js";
import { run, tempDir, userEnv, userPath } from "./support.js";

interface Step {
  name?: string;
  run?: string;
}
interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}
const workflow = parse(readFileSync(join(REPO, "examples/ci/hotspot.yml"), "utf8")) as Workflow;

// `gh release download TAG --repo R --pattern P --dir D`, answered from one release's assets.
const GH = `#!/bin/sh
[ "$1 $2" = "release download" ] || { echo "gh (test): unexpected: $*" >&2; exit 1; }
tag=$3; shift 3
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo=$2; shift 2 ;;
    --pattern) pattern=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "gh (test): unknown flag $1" >&2; exit 1 ;;
  esac
done
[ -n "$GH_TOKEN" ] || { echo "gh: no GH_TOKEN" >&2; exit 4; }
[ "$tag" = "$RELEASE_TAG" ] && [ -n "$repo" ] || { echo "release not found: $repo $tag" >&2; exit 1; }
found=0
for f in "$RELEASE_ASSETS"/$pattern; do [ -f "$f" ] && cp "$f" "\${dir:-.}/" && found=1; done
[ "$found" = 1 ] || { echo "no assets match the pattern $pattern" >&2; exit 1; }
`;

describe("examples/ci/hotspot.yml installs the released CLI", () => {
  const tmp = tempDir("hotspot-release-ci-");
  const assets = join(tmp.dir, "release");
  const shims = join(tmp.dir, "shims");
  const work = join(tmp.dir, "checkout");
  const installSteps = Object.entries(workflow.jobs).map(([job, j]) => ({ job, step: j.steps.find((s) => /npm install -g/.test(s.run ?? "")) }));

  /** A runner's environment: the workflow's env (expressions left out), node, npm, gh and the npm global prefix. */
  const runnerEnv = (prefix: string) =>
    userEnv({
      ...Object.fromEntries(Object.entries(workflow.env).filter(([, v]) => !String(v).includes("${{"))),
      PATH: userPath(join(prefix, "bin"), shims),
      HOME: tmp.dir,
      RUNNER_TEMP: join(prefix, "runner-temp"),
      GH_TOKEN: "ghs-test-token",
      RELEASE_TAG: `v${releaseVersion()}`,
      RELEASE_ASSETS: assets,
      npm_config_prefix: prefix,
    });
  const bash = (script: string, prefix: string) => run("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd: work, env: runnerEnv(prefix) });

  beforeAll(async () => {
    await release(assets, ["cli"]);
    mkdirSync(shims, { recursive: true });
    writeFileSync(join(shims, "gh"), GH);
    chmodSync(join(shims, "gh"), 0o755);
    mkdirSync(join(work, workflow.env.CONFIG_DIR!), { recursive: true });
    writeFileSync(join(work, workflow.env.CONFIG_DIR!, "hotspot.yaml"), 'version: 1\nownership:\n  prefixes: ["ci-"]\npricePlans:\n  day: { description: "1 Day" }\naccounts:\n  - username: ci-one\n    plan: day\n');
  }, 300_000);
  afterAll(() => tmp.remove());

  it("pins the version being released, in every job", () => {
    expect(workflow.env.HOTSPOT_IAC_VERSION).toBe(releaseVersion());
    expect(installSteps.filter((s) => !s.step).map((s) => s.job)).toEqual([]);
  });

  it("each job's install step downloads the release asset, installs it with npm, and the workflow's validate runs on it", { timeout: 300_000 }, async () => {
    const validate = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => /^hotspot validate /.test(s.run ?? ""));
    expect(validate).toBeDefined();
    const scripts = [...new Set(installSteps.map((s) => s.step!.run!))];
    for (const [i, script] of scripts.entries()) {
      const prefix = join(tmp.dir, `runner-${i}`);
      mkdirSync(join(prefix, "runner-temp"), { recursive: true });
      const installed = await bash(script, prefix);
      expect(installed.code, installed.stderr).toBe(0);
      expect(installed.stdout.trim().split("\n").at(-1)).toBe(releaseVersion());
      const validated = await bash(validate!.run!, prefix);
      expect(validated.code, validated.stderr).toBe(0);
      expect(validated.stdout).toContain("The configuration is valid (1 file: 1 site, 1 account)");
    }
  });
});
