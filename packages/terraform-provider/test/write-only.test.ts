// Write-only secrets as an operator uses them with Terraform 1.11: the password comes from an
// ephemeral variable, reaches the server, and is in neither the state nor a saved plan file;
// bumping password_wo_version sends a new one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

const FIRST = "wo-First-Secret-58";
const SECOND = "wo-Second-Secret-93";
const CARD = "4111111111111111";

function config(url: string, version: number): string {
  return `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${url}"
}

variable "password" {
  type      = string
  ephemeral = true
}

variable "card_number" {
  type      = string
  ephemeral = true
}

resource "hotspot_account" "carol" {
  username            = "wo-carol"
  password_wo         = var.password
  password_wo_version = ${version}
  card_number_wo      = var.card_number
  card_wo_version     = 1
  plan_id             = 1
}
`;
}

describeWithTerraform("write-only secrets (password_wo, card_*_wo)", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const env = (password: string) => ({ HOTSPOT_PASSPHRASE: PASSPHRASE, TF_VAR_password: password, TF_VAR_card_number: CARD });
  const stored = () => readFileSync(join(tf.dir, "terraform.tfstate"), "utf8");
  const noSecrets = (text: string) => {
    for (const secret of [FIRST, SECOND, CARD]) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    tf.write("main.tf", config(server.emulator.url, 1));
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("creates the account with the password from an ephemeral variable, keeping it out of state", async () => {
    await tf.ok(["init", "-input=false"]);
    const apply = await tf.ok(["apply", "-auto-approve", "-input=false"], env(FIRST));
    noSecrets(apply.stdout + apply.stderr);
    expect((await server.client.viewAccount("wo-carol")).password).toBe(FIRST);
    expect(server.emulator.state.account("wo-carol")?.card.ccnumber).toBe(CARD);
    noSecrets(stored());
    const attrs = (await tf.state()).resources[0]?.instances[0]?.attributes;
    expect(attrs).toMatchObject({ password: null, password_wo: null, password_wo_version: 1, card_number: null, card_number_wo: null });
  });

  it("then plans no changes", async () => {
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env(FIRST));
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
  });

  it("rotates the password when the version is bumped; neither the state nor a saved plan holds a value", async () => {
    tf.write("main.tf", config(server.emulator.url, 2));
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false", "-out=rotate.tfplan"], env(SECOND));
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ password_wo_version\s+= 1 -> 2/);
    noSecrets(plan.stdout + plan.stderr);
    noSecrets(readFileSync(join(tf.dir, "rotate.tfplan")).toString("latin1"));
    noSecrets((await tf.ok(["show", "-json", "rotate.tfplan"], env(SECOND))).stdout);
    // Ephemeral values are given again when a saved plan is applied.
    await tf.ok(["apply", "-input=false", "rotate.tfplan"], env(SECOND));
    expect((await server.client.viewAccount("wo-carol")).password).toBe(SECOND);
    noSecrets(stored());
    const again = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env(SECOND));
    expect(again.code).toBe(0);
  });

  it("refuses password together with password_wo, naming both", async () => {
    tf.write("main.tf", config(server.emulator.url, 2).replace("password_wo         =", 'password            = "plain-one"\n  password_wo         ='));
    const plan = await tf.run(["plan", "-input=false"], env(SECOND));
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Conflicting attributes[\s\S]*password and password_wo cannot both be set/);
  });
});
