// Issue 21 case 9: a ticket declared by name is created by terraform as by the CLI (one rule, sync's
// createAccount: prepaid under that exact name, then made a ticket), where the provider used to
// refuse it. Applied, it is a ticket on the server under its name, and the next plan is empty.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

describeWithTerraform("a ticket declared by name", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    tf.write(
      "main.tf",
      `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
resource "hotspot_account" "pass" {
  username = "NT-LOBBY"
  type     = "ticket"
  plan_id  = 1
}
`,
    );
    await tf.ok(["init", "-input=false"]);
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("is created under its name as a ticket, then plans no changes", async () => {
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect(server.emulator.state.account("NT-LOBBY")).toMatchObject({ username: "NT-LOBBY", type: 2 });
    const settled = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(settled.code, settled.stdout + settled.stderr).toBe(0);
  });
});
