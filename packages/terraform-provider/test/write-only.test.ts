// Write-only secrets as an operator uses them with Terraform 1.11: the password and the card come
// from ephemeral variables, reach the server, and are in neither the state nor a saved plan file;
// bumping password_wo_version / card_wo_version sends them again. Card data has no stored form.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

const FIRST = "wo-First-Secret-58";
const SECOND = "wo-Second-Secret-93";
const CARD = "4111111111111111";
const CVV2 = "737";

function config(url: string, version: number, cardVersion = 1): string {
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
  card_wo = {
    name      = "Carol Example"
    type      = "visa"
    number    = var.card_number
    exp_month = "09"
    exp_year  = "2029"
    cvv2      = "${CVV2}"
  }
  card_wo_version = ${cardVersion}
  plan            = "1 Hour"
}
`;
}

describeWithTerraform("write-only secrets (password_wo, card_wo)", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const env = (password: string) => ({ HOTSPOT_PASSPHRASE: PASSPHRASE, TF_VAR_password: password, TF_VAR_card_number: CARD });
  const stored = () => readFileSync(join(tf.dir, "terraform.tfstate"), "utf8");
  const noSecrets = (text: string) => {
    for (const secret of [FIRST, SECOND, CARD, CVV2, "Carol Example"]) expect(text).not.toContain(secret);
  };
  /** updateaccount requests since `seq` that carried the card number (the log masks its value). */
  const cardSends = (seq: number) => server.emulator.requestLog(seq).filter((e) => e.command === "updateaccount" && "ccnumber" in e.params);

  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    tf.write("main.tf", config(server.emulator.url, 1));
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("creates the account with the password and card from the configuration, keeping them out of state", async () => {
    await tf.ok(["init", "-input=false"]);
    const apply = await tf.ok(["apply", "-auto-approve", "-input=false"], env(FIRST));
    noSecrets(apply.stdout + apply.stderr);
    expect((await server.client.viewAccount("wo-carol")).password).toBe(FIRST);
    expect(server.emulator.state.account("wo-carol")?.card).toMatchObject({ ccnumber: CARD, cccvv2: CVV2 });
    noSecrets(stored());
    noSecrets((await tf.ok(["show", "-json"], env(FIRST))).stdout);
    const attrs = (await tf.state()).resources[0]?.instances[0]?.attributes;
    expect(attrs).toMatchObject({ password: null, password_wo: null, password_wo_version: 1, card_wo: null, card_wo_version: 1, plan: "1 Hour", plan_id: 1 });
    expect(Object.keys(attrs ?? {}).filter((k) => k.startsWith("card_"))).toEqual(["card_wo", "card_wo_version"]);
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
    const seq = server.lastSeq();
    await tf.ok(["apply", "-input=false", "rotate.tfplan"], env(SECOND));
    expect((await server.client.viewAccount("wo-carol")).password).toBe(SECOND);
    expect(cardSends(seq)).toHaveLength(0);
    noSecrets(stored());
    const again = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env(SECOND));
    expect(again.code).toBe(0);
  });

  it("sends the card again when card_wo_version is bumped, and only then", async () => {
    server.emulator.state.account("wo-carol")!.card.ccnumber = "changed-on-the-server";
    tf.write("main.tf", config(server.emulator.url, 2, 2));
    const seq = server.lastSeq();
    const apply = await tf.ok(["apply", "-auto-approve", "-input=false"], env(SECOND));
    expect(apply.stdout).toMatch(/~ card_wo_version\s+= 1 -> 2/);
    noSecrets(apply.stdout + apply.stderr);
    expect(cardSends(seq)).toHaveLength(1);
    expect(server.emulator.state.account("wo-carol")?.card.ccnumber).toBe(CARD);
    noSecrets(stored());
  });

  it("refuses password together with password_wo, naming both", async () => {
    tf.write("main.tf", config(server.emulator.url, 2).replace("password_wo         =", 'password            = "plain-one"\n  password_wo         ='));
    const plan = await tf.run(["plan", "-input=false"], env(SECOND));
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Conflicting attributes[\s\S]*password and password_wo cannot both be set/);
  });

  it("refuses plan together with plan_id", async () => {
    tf.write("main.tf", config(server.emulator.url, 2).replace('plan            = "1 Hour"', 'plan            = "1 Hour"\n  plan_id         = 1'));
    const plan = await tf.run(["plan", "-input=false"], env(SECOND));
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Conflicting attributes[\s\S]*plan and plan_id cannot both be set/);
  });
});
