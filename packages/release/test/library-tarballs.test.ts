// The released libraries in a fresh project outside the repository: npm installs the tarball
// files (their third-party dependencies from the npm registry), TypeScript compiles a small
// program against their declarations with strict NodeNext settings, and node runs the compiled
// JavaScript: plan, apply and plan again through @hotspot-iac/sync against @hotspot-iac/emulator,
// a CDKTF app synthesised with the @hotspot-iac/cdktf-provider constructs, and in a project of
// its own (cdktn wants constructs <10.8, cdktf ships 10.8.1) a CDK Terrain app with @hotspot-iac/cdktn-provider.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { release, releaseVersion } from "../scripts/release.js";
import { ok, run, tempDir, userEnv, userPath } from "./support.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const PROGRAM = `import { HotSpotClient, parseConfig } from "@hotspot-iac/core";
import { startEmulator } from "@hotspot-iac/emulator";
import { apply, plan, type PlanResult } from "@hotspot-iac/sync";

const passphrase = "library-release-passphrase-8W";
const emulator = await startEmulator({ port: 0, passphrase });
const client = new HotSpotClient({ url: emulator.url, passphrase });
const config = parseConfig(
  [
    "version: 1",
    "ownership:",
    '  prefixes: ["lib-"]',
    "pricePlans:",
    '  day: { description: "1 Day" }',
    "accounts:",
    "  - username: lib-alice",
    "    plan: day",
    "    timeLeft: 2h",
  ].join("\\n"),
  "hotspot.yaml",
);
const target = { config, client, serverUrl: emulator.url, passphrase, statePath: "state.json" };
const first: PlanResult = await plan(target);
const applied = await apply({ planned: first, client });
const second = await plan(target);
const alice = await client.viewAccount("lib-alice");
console.log(JSON.stringify({ first: first.plan.summary, ok: applied.ok, second: second.plan.summary, plan: alice.pricePlanId }));
await client.close();
await emulator.stop();
`;

const cdkApp = (cdk: "cdktf" | "cdktn") => `import { App, TerraformStack } from "${cdk}";
import { EventWifi, HotspotProvider } from "@hotspot-iac/${cdk}-provider";

const app = new App({ outdir: "cdktf.out" });
const stack = new TerraformStack(app, "event");
new HotspotProvider(stack, "hotspot");
new EventWifi(stack, "devconf", { name: "DevConf 2027", start: "2027-03-18T08:00", end: "2027-03-19T20:00", expectedAttendees: 250, plan: 2 });
app.synth();
`;

// Voucher cards from a saved `terraform output -json`, as the CDKTF example prints them: the
// fonts come from the installed font packages.
const VOUCHERS = `import { statSync, writeFileSync } from "node:fs";
import { printVouchers } from "@hotspot-iac/vouchers";

writeFileSync("tf.json", JSON.stringify({ devconf_vouchers: { sensitive: true, type: ["list", "string"], value: ["CONF-2", "CONF-10", "CONF-1"] } }));
const pdf = await printVouchers({ source: { terraformOutput: "tf.json" }, out: "cards.pdf", ssid: "DevConf", title: "DevConf 2027" });
const html = await printVouchers({ source: { terraformOutput: "tf.json" }, out: "cards.html", ssid: "DevConf" });
console.log(JSON.stringify({ pdf: [pdf.cards, pdf.pages, statSync("cards.pdf").mode & 0o777], html: html.cards }));
`;

// The mistake a consumer would hit if the declarations were missing or wrong: this must not compile.
const MISTYPED = `import { plan } from "@hotspot-iac/sync";
await plan({ config: 42 });
`;

describe("the released library tarballs", () => {
  const tmp = tempDir("hotspot-release-libs-");
  const project = join(tmp.dir, "project");
  const env = () => userEnv({ PATH: userPath(), HOME: tmp.dir });
  // npm keeps its usual cache (the home folder's): the registry's packages download once per machine.
  const npmEnv = () => userEnv({ PATH: userPath() });
  let tarballs: string[];

  /** A fresh consumer project in `dir`, with the named library tarballs and `packages` installed by npm. */
  async function consumer(dir: string, libraries: string[], packages: string[] = []): Promise<void> {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" })}\n`);
    writeFileSync(
      join(dir, "tsconfig.json"),
      `${JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: true, outDir: "out", types: ["node"] }, include: ["main.ts"] })}\n`,
    );
    const libs = libraries.map((n) => join(tmp.dir, "release", `hotspot-iac-${n}-${releaseVersion()}.tgz`));
    await ok("npm", ["install", "--no-audit", "--no-fund", ...libs, ...packages, "@types/node@20.19.43"], { cwd: dir, env: npmEnv() });
  }

  beforeAll(async () => {
    tarballs = await release(join(tmp.dir, "release"), ["libs"]);
    await consumer(project, ["core", "emulator", "sync", "vouchers", "cdktf-provider"]);
  });
  afterAll(() => tmp.remove());

  it("writes one tarball per library, at the release version", () => {
    const v = releaseVersion();
    expect(tarballs.map((t) => t.slice(join(tmp.dir, "release").length + 1)).sort()).toEqual(
      [
        `hotspot-iac-cdktf-provider-${v}.tgz`,
        `hotspot-iac-cdktn-provider-${v}.tgz`,
        `hotspot-iac-core-${v}.tgz`,
        `hotspot-iac-emulator-${v}.tgz`,
        `hotspot-iac-sync-${v}.tgz`,
        `hotspot-iac-vouchers-${v}.tgz`,
      ].sort(),
    );
  });

  it("compiles a TypeScript program against @hotspot-iac/sync and runs it", async () => {
    writeFileSync(join(project, "main.ts"), PROGRAM);
    await ok(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, env: env() });
    const res = await ok(process.execPath, [join("out", "main.js")], { cwd: project, env: env() });
    expect(JSON.parse(res.stdout)).toEqual({
      first: { create: 1, update: 0, delete: 0, noop: 0 },
      ok: true,
      second: { create: 0, update: 0, delete: 0, noop: 1 },
      plan: 2,
    });
  });

  it("prints voucher cards with @hotspot-iac/vouchers", async () => {
    writeFileSync(join(project, "main.ts"), VOUCHERS);
    await ok(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project, env: env() });
    const res = await ok(process.execPath, [join("out", "main.js")], { cwd: project, env: env() });
    expect(JSON.parse(res.stdout)).toEqual({ pdf: [3, 1, 0o600], html: 3 });
    const pdf = readFileSync(join(project, "cards.pdf"), "latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/FontFile2 /);
  });

  /** Compiles and runs the app in `dir`; its cdk.tf.json must hold the event's vouchers. */
  async function synthesise(dir: string, cdk: "cdktf" | "cdktn"): Promise<void> {
    writeFileSync(join(dir, "main.ts"), cdkApp(cdk));
    await ok(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: dir, env: env() });
    await ok(process.execPath, [join("out", "main.js")], { cwd: dir, env: env() });
    const synth = JSON.parse(readFileSync(join(dir, "cdktf.out", "stacks", "event", "cdk.tf.json"), "utf8"));
    expect(synth["//"].metadata.version).toBe(JSON.parse(readFileSync(join(dir, "node_modules", cdk, "package.json"), "utf8")).version);
    expect(synth.terraform.required_providers.hotspot.source).toBe("hotspot-iac/hotspot");
    expect(Object.values(synth.resource.hotspot_voucher_batch)).toEqual([
      expect.objectContaining({ prefix: "DEVCONF2027-", member_count: 275, plan_id: 2, expires: "2027-03-19T20:00" }),
    ]);
  }

  it("synthesises a CDKTF app built with the constructs", () => synthesise(project, "cdktf"));

  it("synthesises a CDK Terrain app built with the cdktn flavour, without cdktf", async () => {
    const terrain = join(tmp.dir, "terrain");
    await consumer(terrain, ["core", "cdktn-provider"], ["cdktn@0.24.0", "constructs@10.7.2"]);
    expect(existsSync(join(terrain, "node_modules", "cdktf"))).toBe(false);
    await synthesise(terrain, "cdktn");
  });

  it("ships declarations that reject a mistyped call", async () => {
    writeFileSync(join(project, "main.ts"), MISTYPED);
    const res = await run(process.execPath, [tsc, "-p", "tsconfig.json", "--noEmit"], { cwd: project, env: env() });
    expect(res.code).not.toBe(0);
    // The type error itself, not a missing module or missing declarations (TS2307, TS7016).
    expect(res.stdout).toMatch(/main\.ts\(2,\d+\): error TS2322: Type 'number' is not assignable to type 'Config'/);
  });
});
