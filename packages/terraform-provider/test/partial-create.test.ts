// A create whose follow-up updateaccount fails: the account exists, so terraform records it, with
// the attributes that update was to set left null (their value on the server is unknown); terraform
// taints it, and the next apply replaces it and converges.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

describeWithTerraform("a create whose follow-up update fails", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    // daily_time only travels in updateaccount; password and plan_id go with generateaccounts.
    tf.write(
      "main.tf",
      `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
resource "hotspot_account" "guest" {
  username   = "pc-guest"
  password   = "pc-pass-1"
  plan_id    = 1
  daily_time = "1h"
}
`,
    );
    await tf.ok(["init", "-input=false"]);
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("records the account with what the update was to set left null, and the next apply converges", async () => {
    server.emulator.setFaults({ commands: { updateaccount: { http500: 1 } } });
    const failed = await tf.run(["apply", "-auto-approve", "-input=false"]);
    server.emulator.setFaults(undefined);
    expect(failed.code).not.toBe(0);
    expect(server.emulator.state.account("pc-guest")).toBeDefined();
    const attrs = (await tf.state()).resources.find((r) => r.name === "guest")?.instances[0]?.attributes;
    expect(attrs?.username).toBe("pc-guest");
    expect(attrs?.daily_time).toBeNull();
    expect(attrs?.plan_id).toBe(1);

    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    // Terraform taints a resource whose create returned an error: the next apply replaces it.
    expect(plan.stdout).toContain("hotspot_account.guest is tainted, so must be replaced");
    expect(plan.stdout).toMatch(/daily_time\s+= "unlimited" -> "1h"/);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect((await server.client.viewAccount("pc-guest")).dailyTime).toBe(3600);
    const settled = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(settled.code, settled.stdout + settled.stderr).toBe(0);
  });
});
