// examples/terraform-hcl applies as its README says: provider from the
// mirror, server and secret from HOTSPOT_URL / HOTSPOT_PASSPHRASE.
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, TerraformWorkdir } from "./support/terraform.js";

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "examples", "terraform-hcl");

describeWithTerraform("examples/terraform-hcl", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_URL: server.emulator.url, HOTSPOT_PASSPHRASE: PASSPHRASE });
    copyFileSync(join(EXAMPLE, "main.tf"), join(tf.dir, "main.tf"));
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("applies, then plans nothing, then destroys everything it created", async () => {
    await tf.ok(["init", "-input=false"]);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    const names = server.emulator.state.accounts().map((a) => a.username);
    expect(names).toContain("front-desk");
    expect(names.filter((n) => n.startsWith("CONF26-"))).toHaveLength(50);
    expect(names.filter((n) => /^speaker\d+$/.test(n))).toHaveLength(6);
    expect((await server.client.viewAccount("speaker1")).download).toBe(2 * 1024 * 1024);
    const outputs = JSON.parse((await tf.ok(["output", "-json"])).stdout);
    expect(outputs.attendee_codes.value).toHaveLength(50);
    expect(outputs.speaker_logins.sensitive).toBe(true);
    expect((await tf.run(["plan", "-detailed-exitcode", "-input=false"])).code).toBe(0);
    await tf.ok(["destroy", "-auto-approve", "-input=false"]);
    expect(server.emulator.state.accounts()).toHaveLength(0);
  });
});
