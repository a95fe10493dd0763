// The released provider installed the ways an operator installs it: the
// registry-format zip (a native single executable, no Node.js) from a packed
// filesystem mirror and from a network mirror served over https, then init,
// apply, plan (no changes) and destroy against an emulator in another process,
// with PATH holding terraform only.
import { createServer, type Server } from "node:https";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import { HotSpotClient } from "@hotspot-iac/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROVIDER_SOURCE } from "../scripts/package-mirror.js";
import { networkMirror, packedMirror, releaseProvider, sha256, zipName } from "../scripts/release.js";
import { PROVIDER_VERSION, platform } from "../scripts/sea.js";
import { createServerCertificate } from "../src/plugin/certificate.js";
import { type EmulatorProcess, startEmulatorProcess } from "./support/emulator-process.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir, terraformBin } from "./support/terraform.js";

const PASSPHRASE = "release-test-passphrase-3K";

const MAIN_TF = `${REQUIRED_PROVIDERS}
provider "hotspot" {}

resource "hotspot_account" "alice" {
  username  = "rel-alice"
  password  = "rel-alice-pw-9"
  time_left = "2h"
}
`;

/** A terraform working folder whose environment is terraform's settings and env() only: no node on PATH. */
function workdir(cliConfig: string): TerraformWorkdir {
  const tf = new TerraformWorkdir({}, cliConfig);
  for (const key of Object.keys(tf.env)) if (!/^(TF_|CHECKPOINT_DISABLE$|NO_COLOR$)/.test(key)) delete tf.env[key];
  return tf;
}

const installation = (block: string) => `provider_installation {\n${block}\n  direct {\n    exclude = ["${PROVIDER_SOURCE}"]\n  }\n}\n`;

describeWithTerraform("the released provider, installed from mirrors", () => {
  const dir = mkdtempSync(join(tmpdir(), "hotspot-tf-release-"));
  const releaseDir = join(dir, "release");
  let emulator: EmulatorProcess;
  let client: HotSpotClient;
  let zip: string;
  // terraform alone on PATH: the provider must run without node.
  const bin = join(dir, "bin");

  beforeAll(async () => {
    [zip, emulator] = await Promise.all([releaseProvider(releaseDir), startEmulatorProcess(PASSPHRASE)]);
    client = new HotSpotClient({ url: emulator.url, passphrase: PASSPHRASE });
    mkdirSync(bin);
    symlinkSync(terraformBin!, join(bin, "terraform"));
  }, 300_000);
  afterAll(async () => {
    await client?.close();
    await emulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    PATH: bin,
    HOME: dir,
    HOTSPOT_URL: emulator.url,
    HOTSPOT_PASSPHRASE: PASSPHRASE,
    ...extra,
  });

  /** init, apply, plan (no changes), destroy; checks the installed provider is the native executable. */
  async function lifecycle(tf: TerraformWorkdir, extra: NodeJS.ProcessEnv = {}): Promise<void> {
    tf.write("main.tf", MAIN_TF);
    const init = await tf.ok(["init", "-input=false"], env(extra));
    expect(init.stdout).toMatch(new RegExp(`Installed hotspot-iac/hotspot v${PROVIDER_VERSION.replace(/\./g, "\\.")}`));
    const installed = join(tf.dir, ".terraform/providers/registry.terraform.io", PROVIDER_SOURCE, PROVIDER_VERSION, platform());
    expect(readdirSync(installed)).toEqual([`terraform-provider-hotspot_v${PROVIDER_VERSION}`]);
    const exe = readFileSync(join(installed, `terraform-provider-hotspot_v${PROVIDER_VERSION}`));
    expect(exe.subarray(0, 4).toString("latin1")).toBe("\x7fELF");
    expect(statSync(join(installed, `terraform-provider-hotspot_v${PROVIDER_VERSION}`)).mode & 0o111).not.toBe(0);

    await tf.ok(["apply", "-auto-approve", "-input=false"], env(extra));
    expect((await client.viewAccount("rel-alice")).password).toBe("rel-alice-pw-9");
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env(extra));
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/No changes/);
    await tf.ok(["destroy", "-auto-approve", "-input=false"], env(extra));
    await expect(client.viewAccount("rel-alice")).rejects.toThrow();
  }

  it("writes the registry's release files", () => {
    expect(zip).toBe(join(releaseDir, zipName(PROVIDER_VERSION, platform())));
    const sums = readFileSync(join(releaseDir, `terraform-provider-hotspot_${PROVIDER_VERSION}_SHA256SUMS`), "utf8");
    expect(sums).toContain(`${sha256(zip)}  ${zipName(PROVIDER_VERSION, platform())}\n`);
    const manifest = `terraform-provider-hotspot_${PROVIDER_VERSION}_manifest.json`;
    expect(JSON.parse(readFileSync(join(releaseDir, manifest), "utf8"))).toEqual({ version: 1, metadata: { protocol_versions: ["6.0"] } });
    expect(sums).toContain(`${sha256(join(releaseDir, manifest))}  ${manifest}\n`);
  });

  it("installs from a packed filesystem mirror", async () => {
    const mirror = packedMirror(releaseDir, join(dir, "fs-mirror"));
    const tf = workdir(installation(`  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["${PROVIDER_SOURCE}"]\n  }`));
    try {
      await lifecycle(tf);
    } finally {
      tf.remove();
    }
  });

  it("installs from a network mirror over https", async () => {
    const root = networkMirror(releaseDir, join(dir, "net-mirror"));
    const cert = createServerCertificate();
    const caFile = join(dir, "mirror-ca.pem");
    writeFileSync(caFile, cert.certPem);
    const requested: string[] = [];
    const server: Server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname));
      requested.push(path);
      try {
        const body = readFileSync(join(root, path));
        res.writeHead(200, { "content-type": path.endsWith(".json") ? "application/json" : "application/zip" }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as { port: number }).port;
    const tf = workdir(installation(`  network_mirror {\n    url     = "https://localhost:${port}/"\n    include = ["${PROVIDER_SOURCE}"]\n  }`));
    try {
      await lifecycle(tf, { SSL_CERT_FILE: caFile });
      expect(requested).toEqual(
        expect.arrayContaining([
          "/registry.terraform.io/hotspot-iac/hotspot/index.json",
          `/registry.terraform.io/hotspot-iac/hotspot/${PROVIDER_VERSION}.json`,
          `/registry.terraform.io/hotspot-iac/hotspot/${zipName(PROVIDER_VERSION, platform())}`,
        ]),
      );
    } finally {
      tf.remove();
    }
    // The zh: hash in <version>.json is checked: a package that does not match it is refused.
    const index = join(root, "registry.terraform.io", PROVIDER_SOURCE, `${PROVIDER_VERSION}.json`);
    writeFileSync(index, readFileSync(index, "utf8").replace(`zh:${sha256(zip)}`, `zh:${"0".repeat(64)}`));
    const tampered = workdir(installation(`  network_mirror {\n    url = "https://localhost:${port}/"\n  }`));
    try {
      tampered.write("main.tf", MAIN_TF);
      const init = await tampered.run(["init", "-input=false"], env({ SSL_CERT_FILE: caFile }));
      expect(init.code).toBe(1);
      expect(init.stderr.replace(/\s+/g, " ")).toMatch(/checksum|does not match/i);
    } finally {
      tampered.remove();
      server.close();
    }
  });
});
