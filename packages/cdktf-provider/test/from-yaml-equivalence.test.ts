// The promise of HotspotAccounts.fromYaml: the same YAML gives the same accounts
// whether `hotspot apply` or terraform applies it. Two emulators, one per path,
// then their accounts compared field by field (write-only fields included).
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AccountRecord, type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { afterAll, beforeAll, expect, it } from "vitest";
import { HotspotAccounts, HotspotProvider } from "../src/index.js";
import { describeWithTerraform, REPO_ROOT, runTsx, TerraformStackDir } from "./support/terraform.js";

const EXAMPLE = join(REPO_ROOT, "examples", "event-wifi");
const HOTSPOT_CLI = join(REPO_ROOT, "packages", "cli", "src", "bin", "hotspot.ts");
const PASSPHRASE = "equivalence-Rt6-passphrase";

/** A distinctive value for every ${env:NAME} the example's YAML reads. */
function exampleEnvironment(): Record<string, string> {
  const env: Record<string, string> = { HOTSPOT_PASSPHRASE: PASSPHRASE };
  for (const file of readdirSync(EXAMPLE).filter((f) => /\.ya?ml$/.test(f))) {
    for (const m of readFileSync(join(EXAMPLE, file), "utf8").matchAll(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)/g)) {
      env[m[1]!] ??= m[1] === "HOTSPOT_PASSPHRASE" ? PASSPHRASE : `${m[1]!.toLowerCase()}-Zx4-value`;
    }
  }
  return env;
}

const HOUR = 3_600_000;

/**
 * What an account is, without what differs between two runs by nature: creation
 * times and generation ids, the random names and codes of batch members
 * (compared as "a member of batch PREFIX"), and where an expiry is relative
 * (`in 2d`), the moment it was counted from: compared as hours after creation.
 */
function view(a: AccountRecord, prefixes: string[]): string {
  const { createdAt, generateId, soldAt, daily, firstUsed, lastUsed, trafficDownload, trafficUpload, expire, ...rest } = a;
  const expiresAfter = expire === null ? null : `${Math.round((expire - createdAt) / HOUR)}h after creation`;
  const prefix = prefixes.find((p) => a.username.startsWith(p));
  // Passwords compared by digest, so a failing diff does not print them.
  const password = prefix ? (rest.password === "" ? "" : "(generated)") : createHash("sha256").update(rest.password).digest("hex").slice(0, 16);
  return JSON.stringify({ ...rest, expiresAfter, username: prefix ? `${prefix}*` : rest.username, password });
}

describeWithTerraform("HotspotAccounts.fromYaml(examples/event-wifi) against hotspot apply", () => {
  let cli: Emulator;
  let terraform: Emulator;
  let work: string;

  beforeAll(async () => {
    cli = await startEmulator({ port: 0, passphrase: PASSPHRASE });
    terraform = await startEmulator({ port: 0, passphrase: PASSPHRASE });
    work = mkdtempSync(join(tmpdir(), "hotspot-cdktf-equivalence-"));
  }, 120_000);

  afterAll(async () => {
    await cli?.stop();
    await terraform?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("creates the same accounts on the server", async () => {
    expect(existsSync(EXAMPLE), `${EXAMPLE} is missing`).toBe(true);
    const env = exampleEnvironment();

    await runTsx(HOTSPOT_CLI, ["apply", "-f", EXAMPLE, "--auto-approve", "--url", cli.url, "--state", join(work, "cli-state.json"), "--no-color"], {
      cwd: work,
      env: { ...process.env, ...env },
      ok: true,
    });

    const outdir = join(work, "cdktf.out");
    const app = new App({ outdir, context: { targetVersions: { terraform: ">=1.11" } } });
    const stack = new TerraformStack(app, "event-wifi");
    new LocalBackend(stack, { path: "terraform.tfstate" });
    new HotspotProvider(stack, "hotspot");
    const accounts = await HotspotAccounts.fromYaml(stack, "event", EXAMPLE, { env: { ...process.env, ...env } });
    app.synth();
    const tf = new TerraformStackDir(join(outdir, "stacks", "event-wifi"), {
      HOTSPOT_URL: terraform.url,
      HOTSPOT_PASSPHRASE: PASSPHRASE,
      ...accounts.secretEnvironment(),
    });
    await tf.ok(["init", "-input=false", "-no-color"]);
    await tf.ok(["apply", "-auto-approve", "-input=false", "-no-color"]);

    const prefixes = Object.keys(accounts.batches);
    const views = (e: Emulator) => e.state.accounts().map((a) => view(a, prefixes)).sort();
    expect(views(cli).length).toBeGreaterThan(0);
    expect(views(terraform)).toEqual(views(cli));

    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect(plan.code, `${plan.stdout}\n${plan.stderr}`).toBe(0);
    await tf.ok(["destroy", "-auto-approve", "-input=false", "-no-color"]);
    expect(terraform.state.accounts()).toEqual([]);
  }, 300_000);
});
