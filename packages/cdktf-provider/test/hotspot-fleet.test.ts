// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the YAML holds ${env:…} and ${VENUE} literally
// HotspotFleet: the fleet YAML `hotspot plan` reads, as one provider alias per venue (which plain
// Terraform cannot loop) and each venue's resources on its alias; applied by real terraform
// against two emulators, then planned again with no changes.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HotspotFleet } from "../src/index.js";
import { synthStack } from "./support/synth.js";
import { describeWithTerraform, TerraformStackDir } from "./support/terraform.js";

const PASS = { lisbon: "lisbon-Tq7-pass", porto: "porto-Wm3-pass" };
const MANAGER = "manager-Rz5-secret";

function fleetYaml(lisbon: string, porto: string): string {
  return `version: 1
fleet:
  shared:
    server: { passphrase: "\${env:HOTSPOT_PASSPHRASE_\${VENUE}}" }
    pricePlans: { hour: { description: "1 Hour" } }
    accounts:
      - { username: staff-manager, password: "\${env:MANAGER_PASSWORD}", plan: hour }
      - { username: staff-night, password: "\${env:MANAGER_PASSWORD}", plan: hour }
  venues:
    lisbon: ${lisbon}
    porto:
      url: ${porto}
      omit: [staff-night]
`;
}

const env = { HOTSPOT_PASSPHRASE_LISBON: PASS.lisbon, HOTSPOT_PASSPHRASE_PORTO: PASS.porto, MANAGER_PASSWORD: MANAGER };

function writeFleet(dir: string, lisbon: string, porto: string): string {
  const file = join(dir, "fleet.yaml");
  writeFileSync(file, fleetYaml(lisbon, porto));
  return file;
}

describe("HotspotFleet", () => {
  const dir = mkdtempSync(join(tmpdir(), "hotspot-fleet-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("declares one provider alias per venue and each venue's resources on it; passphrases as sensitive variables", async () => {
    const file = writeFleet(dir, "http://10.0.0.1:82", "http://10.0.0.2:82");
    const { json, text } = await synthStack(async (stack) => {
      await HotspotFleet.fromYaml(stack, "fleet", file, { env });
    });
    const providers = json.provider?.["hotspot"] as Array<Record<string, unknown>>;
    expect(providers.map((p) => [p["alias"], p["url"], p["passphrase"]])).toEqual([
      ["lisbon", "http://10.0.0.1:82", "${var.HOTSPOT_PASSPHRASE_LISBON}"],
      ["porto", "http://10.0.0.2:82", "${var.HOTSPOT_PASSPHRASE_PORTO}"],
    ]);
    const accounts = json.resource?.["hotspot_account"] ?? {};
    expect(Object.keys(accounts).sort()).toEqual(["lisbon_staff-manager", "lisbon_staff-night", "porto_staff-manager"]);
    expect(accounts["lisbon_staff-manager"]?.["provider"]).toBe("hotspot.lisbon");
    expect(accounts["porto_staff-manager"]?.["provider"]).toBe("hotspot.porto");
    expect(json.variable?.["HOTSPOT_PASSPHRASE_PORTO"]).toMatchObject({ sensitive: true });
    for (const secret of [...Object.values(PASS), MANAGER]) expect(text).not.toContain(secret);
  });

  it("declares only the venues asked for (names or globs, as --site)", async () => {
    const file = writeFleet(dir, "http://10.0.0.1:82", "http://10.0.0.2:82");
    const { json } = await synthStack(async (stack) => {
      await HotspotFleet.fromYaml(stack, "fleet", file, { env, sites: ["p*"] });
    });
    expect(((json.provider?.["hotspot"] ?? []) as Array<Record<string, unknown>>).map((p) => p["alias"])).toEqual(["porto"]);
  });
});

describeWithTerraform("HotspotFleet applied by terraform against two emulators", () => {
  let lisbon: Emulator;
  let porto: Emulator;
  let tf: TerraformStackDir;
  const dir = mkdtempSync(join(tmpdir(), "hotspot-fleet-tf-"));

  beforeAll(async () => {
    [lisbon, porto] = await Promise.all([startEmulator({ port: 0, passphrase: PASS.lisbon }), startEmulator({ port: 0, passphrase: PASS.porto })]);
    const file = writeFleet(dir, lisbon.url, porto.url);
    let variables: Record<string, string> = {};
    const { text } = await synthStack(async (stack) => {
      const fleet = await HotspotFleet.fromYaml(stack, "fleet", file, { env });
      variables = fleet.secretEnvironment();
    });
    writeFileSync(join(dir, "cdk.tf.json"), text);
    tf = new TerraformStackDir(dir, variables);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([lisbon?.stop(), porto?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates each venue's accounts on its own server, then has nothing to do", async () => {
    await tf.ok(["init", "-input=false", "-no-color"]);
    await tf.ok(["apply", "-auto-approve", "-input=false", "-no-color"]);
    const names = (e: Emulator) => e.state.accounts().map((a) => a.username).filter((u) => u.startsWith("staff-")).sort();
    expect(names(lisbon)).toEqual(["staff-manager", "staff-night"]);
    expect(names(porto)).toEqual(["staff-manager"]);
    expect(porto.state.account("staff-manager")).toMatchObject({ password: MANAGER });
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect(plan.code, `${plan.stdout}\n${plan.stderr}`).toBe(0);
  }, 300_000);
});
