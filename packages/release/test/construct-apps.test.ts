// The construct packages as a new user meets them: the released tarballs installed by npm into a
// fresh app outside the repository, for CDK Terrain and for CDKTF, each as an ES module app and as
// a CommonJS app (TypeScript compiled for each, run with node; the CommonJS app without
// require(esm), as on Node 20.18). Each app synthesizes with no secret set (offline), then the
// real terraform installs the provider from the released zip in a filesystem mirror, applies both
// stacks against the emulator, and destroys them; no state file (backups included) may hold a
// password or the passphrase.
//
// One npm install per CDK library: the ESM and CommonJS apps are sibling folders below it, each
// with its own package.json "type", cdktf.out and state (node finds the shared node_modules above).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { AccountType } from "@hotspot-iac/core";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { describeWithTerraform, terraformBin } from "@hotspot-iac/terraform-provider/testing";
import { cardsFromTerraformOutput } from "@hotspot-iac/vouchers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, release, releaseVersion } from "../scripts/release.js";
import { ok, run, tempDir, userEnv, userPath } from "./support.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const PASSPHRASE = "apps-Rt5-passphrase";
const STAFF_PASSWORD = "staff-Wq3-password";
const DESK_PASSWORD = "desk-Hn6-password";
const LITERAL_PASSWORD = "literal-Jz8-password";
const SECRETS = [PASSPHRASE, STAFF_PASSWORD, DESK_PASSWORD, LITERAL_PASSWORD];

const yaml = (url: string) => `version: 1
server:
  url: ${url}
  passphrase: \${env:HOTSPOT_PASSPHRASE}
ownership:
  prefixes: ["GUEST-"]
pricePlans:
  day: { description: "1 Day" }
accounts:
  - username: desk-1
    password: \${env:DESK_PASSWORD}
    plan: day
    type: prepaid
  - username: desk-2
    password: ${LITERAL_PASSWORD}
    plan: day
    type: prepaid
batches:
  - prefix: GUEST-
    count: 3
    plan: day
    type: ticket
`;

// No top-level await: the same source compiles as an ES module and as CommonJS.
const app = (cdk: "cdktf" | "cdktn") => `import { App, LocalBackend, TerraformStack, TerraformVariable } from "${cdk}";
import { DataHotspotPricePlan, EventWifi, HotspotAccounts, HotspotProvider } from "@hotspot-iac/${cdk}-provider";

async function main(): Promise<void> {
  const app = new App({ outdir: "cdktf.out", context: { targetVersions: { terraform: ">=1.11" } } });
  const wifi = new TerraformStack(app, "wifi");
  new LocalBackend(wifi, { path: "../../../wifi.tfstate" });
  new HotspotProvider(wifi, "hotspot");
  const staff = new TerraformVariable(wifi, "staff_password", { type: "string", sensitive: true });
  new EventWifi(wifi, "conf", {
    name: "Conf",
    start: "2099-03-18T08:00",
    end: "2099-03-19T20:00",
    expectedAttendees: 4,
    plan: new DataHotspotPricePlan(wifi, "day", { description: "1 Day" }),
    staff: [{ username: "staff-1", password: staff.stringValue }],
  });
  const site = new TerraformStack(app, "site");
  new LocalBackend(site, { path: "../../../site.tfstate" });
  await HotspotAccounts.fromYaml(site, "site", "hotspot.yaml");
  app.synth();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
`;

const KINDS = [
  { kind: "esm", type: "module" },
  { kind: "cjs", type: "commonjs" },
] as const;
const CDKS = [
  { cdk: "cdktn", packages: ["cdktn@0.24.0", "constructs@10.7.2"] },
  { cdk: "cdktf", packages: ["cdktf@0.21.0", "constructs@10.8.1"] },
] as const;

// One release for the file: everything `pnpm release` writes.
const tmp = tempDir("hotspot-release-apps-");
const releaseDir = join(tmp.dir, "release");
let released: string[] = [];
beforeAll(async () => {
  released = (await release(releaseDir)).map((f) => f.slice(releaseDir.length + 1));
});
afterAll(() => tmp.remove());

/** The file names in the first column of the README's install table, `<version>` etc. as patterns. */
function installTable(): RegExp[] {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("## Install"), readme.indexOf("### The CLI"));
  const rows = table.split("\n").filter((l) => l.startsWith("| `"));
  return rows.flatMap((row) =>
    [...row.split("|")[1]!.matchAll(/`([^`]+)`/g)].map(
      (m) =>
        new RegExp(
          `^${m[1]!
            .replace(/[.+]/g, "\\$&")
            .replace("<version>", releaseVersion())
            .replace("<os>_<arch>", "[a-z0-9]+_[a-z0-9]+")}$`,
        ),
    ),
  );
}

describe("the README's install table", () => {
  it("names every file pnpm release writes, and nothing it does not", () => {
    const patterns = installTable();
    expect(patterns.length).toBeGreaterThan(8);
    for (const file of released) expect(patterns.some((p) => p.test(file)), `${file} is not in the README's table`).toBe(true);
    for (const p of patterns) expect(released.some((f) => p.test(f)), `${p} names no released file`).toBe(true);
  });
});

describeWithTerraform("fresh construct apps from the released artifacts", () => {
  const cliConfig = join(tmp.dir, "terraformrc");
  const cliPrefix = join(tmp.dir, "cli");
  const npmEnv = () => userEnv({ PATH: userPath() });
  const emulators: Emulator[] = [];

  beforeAll(async () => {
    // The provider as the README installs it: the released zip in a filesystem mirror.
    const mirror = join(tmp.dir, "mirror");
    const dir = join(mirror, "registry.terraform.io", "hotspot-iac", "hotspot");
    mkdirSync(dir, { recursive: true });
    for (const zip of readdirSync(releaseDir).filter((f) => f.endsWith(".zip"))) cpSync(join(releaseDir, zip), join(dir, zip));
    writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n    include = ["hotspot-iac/hotspot"]\n  }\n  direct { exclude = ["hotspot-iac/hotspot"] }\n}\n`,
    );
    // The released CLI, for `hotspot vouchers print --from` on the YAML batch's output.
    await ok("npm", ["install", "-g", "--prefix", cliPrefix, "--no-audit", "--no-fund", join(releaseDir, `hotspot-iac-${releaseVersion()}.tgz`)], {
      cwd: tmp.dir,
      env: npmEnv(),
    });
    await Promise.all(
      CDKS.map(async ({ cdk, packages }) => {
        const root = join(tmp.dir, cdk);
        mkdirSync(root, { recursive: true });
        writeFileSync(join(root, "package.json"), `${JSON.stringify({ name: `${cdk}-apps`, private: true })}\n`);
        const libs = ["core", `${cdk}-provider`].map((n) => join(releaseDir, `hotspot-iac-${n}-${releaseVersion()}.tgz`));
        await ok("npm", ["install", "--no-audit", "--no-fund", ...libs, ...packages, "@types/node@20.19.43"], { cwd: root, env: npmEnv() });
      }),
    );
  });
  afterAll(async () => {
    for (const e of emulators) await e.stop();
  });

  for (const { cdk } of CDKS) {
    for (const { kind, type } of KINDS) {
      it(`${cdk}, ${kind === "esm" ? "an ES module" : "a CommonJS"} app: synthesizes without secrets, applies, keeps every password out of state`, async () => {
        const emulator = await startEmulator({ port: 0, passphrase: PASSPHRASE });
        emulators.push(emulator);
        const dir = join(tmp.dir, cdk, kind);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `${cdk}-${kind}`, private: true, type })}\n`);
        writeFileSync(
          join(dir, "tsconfig.json"),
          `${JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, outDir: "out", types: ["node"] }, include: ["main.ts"] })}\n`,
        );
        writeFileSync(join(dir, "main.ts"), app(cdk));
        writeFileSync(join(dir, "hotspot.yaml"), yaml(emulator.url));
        const env = userEnv({ PATH: userPath(), HOME: tmp.dir });
        await ok(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, env });
        const compiled = readFileSync(join(dir, "out", "main.js"), "utf8");
        expect(compiled).toContain(kind === "cjs" ? "require(" : "import ");
        // No secret in the environment; the CommonJS app as Node 20.18 runs it (no require(esm)).
        const withoutRequireEsm = process.allowedNodeEnvironmentFlags.has("--experimental-require-module");
        const nodeArgs = kind === "cjs" && withoutRequireEsm ? ["--no-experimental-require-module"] : [];
        await ok(process.execPath, [...nodeArgs, join("out", "main.js")], { cwd: dir, env });
        for (const stack of ["wifi", "site"]) {
          const text = readFileSync(join(dir, "cdktf.out", "stacks", stack, "cdk.tf.json"), "utf8");
          for (const secret of SECRETS) expect(text).not.toContain(secret);
        }

        const tfEnv = userEnv({
          PATH: userPath(),
          HOME: tmp.dir,
          TF_CLI_CONFIG_FILE: cliConfig,
          CHECKPOINT_DISABLE: "1",
          TF_INPUT: "0",
          HOTSPOT_URL: emulator.url,
          HOTSPOT_PASSPHRASE: PASSPHRASE,
          TF_VAR_staff_password: STAFF_PASSWORD,
          TF_VAR_HOTSPOT_PASSPHRASE: PASSPHRASE,
          TF_VAR_DESK_PASSWORD: DESK_PASSWORD,
          TF_VAR_site_desk_2_password: LITERAL_PASSWORD,
        });
        const tf = (stack: string, args: string[]) => ok(terraformBin!, [...args, "-no-color"], { cwd: join(dir, "cdktf.out", "stacks", stack), env: tfEnv });
        for (const stack of ["wifi", "site"]) {
          await tf(stack, ["init", "-input=false"]);
          await tf(stack, ["apply", "-auto-approve", "-input=false"]);
        }
        // The passwords reached the server, though terraform kept none.
        expect(emulator.state.account("staff-1")).toMatchObject({ password: STAFF_PASSWORD, type: AccountType.Prepaid });
        expect(emulator.state.account("desk-1")).toMatchObject({ password: DESK_PASSWORD });
        expect(emulator.state.account("desk-2")).toMatchObject({ password: LITERAL_PASSWORD });
        // The YAML batch's members, printed by the released CLI from `terraform output -json`.
        const guests = emulator.state.accounts().filter((a) => a.username.startsWith("GUEST-")).map((a) => a.username).sort();
        expect(guests).toHaveLength(3);
        const outputs = (await tf("site", ["output", "-json"])).stdout;
        expect(cardsFromTerraformOutput(JSON.parse(outputs), { batch: "GUEST-" }).map((c) => c.username).sort()).toEqual(guests);
        writeFileSync(join(dir, "outputs.json"), outputs, { mode: 0o600 });
        const hotspot = join(cliPrefix, "bin", "hotspot");
        await ok(hotspot, ["vouchers", "print", "--from", "outputs.json", "--batch", "GUEST-", "--out", "cards.csv"], { cwd: dir, env });
        const csv = readFileSync(join(dir, "cards.csv"), "utf8");
        for (const guest of guests) expect(csv).toContain(guest);
        const plan = await run(terraformBin!, ["plan", "-detailed-exitcode", "-input=false", "-no-color"], { cwd: join(dir, "cdktf.out", "stacks", "wifi"), env: tfEnv });
        expect(plan.code, plan.stdout + plan.stderr).toBe(0);
        for (const stack of ["wifi", "site"]) await tf(stack, ["destroy", "-auto-approve", "-input=false"]);

        // State beside cdktf.out, backups included, and not one secret in any of it.
        const states = readdirSync(dir).filter((f) => f.includes(".tfstate"));
        expect(states.sort()).toEqual(["site.tfstate", "site.tfstate.backup", "wifi.tfstate", "wifi.tfstate.backup"]);
        for (const f of states) {
          const text = readFileSync(join(dir, f), "utf8");
          for (const secret of SECRETS) expect(text, `${f} holds a secret`).not.toContain(secret);
        }
      }, 300_000);
    }
  }
});
