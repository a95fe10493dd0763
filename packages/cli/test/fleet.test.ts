// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the YAML holds ${env:…} and ${VENUE} literally
// A fleet of three venues, each its own emulator process (one unreachable): planned and applied
// concurrently, each venue's plan whole and in configuration order (the first venue is made slow,
// so completion order differs), a summary naming every venue, Terragrunt's exit codes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";

const PASS = { lisbon: "lisbon-pass-7731", porto: "porto-pass-5519" };
const MANAGER = "manager-secret-4242";
// Nothing listens there: the venue cannot be read.
const DEAD = "http://127.0.0.1:9";

function fleetYaml(lisbon: string, porto: string): string {
  return `version: 1
fleet:
  shared:
    server:
      passphrase: \${env:HOTSPOT_PASSPHRASE_\${VENUE}}
      timeout: 5s
    ownership: { prefixes: ["staff-"] }
    pricePlans: { hour: { description: "1 Hour" } }
    defaults: { plan: hour }
    accounts:
      - username: staff-manager
        password: \${env:MANAGER_PASSWORD}
      - username: staff-night
        password: night-\${venue}
  venues:
    lisbon: ${lisbon}
    porto:
      url: ${porto}
      omit: [staff-night]
      accounts:
        - username: staff-manager
          password: porto-own-manager
        - username: staff-porter
          password: porter
    faro: ${DEAD}
`;
}

const env = {
  HOTSPOT_PASSPHRASE_LISBON: PASS.lisbon,
  HOTSPOT_PASSPHRASE_PORTO: PASS.porto,
  HOTSPOT_PASSPHRASE_FARO: "faro-pass",
  MANAGER_PASSWORD: MANAGER,
};

function noSecrets(text: string): void {
  for (const s of [...Object.values(PASS), MANAGER, "faro-pass"]) expect(text).not.toContain(s);
}

/** The position of each venue's section heading, asserting each appears once. */
function order(stdout: string, names: string[]): number[] {
  return names.map((n) => {
    const at = stdout.indexOf(`── ${n} `);
    expect(at, `section of ${n}`).toBeGreaterThanOrEqual(0);
    expect(stdout.indexOf(`── ${n} `, at + 1)).toBe(-1);
    return at;
  });
}

describe("fleet", () => {
  let lisbon: EmulatorProcess;
  let porto: EmulatorProcess;
  const work = tempDir();

  beforeAll(async () => {
    [lisbon, porto] = await Promise.all([startEmulatorProcess(PASS.lisbon), startEmulatorProcess(PASS.porto)]);
    writeFileSync(join(work.dir, "hotspot.yaml"), fleetYaml(lisbon.url, porto.url));
  }, 60_000);
  afterAll(async () => {
    await Promise.all([lisbon?.stop(), porto?.stop()]);
    work.remove();
  });

  it("validate prints the fleet expanded: the override, the omission, each venue's passphrase reference", async () => {
    const r = await hotspot(["validate", "--site", "porto"], { cwd: work.dir, env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("porto:");
    expect(r.stdout).not.toContain("lisbon:");
    expect(r.stdout).toContain("${env:HOTSPOT_PASSPHRASE_PORTO}");
    expect(r.stdout).toContain("staff-porter");
    expect(r.stdout).not.toContain("staff-night");
    expect(r.stdout).not.toContain("porto-own-manager"); // a literal secret is masked
    expect(r.stderr).toContain("Success!");
    noSecrets(r.stdout + r.stderr);
  });

  it("plan: the unreachable venue is reported, the others planned, in configuration order; exit 1", async () => {
    // The first venue answers last: its plan must still come first.
    await lisbon.setFaults({ latency: 1, latencyMs: 1500 });
    try {
      const r = await hotspot(["plan", "--detailed-exitcode"], { cwd: work.dir, env });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      const [a, b, c] = order(r.stdout, ["lisbon", "porto", "faro"]);
      expect(a).toBeLessThan(b!);
      expect(b).toBeLessThan(c!);
      const lisbonPlan = r.stdout.slice(a, b);
      expect(lisbonPlan).toContain('+ account "staff-manager" {');
      expect(lisbonPlan).toContain('+ account "staff-night" {');
      const portoPlan = r.stdout.slice(b, c);
      expect(portoPlan).toContain('+ account "staff-porter" {');
      expect(portoPlan).not.toContain("staff-night");
      // The summary names all three, after every plan.
      const summary = r.stdout.slice(r.stdout.lastIndexOf("VENUE"));
      expect(summary).toMatch(/lisbon\s+http:\/\/\S+\s+2\s+0\s+0\s+changes/);
      expect(summary).toMatch(/porto\s+http:\/\/\S+\s+2\s+0\s+0\s+changes/);
      expect(summary).toMatch(/faro\s+http:\/\/127\.0\.0\.1:9\s+-\s+-\s+-\s+error/);
      expect(summary).toContain("Fleet: 3 venues, 2 changes, 1 error.");
      noSecrets(r.stdout + r.stderr);
    } finally {
      await lisbon.setFaults(null);
    }
  });

  it("--site NAME|GLOB picks venues; without the failing one, --detailed-exitcode says 2", async () => {
    const one = await hotspot(["plan", "--site", "p*"], { cwd: work.dir, env });
    expect(one.code, one.stdout + one.stderr).toBe(0);
    expect(one.stdout).toContain('+ account "staff-porter" {');
    expect(one.stdout).not.toContain("staff-night");
    const two = await hotspot(["plan", "--site", "porto", "--site", "lisbon", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(two.code, two.stdout + two.stderr).toBe(2);
    const [a, b] = order(two.stdout, ["lisbon", "porto"]);
    expect(a).toBeLessThan(b!);
    expect(two.stdout).not.toContain("faro");
    const none = await hotspot(["plan", "--site", "nowhere-*"], { cwd: work.dir, env });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("--site nowhere-*: no such site in the configuration (sites: lisbon, porto, faro)");
  });

  it("plan --markdown: the summary first, one collapsible section per venue; --json: one entry per venue", async () => {
    const md = await hotspot(["plan", "--markdown"], { cwd: work.dir, env });
    expect(md.code, md.stderr).toBe(1);
    const table = md.stdout.indexOf("| venue | server | create | update | delete | result |");
    expect(table).toBeGreaterThan(0);
    const sections = [...md.stdout.matchAll(/<details><summary>`(\w+)`: ([^<]*)<\/summary>/g)].map((m) => [m[1], m[2]]);
    expect(sections).toEqual([
      ["lisbon", "2 / 0 / 0"],
      ["porto", "2 / 0 / 0"],
      ["faro", "error"],
    ]);
    expect(md.stdout.indexOf("<details>")).toBeGreaterThan(table);
    expect(md.stdout.length).toBeLessThan(65_536);
    noSecrets(md.stdout);

    const json = await hotspot(["plan", "--json"], { cwd: work.dir, env });
    expect(json.code, json.stderr).toBe(1);
    const doc = JSON.parse(json.stdout) as { venues: Array<{ site: string; result: string; accounts?: unknown; error?: string }>; changes: Array<{ site: string }> };
    expect(doc.venues.map((v) => [v.site, v.result])).toEqual([
      ["lisbon", "changes"],
      ["porto", "changes"],
      ["faro", "error"],
    ]);
    expect(doc.venues[0]!.accounts).toEqual({ create: 2, update: 0, delete: 0 });
    expect(doc.venues[2]!.error).toMatch(/127\.0\.0\.1:9/);
    // The changes of the venues planned, each with its site, as a plan of several sites always had.
    expect(new Set(doc.changes.map((c) => c.site))).toEqual(new Set(["lisbon", "porto"]));
  });

  it("apply: the two reachable venues are applied, the unreachable one reported; exit 1; then they converge", async () => {
    const r = await hotspot(["apply", "--auto-approve", "--parallel", "2"], { cwd: work.dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const summary = r.stdout.slice(r.stdout.lastIndexOf("VENUE"));
    expect(summary).toMatch(/lisbon\s+\S+\s+2\s+0\s+0\s+applied/);
    expect(summary).toMatch(/porto\s+\S+\s+2\s+0\s+0\s+applied/);
    expect(summary).toMatch(/faro\s+\S+\s+-\s+-\s+-\s+error/);
    noSecrets(r.stdout + r.stderr);
    // The venue's own manager password, not the shared one; the omitted account is not there.
    expect(await porto.api("viewaccount", { account: "staff-manager" })).toContain("porto-own-manager");
    expect(await porto.api("viewaccount", { account: "staff-night" })).not.toContain("night-porto");
    expect(await lisbon.api("viewaccount", { account: "staff-night" })).toContain("night-lisbon");
    const again = await hotspot(["plan", "--site", "lisbon", "--site", "porto", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("Fleet: 2 venues, 2 no changes.");
  });

  it("--fail-fast: after the first venue fails, the ones not started are not reached", async () => {
    const first = tempDir();
    try {
      // The unreachable venue written first, one venue at a time.
      const yaml = fleetYaml(lisbon.url, porto.url).replace(`    faro: ${DEAD}\n`, "").replace("  venues:\n", `  venues:\n    faro: ${DEAD}\n`);
      writeFileSync(join(first.dir, "hotspot.yaml"), yaml);
      const r = await hotspot(["plan", "--fail-fast", "--parallel", "1"], { cwd: first.dir, env });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      const summary = r.stdout.slice(r.stdout.lastIndexOf("VENUE"));
      expect(summary).toMatch(/faro\s+\S+\s+-\s+-\s+-\s+error/);
      expect(summary).toMatch(/lisbon\s+\S+\s+-\s+-\s+-\s+not reached/);
      expect(summary).toMatch(/porto\s+\S+\s+-\s+-\s+-\s+not reached/);
      // Without it, the others are planned.
      const all = await hotspot(["plan", "--parallel", "1"], { cwd: first.dir, env });
      expect(all.stdout.slice(all.stdout.lastIndexOf("VENUE"))).not.toContain("not reached");
    } finally {
      first.remove();
    }
  });

  it("a saved fleet plan applies venue by venue, refusing only the venue whose server changed since", async () => {
    writeFileSync(
      join(work.dir, "hotspot.yaml"),
      fleetYaml(lisbon.url, porto.url).replace("      - username: staff-night\n", "      - username: staff-extra\n        password: extra\n      - username: staff-night\n"),
    );
    const venues = ["--site", "lisbon", "--site", "porto"];
    const saved = await hotspot(["plan", ...venues, "--out", "fleet.tfplan"], { cwd: work.dir, env });
    expect(saved.code, saved.stdout + saved.stderr).toBe(0);
    expect(saved.stderr).toContain("Saved the plan of 2 venues to: fleet.tfplan");
    const shown = await hotspot(["show", "fleet.tfplan", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(shown.code, shown.stdout + shown.stderr).toBe(2);
    expect(shown.stdout).toContain("Fleet: 2 venues, 2 changes.");
    // Porto's server changes after the review: its plan is stale, Lisbon's is not.
    await porto.api("generateaccounts", { account: "staff-intruder" });
    const r = await hotspot(["apply", ...venues, "fleet.tfplan"], { cwd: work.dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const summary = r.stdout.slice(r.stdout.lastIndexOf("VENUE"));
    expect(summary).toMatch(/lisbon\s+\S+\s+1\s+0\s+0\s+applied/);
    expect(summary).toMatch(/porto\s+\S+\s+1\s+0\s+0\s+error/);
    expect(summary).toMatch(/porto: the saved plan is stale/);
    expect(await lisbon.api("viewaccount", { account: "staff-extra" })).toContain("<Username>staff-extra</Username>");
    expect(await porto.api("viewaccount", { account: "staff-extra" })).not.toContain("<Username>staff-extra</Username>");
    noSecrets(r.stdout + r.stderr);
  });

  it("a venue refused by its safety threshold is reported and nothing is applied there; the others are", async () => {
    // Porto no longer declares its porter and allows no delete; every venue gets a new shared account.
    const yaml = fleetYaml(lisbon.url, porto.url)
      .replace("        - username: staff-porter\n          password: porter\n", "")
      .replace("      omit: [staff-night]\n", "      omit: [staff-night]\n      server: { safety: { maxDeletes: 0 } }\n")
      .replace("      - username: staff-night\n", "      - username: staff-new\n        password: new\n      - username: staff-night\n");
    writeFileSync(join(work.dir, "hotspot.yaml"), yaml);
    const plan = await hotspot(["plan", "--site", "lisbon", "--site", "porto"], { cwd: work.dir, env });
    expect(plan.code, plan.stdout + plan.stderr).toBe(1);
    const planned = plan.stdout.slice(plan.stdout.lastIndexOf("VENUE"));
    expect(planned).toMatch(/lisbon\s+\S+\s+1\s+0\s+1\s+changes/);
    // What it would do is shown (a flag overrides the refusal): the porter, and an account made by hand since.
    expect(planned, plan.stdout).toMatch(/porto\s+\S+\s+1\s+0\s+2\s+refused by safety/);
    expect(planned).toMatch(/porto: the plan would delete .* \(and 1 more error\)/);

    const r = await hotspot(["apply", "--site", "lisbon", "--site", "porto", "--auto-approve"], { cwd: work.dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const summary = r.stdout.slice(r.stdout.lastIndexOf("VENUE"));
    expect(summary).toMatch(/lisbon\s+\S+\s+1\s+0\s+1\s+applied/);
    expect(summary).toMatch(/porto\s+\S+\s+-\s+-\s+-\s+refused by safety/);
    expect(await lisbon.api("viewaccount", { account: "staff-new" })).toContain("<Username>staff-new</Username>");
    expect(await porto.api("viewaccount", { account: "staff-new" })).not.toContain("<Username>staff-new</Username>");
    expect(await porto.api("viewaccount", { account: "staff-porter" })).toContain("<Username>staff-porter</Username>");
  });
});
