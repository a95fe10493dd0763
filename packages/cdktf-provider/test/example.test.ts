// examples/cdktf-event and examples/cdktn-event (the same event app on CDKTF and on
// CDK Terrain) as their users run them: synthesized by running main.ts (offline), then
// the Wi-Fi stack applied by real terraform with the real provider against the
// emulator, planned again (no changes), and destroyed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AccountType, HotSpotClient } from "@hotspot-iac/core";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithTerraform, REPO_ROOT, run, runTsx, TerraformStackDir, terraformBin } from "./support/terraform.js";

const PASSPHRASE = "example-Pq4-passphrase";
const STAFF_PASSWORD = "staff-Hv8-password";
/** Each example, with the CDK library that must synthesize it (cdk.tf.json names its version). */
const EXAMPLES = [
  { name: "cdktf-event", cdk: "cdktf" },
  { name: "cdktn-event", cdk: "cdktn" },
] as const;
const exampleDir = (name: string) => join(REPO_ROOT, "examples", name);

// The event's days: a month from today, so that the apply never meets a date already past (refused
// as expired on arrival). The examples read them from EVENT_START / EVENT_END.
const END_DAY = new Date(Date.now() + 30 * 86_400_000);
const START_DAY = new Date(END_DAY.getTime() - 86_400_000);
const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const EVENT_ENV = { EVENT_START: `${day(START_DAY)}T08:00`, EVENT_END: `${day(END_DAY)}T20:00` };
/** The event's end, server wall clock (kept as the UTC fields of a Date, as the emulator keeps it). */
const EVENT_END = Date.UTC(END_DAY.getFullYear(), END_DAY.getMonth(), END_DAY.getDate(), 20, 0);

// One synthesis per example, shared by this file's tests; the folders go when it ends. The
// output is <folder>/cdktf.out, as in an app's folder: the state lands beside it, in <folder>.
const synthesized = new Map<string, Promise<string>>();
afterAll(async () => {
  for (const outdir of synthesized.values()) rmSync(join(await outdir, ".."), { recursive: true, force: true });
});

/** The folder the example's main.ts synthesized into (CDKTF_OUTDIR, which cdktn honours too). */
function synthesizeExample(name: string): Promise<string> {
  let outdir = synthesized.get(name);
  if (!outdir) {
    const cwd = exampleDir(name);
    const dir = mkdtempSync(join(tmpdir(), `hotspot-${name}-`));
    const out = join(dir, "cdktf.out");
    outdir = runTsx(join(cwd, "main.ts"), [], { cwd, env: { ...process.env, ...EVENT_ENV, CDKTF_OUTDIR: out }, ok: true }).then(() => out);
    synthesized.set(name, outdir);
  }
  return outdir;
}

const readStack = (outdir: string, stack: string) =>
  JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8")) as Record<string, Record<string, Record<string, unknown>>>;

/** The version of a CDK library as installed for an example. */
const installedVersion = (example: string, cdk: string): string =>
  (JSON.parse(readFileSync(join(exampleDir(example), "node_modules", cdk, "package.json"), "utf8")) as { version: string }).version;

describe.each(EXAMPLES)("examples/$name", ({ name, cdk }) => {
  let outdir: string;
  beforeAll(async () => {
    outdir = await synthesizeExample(name);
  });

  it("synthesizes the Wi-Fi stack with the hotspot provider and no secret in it", () => {
    const wifi = readStack(outdir, "event-wifi");
    const text = JSON.stringify(wifi);
    expect(Object.keys(wifi["resource"] ?? {}).sort()).toEqual(["hotspot_account", "hotspot_voucher_batch"]);
    expect(wifi["terraform"]?.["required_providers"]).toEqual({ hotspot: { source: "hotspot-iac/hotspot", version: expect.any(String) } });
    expect(wifi["variable"]?.["staff_password"]).toMatchObject({ sensitive: true });
    expect(text).not.toMatch(/"password":\s*"[^$]/);
  });

  it(`is synthesized by ${cdk} alone`, () => {
    const manifest = JSON.parse(readFileSync(join(exampleDir(name), "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const other = cdk === "cdktf" ? "cdktn" : "cdktf";
    expect(Object.keys(manifest.dependencies)).toContain(cdk);
    expect(Object.keys(manifest.dependencies)).not.toContain(other);
    expect(readStack(outdir, "event-wifi")["//"]?.["metadata"]).toMatchObject({ version: installedVersion(name, cdk) });
  });
});

/** cdk.tf.json without its "//" keys: comments (library version, construct paths) that terraform ignores. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === "//" ? [] : [[k, withoutComments(v)]])));
}

it("moving the app from cdktf to cdktn changes nothing terraform reads (state carries over)", async () => {
  const [cdktf, cdktn] = await Promise.all(EXAMPLES.map(({ name }) => synthesizeExample(name)));
  expect(withoutComments(readStack(cdktn!, "event-wifi"))).toEqual(withoutComments(readStack(cdktf!, "event-wifi")));
});

describe("examples/cdktf-event beside another provider", () => {
  let outdir: string;
  beforeAll(async () => {
    outdir = await synthesizeExample("cdktf-event");
  });

  it("declares the other provider's resource in its own stack, without bindings", () => {
    const site = readStack(outdir, "event-site");
    expect(site["terraform"]?.["required_providers"]).toEqual({ aws: { source: "hashicorp/aws", version: "~> 5.0" } });
    expect(Object.keys(site["resource"]?.["aws_s3_bucket"] ?? {})).toEqual(["splash"]);
    expect(JSON.stringify(site)).not.toContain("hotspot");
  });

  // The AWS provider is ~700 MB and its schema takes ~20 s to load: opt in with a
  // filesystem mirror holding hashicorp/aws (HOTSPOT_TEST_AWS_MIRROR=/opt/tf-plugins).
  const awsMirror = process.env["HOTSPOT_TEST_AWS_MIRROR"];
  it.skipIf(!awsMirror || !terraformBin)("the AWS stack is valid for the real AWS provider (opt-in: HOTSPOT_TEST_AWS_MIRROR)", async () => {
    const cliConfig = join(outdir, "aws.tfrc");
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(awsMirror)}\n    include = ["hashicorp/aws"]\n  }\n  direct { exclude = ["hashicorp/aws"] }\n}\n`,
    );
    const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: "1", TF_INPUT: "0" };
    const cwd = join(outdir, "stacks", "event-site");
    await run(terraformBin!, ["init", "-input=false", "-no-color"], { cwd, env, ok: true });
    const validate = await run(terraformBin!, ["validate", "-no-color"], { cwd, env, ok: true });
    expect(validate.stdout).toContain("The configuration is valid");
  }, 120_000);
});

for (const { name } of EXAMPLES) describeWithTerraform(`examples/${name} applied by terraform`, () => {
  let emulator: Emulator;
  let client: HotSpotClient;
  let tf: TerraformStackDir;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, passphrase: PASSPHRASE });
    client = new HotSpotClient({ url: emulator.url, passphrase: PASSPHRASE });
    tf = new TerraformStackDir(join(await synthesizeExample(name), "stacks", "event-wifi"), {
      HOTSPOT_URL: emulator.url,
      HOTSPOT_PASSPHRASE: PASSPHRASE,
      TF_VAR_staff_password: STAFF_PASSWORD,
    });
  }, 120_000);

  afterAll(async () => {
    await emulator?.stop();
  });

  const ours = () => emulator.state.accounts().filter((a) => a.username.startsWith("DEVCONF2027-") || a.username.startsWith("staff-"));

  it("applies, converges, and destroys only what it created", async () => {
    // An account made by hand before: terraform must never touch it.
    await client.generateAccounts({ account: "walk-in-guest", count: 1, pricePlanId: 1, type: AccountType.Prepaid });

    await tf.ok(["init", "-input=false", "-no-color"]);
    await tf.ok(["apply", "-auto-approve", "-input=false", "-no-color"]);

    const vouchers = ours().filter((a) => a.username.startsWith("DEVCONF2027-"));
    expect(vouchers).toHaveLength(275);
    const end = EVENT_END;
    for (const v of vouchers) expect(v).toMatchObject({ type: AccountType.Ticket, planId: 2, enableExpire: true, expire: end });
    const staff = ours().filter((a) => a.username.startsWith("staff-"));
    expect(staff.map((a) => a.username).sort()).toEqual(["staff-alice", "staff-bob"]);
    for (const s of staff) expect(s).toMatchObject({ type: AccountType.Prepaid, planId: 2, password: STAFF_PASSWORD, expire: end });

    // The ticket codes, for printing: sensitive, so shown only when asked for by name.
    expect((await tf.ok(["output", "-no-color"])).stdout).toContain("devconf_vouchers = <sensitive>");
    const codes = JSON.parse((await tf.ok(["output", "-json", "devconf_vouchers"])).stdout) as string[];
    expect([...codes].sort()).toEqual(vouchers.map((v) => v.username).sort());

    // A second plan: nothing to do (exit 0, not 2).
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect(plan.code, `${plan.stdout}\n${plan.stderr}`).toBe(0);

    // State beside cdktf.out, never a password in it (write-only attributes), backup included.
    const appDir = join(tf.dir, "..", "..", "..");
    expect(existsSync(join(appDir, "event-wifi.tfstate"))).toBe(true);
    expect(readdirSync(tf.dir).filter((f) => f.includes("tfstate"))).toEqual([]);
    await tf.ok(["destroy", "-auto-approve", "-input=false", "-no-color"]);
    expect(ours()).toEqual([]);
    const states = readdirSync(appDir).filter((f) => f.includes("tfstate"));
    expect(states).toEqual(expect.arrayContaining(["event-wifi.tfstate", "event-wifi.tfstate.backup"]));
    for (const f of states) expect(readFileSync(join(appDir, f), "utf8")).not.toContain(STAFF_PASSWORD);
    expect(emulator.state.account("walk-in-guest")).toBeDefined();
  }, 300_000);
});
