// Ctrl-C during an apply: terraform asks the provider to stop; every account
// that exists on the server by then is in the state, nothing in the state is
// missing from the server, and the next apply converges.
import { once } from "node:events";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

const COUNT = 24;

describeWithTerraform("SIGINT during apply", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    // Each account is a generateaccounts then an updateaccount (daily_time only goes there).
    tf.write(
      "main.tf",
      `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
resource "hotspot_account" "many" {
  count      = ${COUNT}
  username   = "sig-\${count.index}"
  password   = "pw-\${count.index}-x"
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

  const onServer = () =>
    server.emulator.state
      .accounts()
      .map((a) => a.username)
      .filter((u) => u.startsWith("sig-"))
      .sort();

  it("leaves the state consistent with the server, and the next apply converges", async () => {
    // Slow writes, so the interrupt lands while creates are in flight.
    server.emulator.setFaults({ writes: { latency: 1 }, latencyMs: 300 });
    const child = tf.spawn(["apply", "-auto-approve", "-input=false", "-parallelism=4"]);
    let output = "";
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    const closed = once(child, "close");
    while (server.emulator.requestLog().filter((e) => e.command === "generateaccounts").length < 3) {
      await new Promise((r) => setTimeout(r, 25));
    }
    child.kill("SIGINT");
    const [code] = (await closed) as [number];
    expect(output).toMatch(/Interrupt received/);
    expect(code).not.toBe(0);

    const created = onServer();
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThan(COUNT);
    const state = await tf.state();
    const inState = (state.resources.find((r) => r.name === "many")?.instances ?? []).map((i) => i.attributes.username as string).sort();
    expect(inState).toEqual(created);

    server.emulator.setFaults(undefined);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect(onServer()).toHaveLength(COUNT);
    for (const u of onServer()) expect((await server.client.viewAccount(u)).dailyTime).toBe(3600);
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(plan.code).toBe(0);
  });
});
