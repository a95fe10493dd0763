// A state written by provider 0.1.0 (schema version 0; hotspot_account: 14 flat customer_*
// attributes, the card stored as card_* and card_*_wo, the plan by id only; hotspot_voucher_batch:
// the plan by id only), written by hand from 0.1.0's schema, read by this provider (schema version
// 1) through UpgradeResourceState, with real terraform: the customer nested, no card data kept (it
// stays on the server), the plan named from its id, and nothing to change.
import { copyFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "state-0.1.0.json");
const CARD = "4111111111111111";

const config = (url: string) => `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url     = "${url}"
  timeout = 30 # the 0.1.0 form, still read as seconds
}

resource "hotspot_account" "alice" {
  username = "old-alice"
  password = "old-Secret-12"
  plan     = "1 Day"
  customer = {
    first_name = "Alice"
    email      = "alice@example.org"
  }
}

resource "hotspot_voucher_batch" "guests" {
  prefix       = "old-g"
  member_count = 2
  start_number = 1
  plan         = "1 Hour"
}
`;

describeWithTerraform("state upgrade from the 0.1.0 schema (version 0)", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const stored = () => readFileSync(join(tf.dir, "terraform.tfstate"), "utf8");

  beforeAll(async () => {
    server = await startTestServer();
    // The account as provider 0.1.0 left it on the server.
    await server.client.generateAccounts({ account: "old-alice", count: 1, pricePlanId: 2, password: "old-Secret-12" });
    await server.client.updateAccount("old-alice", { firstName: "Alice", email: "alice@example.org", ccNumber: CARD, ccCvv2: "737", ccExpMonth: "09", ccExpYear: "2029" });
    await server.client.generateAccounts({ account: "old-g", count: 2, startNumber: 1, pricePlanId: 1 });
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    tf.write("main.tf", config(server.emulator.url));
    copyFileSync(FIXTURE, join(tf.dir, "terraform.tfstate"));
    await tf.ok(["init", "-input=false"]);
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("plans no changes where nothing changed", async () => {
    const mark = server.lastSeq();
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    expect(server.commandsSince(mark).filter((c) => !["viewaccount", "getaccountlist", "getpriceplans"].includes(c))).toEqual([]);
  });

  it("keeps the customer nested, the plan by name and id, and no card data", async () => {
    await tf.ok(["apply", "-refresh-only", "-auto-approve", "-input=false"]);
    const text = stored();
    expect(text).not.toContain(CARD);
    expect(text).not.toContain('"737"');
    const show = JSON.parse((await tf.ok(["show", "-json"])).stdout);
    const alice = show.values.root_module.resources.find((r: { address: string }) => r.address === "hotspot_account.alice");
    expect(alice.schema_version).toBe(1);
    expect(alice.values).toMatchObject({ plan: "1 Day", plan_id: 2, card_wo: null, card_wo_version: null, customer: { first_name: "Alice", email: "alice@example.org", city: null } });
    expect(Object.keys(alice.values).filter((k) => k.startsWith("card_") || k.startsWith("customer_"))).toEqual(["card_wo", "card_wo_version"]);
    expect(JSON.stringify(show)).not.toContain(CARD);
    const guests = show.values.root_module.resources.find((r: { address: string }) => r.address === "hotspot_voucher_batch.guests");
    expect(guests.schema_version).toBe(1);
    expect(guests.values).toMatchObject({ plan: "1 Hour", plan_id: 1, member_count: 2, usernames: ["old-g1", "old-g2"] });
    // The card stays on the server: the upgrade only forgot it.
    expect(server.emulator.state.account("old-alice")?.card.ccnumber).toBe(CARD);
    expect((await tf.run(["plan", "-detailed-exitcode", "-input=false"])).code).toBe(0);
  });
});
