// The provider as an operator uses it: real terraform, the real provider
// process installed from the filesystem mirror, the emulator over HTTP.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

const ALICE_PASSWORD = "alice-Secret-41";

function config(url: string, opts: { dailyTime?: string; withBob?: boolean } = {}): string {
  return `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url     = "${url}"
  timeout = "30s"
}

data "hotspot_price_plan" "day" {
  description = "1 Day"
}

resource "hotspot_account" "alice" {
  username   = "tf-alice"
  password   = "${ALICE_PASSWORD}"
  plan       = "1 day"
  time_left  = "2h"
  daily_time = "${opts.dailyTime ?? "1h"}"
  customer = {
    first_name = "Alice"
    email      = "alice@example.org"
  }
}

resource "hotspot_voucher_batch" "guests" {
  prefix       = "tf-guest-"
  member_count = 5
  plan_id      = data.hotspot_price_plan.day.id
  type         = "ticket"
  length       = 14
}
data "hotspot_account" "alice_live" {
  username = hotspot_account.alice.username
}

data "hotspot_price_plans" "all" {}

output "alice_live_plan" {
  value = data.hotspot_account.alice_live.plan_id
}

output "alice_live_plan_name" {
  value = data.hotspot_account.alice_live.plan
}

output "plan_count" {
  value = length(data.hotspot_price_plans.all.plans)
}
${opts.withBob ? 'resource "hotspot_account" "bob" {\n  username = "hand-bob"\n}\n' : ""}`;
}

describeWithTerraform("hotspot provider acceptance (terraform + emulator)", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const env = () => ({ HOTSPOT_PASSPHRASE: PASSPHRASE });

  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    tf.write("main.tf", config(server.emulator.url));
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("inits from the mirror, plans, and applies", async () => {
    await tf.ok(["init", "-input=false"]);
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/hotspot_account\.alice will be created/);
    expect(plan.stdout).toMatch(/Plan: 2 to add, 0 to change, 0 to destroy/);
    const apply = await tf.ok(["apply", "-auto-approve", "-input=false"], env());
    // Secrets stay out of terraform's output.
    for (const out of [plan.stdout, plan.stderr, apply.stdout, apply.stderr]) {
      expect(out).not.toContain(ALICE_PASSWORD);
      expect(out).not.toContain(PASSPHRASE);
    }
    const alice = await server.client.viewAccount("tf-alice");
    expect(alice.password).toBe(ALICE_PASSWORD);
    expect(alice.pricePlanId).toBe(2);
    expect(alice.timeLeft).toBe(7200);
    expect(alice.dailyTime).toBe(3600);
    expect(server.emulator.state.account("tf-alice")?.customer).toMatchObject({ firstname: "Alice", email: "alice@example.org" });
    // plan by name (case as written), plan_id computed from it; the batch the other way round.
    const attrs = (name: string) => state.resources.find((r) => r.type === name && r.mode === "managed")?.instances[0]?.attributes;
    const state = await tf.state();
    expect(attrs("hotspot_account")).toMatchObject({ plan: "1 day", plan_id: 2, customer: { first_name: "Alice", email: "alice@example.org", last_name: null } });
    expect(attrs("hotspot_voucher_batch")).toMatchObject({ plan: "1 Day", plan_id: 2 });
    const guests = server.emulator.state.accounts().filter((a) => a.username.startsWith("tf-guest-"));
    expect(guests).toHaveLength(5);
    // Data sources: the account's live values and the server's price plans.
    const outputs = JSON.parse((await tf.ok(["output", "-json"])).stdout);
    expect(outputs.alice_live_plan.value).toBe(2);
    expect(outputs.alice_live_plan_name.value).toBe("1 Day");
    expect(outputs.plan_count.value).toBe(server.emulator.state.plans().length);
  });

  it("then plans no changes (-detailed-exitcode 0)", async () => {
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
  });

  it("does not report time used by a logged-in user as drift", async () => {
    await server.client.loginAccount({ account: "tf-alice", ip: "10.0.0.7" });
    server.emulator.clock.advance(30 * 60_000);
    const live = await server.client.viewAccount("tf-alice");
    expect(live.timeLeft).toBeLessThan(7200);
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.code).toBe(0);
  });

  it("reports a password changed on the server as drift, and restores it", async () => {
    await server.client.updateAccount("tf-alice", { password: "changed-by-hand" });
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ password\s+= \(sensitive value\)/);
    expect(plan.stdout).not.toContain("changed-by-hand");
    await tf.ok(["apply", "-auto-approve", "-input=false"], env());
    expect((await server.client.viewAccount("tf-alice")).password).toBe(ALICE_PASSWORD);
  });

  it("reports a plan changed on the server as drift by name, and restores it", async () => {
    await server.client.updateAccount("tf-alice", { pricePlanId: 1 });
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ plan\s+= "1 Hour" -> "1 day"/);
    expect(plan.stdout).toMatch(/~ plan_id\s+= 1 -> 2/);
    await tf.ok(["apply", "-auto-approve", "-input=false"], env());
    expect((await server.client.viewAccount("tf-alice")).pricePlanId).toBe(2);
    expect((await tf.run(["plan", "-detailed-exitcode", "-input=false"], env())).code).toBe(0);
  });

  it("updates an edited attribute in place with one updateaccount", async () => {
    tf.write("main.tf", config(server.emulator.url, { dailyTime: "2h" }));
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/hotspot_account\.alice will be updated in-place/);
    expect(plan.stdout).toMatch(/~ daily_time\s+= "1h" -> "2h"/);
    const mark = server.lastSeq();
    await tf.ok(["apply", "-auto-approve", "-input=false"], env());
    const writes = server.emulator.requestLog(mark).filter((e) => !["viewaccount", "getaccountlist", "getpriceplans"].includes(e.command));
    expect(writes.map((e) => e.command)).toEqual(["updateaccount"]);
    expect(writes[0]?.params.dailytime).toBe("7200");
    expect((await server.client.viewAccount("tf-alice")).dailyTime).toBe(7200);
  });

  it("imports an account created by hand", async () => {
    await server.client.generateAccounts({ account: "hand-bob", count: 1, pricePlanId: 1 });
    tf.write("main.tf", config(server.emulator.url, { dailyTime: "2h", withBob: true }));
    await tf.ok(["import", "-input=false", "hotspot_account.bob", "hand-bob"], env());
    const state = await tf.state();
    const bob = state.resources.find((r) => r.type === "hotspot_account" && r.name === "bob");
    expect(bob?.instances[0]?.attributes).toMatchObject({ username: "hand-bob", id: "hand-bob", plan_id: 1, plan: "1 Hour", customer: null, card_wo: null });
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"], env());
    expect(plan.code).toBe(0);
  });

  it("destroys what it manages and nothing else", async () => {
    await server.client.generateAccounts({ account: "not-managed", count: 1, pricePlanId: 1 });
    await tf.ok(["destroy", "-auto-approve", "-input=false"], env());
    const left = server.emulator.state.accounts().map((a) => a.username);
    expect(left).toEqual(["not-managed"]);
  });
});

describeWithTerraform("hotspot_voucher_batch at scale", () => {
  // Each scenario starts its own emulator and working directory, so none depends on another's
  // state or on the order they run in.
  const started: { server: TestServer; tf: TerraformWorkdir }[] = [];
  afterAll(async () => {
    for (const { server, tf } of started) {
      tf.remove();
      await server.stop();
    }
  });

  const batch = (server: TestServer, n: number) => `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
resource "hotspot_voucher_batch" "event" {
  prefix       = "EV-"
  member_count = ${n}
  plan_id      = 1
  type         = "ticket"
  length       = 12
}
`;

  /** A fresh emulator and working directory, initialised, with a batch of `n` applied. */
  async function batchOf(n: number): Promise<{ server: TestServer; tf: TerraformWorkdir; members: string[] }> {
    const server = await startTestServer();
    const tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    started.push({ server, tf });
    tf.write("main.tf", batch(server, n));
    await tf.ok(["init", "-input=false"]);
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    const members = (await tf.state()).resources[0]?.instances[0]?.attributes.usernames as string[];
    expect(members).toHaveLength(n);
    return { server, tf, members };
  }

  it("creates 300 vouchers with one generateaccounts call", async () => {
    const server = await startTestServer();
    const tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
    started.push({ server, tf });
    tf.write("main.tf", batch(server, 300));
    await tf.ok(["init", "-input=false"]);
    const mark = server.lastSeq();
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    const generates = server.emulator.requestLog(mark).filter((e) => e.command === "generateaccounts");
    expect(generates).toHaveLength(1);
    expect(generates[0]?.params.number).toBe("300");
    expect(server.emulator.state.accounts().filter((a) => a.username.startsWith("EV-"))).toHaveLength(300);
    const state = await tf.state();
    expect(state.resources[0]?.instances[0]?.attributes.usernames).toHaveLength(300);
  });

  it("grows with one more generateaccounts and shrinks by removing unused members first", async () => {
    const { server, tf, members: inUse } = await batchOf(300);
    await server.client.loginAccount({ account: inUse[299]!, ip: "10.1.0.1" });
    tf.write("main.tf", batch(server, 310));
    let mark = server.lastSeq();
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect(server.commandsSince(mark).filter((c) => c === "generateaccounts")).toHaveLength(1);
    tf.write("main.tf", batch(server, 295));
    mark = server.lastSeq();
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    expect(server.commandsSince(mark).filter((c) => c === "deleteaccount")).toHaveLength(15);
    expect(server.emulator.state.account(inUse[299]!)).toBeDefined();
    const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
    expect(plan.code).toBe(0);
  });

  it("refuses to delete members in use unless forced", async () => {
    const { server, tf, members } = await batchOf(10);
    for (const u of members.slice(0, 3)) await server.client.loginAccount({ account: u, ip: "10.1.0.2" });
    // Keep only 2: at least one of the in-use members would have to go.
    tf.write("main.tf", batch(server, 2));
    const plan = await tf.run(["plan", "-input=false"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Members in use/);
    expect(plan.stderr).toMatch(/member_count/);
  });
});

describeWithTerraform("configuration errors as diagnostics on the attribute", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  const write = (expires: string, badCustomer = false) =>
    tf.write(
      "main.tf",
      `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
resource "hotspot_account" "bad_expiry" {
  username = "x1"
  expires  = "${expires}"
}
resource "hotspot_account" "bad_plan" {
  username = "x2"
  plan_id  = 99
}
resource "hotspot_account" "bad_plan_name" {
  username = "x3"
  plan     = "1 Fortnight"
}
${badCustomer ? 'resource "hotspot_account" "bad_customer" {\n  username = "x4"\n  customer = { sex = "X" }\n}\n' : ""}`,
    );

  it("points a bad expiry and an unknown plan at their attributes, before anything is sent", async () => {
    write("next tuesday", true);
    await tf.ok(["init", "-input=false"]);
    const mark = server.lastSeq();
    let plan = await tf.run(["plan", "-input=false"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Invalid expires[\s\S]*expires\s+= "next tuesday"[\s\S]*is not `never`, a date/);
    // A nested attribute's child is validated like any attribute (terraform shows the resource for a path inside an object).
    expect(plan.stderr).toMatch(/Error: Invalid sex[\s\S]*hotspot_account\.bad_customer[\s\S]*Expected one of "M", "F"; got "X"/);
    write("2099-12-31");
    plan = await tf.run(["plan", "-input=false"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Unknown price plan[\s\S]*plan_id\s+= 99[\s\S]*no price plan with id 99/);
    expect(plan.stderr).toMatch(/Error: Unknown price plan[\s\S]*plan\s+= "1 Fortnight"[\s\S]*no price plan described "1 Fortnight"/);
    for (const out of [plan.stdout, plan.stderr]) expect(out).not.toMatch(/\s+at .+\.(js|ts|cjs):\d+/);
    expect(server.commandsSince(mark).filter((c) => !["getpriceplans", "viewaccount", "getaccountlist"].includes(c))).toEqual([]);
  });
});
