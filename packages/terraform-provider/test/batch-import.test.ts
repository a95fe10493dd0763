// Voucher batches created outside Terraform, brought under it by prefix: `terraform import` and
// an import block; refresh reads the list once and views only what the list lacks; growth
// continues after the highest member number, whatever start_number says.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

describeWithTerraform("hotspot_voucher_batch import", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const batch = (name: string, prefix: string, count: number, start = 1) => `
resource "hotspot_voucher_batch" "${name}" {
  prefix       = "${prefix}"
  member_count = ${count}
  plan_id      = 1
  start_number = ${start}
}
`;
  const provider = () => `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
`;

  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    // Made by hand: cafe-1 .. cafe-4 and bar-10 .. bar-12.
    await server.client.generateAccounts({ account: "cafe-", count: 4, startNumber: 1, pricePlanId: 1 });
    await server.client.generateAccounts({ account: "bar-", count: 3, startNumber: 10, pricePlanId: 1 });
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("imports a batch by its prefix, then plans no changes", async () => {
    tf.write("main.tf", provider() + batch("cafe", "cafe-", 4));
    await tf.ok(["init", "-input=false"]);
    await tf.ok(["import", "-input=false", "hotspot_voucher_batch.cafe", "cafe-"]);
    const attrs = (await tf.state()).resources[0]?.instances[0]?.attributes;
    expect(attrs).toMatchObject({ id: "cafe-", prefix: "cafe-", member_count: 4, plan_id: 1, usernames: ["cafe-1", "cafe-2", "cafe-3", "cafe-4"] });
    const passwords = attrs?.passwords as Record<string, string>;
    expect(passwords["cafe-1"]).toBe((await server.client.viewAccount("cafe-1")).password);
    const mark = server.lastSeq();
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
    // Refresh: one list, and viewaccount only for what a usernames-only list lacks (the plan of each member).
    const commands = server.commandsSince(mark);
    expect(commands.filter((c) => c === "getaccountlist")).toHaveLength(1);
    expect(commands.filter((c) => c === "viewaccount").length).toBeLessThanOrEqual(4);
  });

  it("imports with an import block; grows from start_number, or after the highest member number when higher", async () => {
    tf.write("main.tf", `${provider()}${batch("cafe", "cafe-", 4)}${batch("bar", "bar-", 3, 10)}
import {
  to = hotspot_voucher_batch.bar
  id = "bar-"
}
`);
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(plan.stdout).toMatch(/Plan: 1 to import, 0 to add, 0 to change, 0 to destroy/);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect((await tf.run(["plan", "-detailed-exitcode", "-input=false"])).code).toBe(0);
    const bars = () =>
      server.emulator.state
        .accounts()
        .map((a) => a.username)
        .filter((u) => u.startsWith("bar-"))
        .sort();
    // start_number = 10, but bar-10..12 exist: growth continues at 13.
    tf.write("main.tf", `${provider()}${batch("cafe", "cafe-", 4)}${batch("bar", "bar-", 4, 10)}`);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect(bars()).toEqual(["bar-10", "bar-11", "bar-12", "bar-13"]);
    // start_number = 20, above every member: growth starts there.
    tf.write("main.tf", `${provider()}${batch("cafe", "cafe-", 4)}${batch("bar", "bar-", 5, 20)}`);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect(bars()).toEqual(["bar-10", "bar-11", "bar-12", "bar-13", "bar-20"]);
  });

  it("shrinks by removing unused members, highest number first", async () => {
    await server.client.loginAccount({ account: "bar-20", ip: "10.2.0.1" });
    tf.write("main.tf", `${provider()}${batch("cafe", "cafe-", 4)}${batch("bar", "bar-", 3, 20)}`);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    const bars = server.emulator.state
      .accounts()
      .map((a) => a.username)
      .filter((u) => u.startsWith("bar-"))
      .sort();
    expect(bars).toEqual(["bar-10", "bar-11", "bar-20"]);
  });

  it("says when no batch has the prefix", async () => {
    tf.write("main.tf", `${provider()}${batch("none", "none-", 1)}`);
    const res = await tf.run(["import", "-input=false", "hotspot_voucher_batch.none", "none-"]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Cannot import non-existent remote object/);
  });
});
