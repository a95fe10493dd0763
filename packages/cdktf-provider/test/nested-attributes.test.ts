// The schema's nested attributes as the constructs write them, applied by real terraform with
// the real provider against the emulator: a YAML account's `customer:` in the nested `customer`
// object, its `card:` in the write-only `card_wo` (never in state), its `plan:` by the server's
// plan name. The server must receive every value; the state files must hold no card data.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { afterAll, beforeAll, expect, it } from "vitest";
import { HotspotAccounts, HotspotProvider } from "../src/index.js";
import { describeWithTerraform, TerraformStackDir } from "./support/terraform.js";

const PASSPHRASE = "nested-Wq3-passphrase";
// Distinctive values, so a leak into a state file cannot go unnoticed.
const CARD = { CARD_NAME: "Dana Card-Yt62", CARD_NUMBER: "5500-Lp47-0004", CARD_CVV2: "9Q7" };

const YAML = `version: 1
pricePlans:
  week: { description: "1 week" }
accounts:
  - username: desk-dana
    type: postpaid
    plan: week
    customer: { firstName: Dana, lastName: Scully, email: dana@example.org }
    card: { name: "\${env:CARD_NAME}", number: "\${env:CARD_NUMBER}", cvv2: "\${env:CARD_CVV2}", expMonth: "11", expYear: "2029" }
`;

describeWithTerraform("nested customer and write-only card_wo, applied by terraform", () => {
  let emulator: Emulator;
  let work: string;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, passphrase: PASSPHRASE });
    work = mkdtempSync(join(tmpdir(), "hotspot-cdktf-nested-"));
  }, 120_000);

  afterAll(async () => {
    await emulator?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("sends customer and card data, keeps the card out of state, and plans no change after", async () => {
    writeFileSync(join(work, "hotspot.yaml"), YAML);
    const outdir = join(work, "cdktf.out");
    const app = new App({ outdir, context: { targetVersions: { terraform: ">=1.11" } } });
    const stack = new TerraformStack(app, "desk");
    new LocalBackend(stack, { path: "terraform.tfstate" });
    new HotspotProvider(stack, "hotspot");
    const accounts = await HotspotAccounts.fromYaml(stack, "site", work, { env: CARD });
    app.synth();

    const tf = new TerraformStackDir(join(outdir, "stacks", "desk"), {
      HOTSPOT_URL: emulator.url,
      HOTSPOT_PASSPHRASE: PASSPHRASE,
      ...accounts.secretEnvironment(),
    });
    await tf.ok(["init", "-input=false", "-no-color"]);
    await tf.ok(["apply", "-auto-approve", "-input=false", "-no-color"]);

    const dana = emulator.state.account("desk-dana");
    // "1 week" matches the server's "1 Week" ignoring case, as the CLI matches it.
    const week = emulator.state.plans().find((p) => p.description === "1 Week");
    expect(dana?.planId).toBe(week?.id);
    expect(dana?.customer).toMatchObject({ firstname: "Dana", lastname: "Scully", email: "dana@example.org" });
    expect(dana?.card).toMatchObject({ ccname: CARD.CARD_NAME, ccnumber: CARD.CARD_NUMBER, cccvv2: CARD.CARD_CVV2, ccexpmonth: "11", ccexpyear: "2029" });

    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false", "-no-color"]);
    expect(plan.code, `${plan.stdout}\n${plan.stderr}`).toBe(0);

    const states = readdirSync(tf.dir).filter((f) => f.includes("tfstate"));
    expect(states.length).toBeGreaterThan(0);
    for (const f of states) {
      const text = readFileSync(join(tf.dir, f), "utf8");
      for (const value of Object.values(CARD)) expect(text, f).not.toContain(value);
    }
    await tf.ok(["destroy", "-auto-approve", "-input=false", "-no-color"]);
    expect(emulator.state.account("desk-dana")).toBeUndefined();
  }, 300_000);
});
