// Issue 24: a batch's members are the usernames its state records (the state proves membership,
// as the CLI's state file does), and a plan names them. A shrink plans exactly the members that
// stay, in sync's removal order (unused first, highest number first), with their passwords; a
// numbered growth plans the names sync's numbering makes; an account a stranger made under the
// prefix is never counted, deleted or listed, and numbering goes past it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

interface PlannedChange {
  address: string;
  change: { actions: string[]; after: Record<string, unknown>; after_unknown: Record<string, unknown> };
}

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

describeWithTerraform("hotspot_voucher_batch members", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const config = (prefix: string, count: number, extra = "") => `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
}
resource "hotspot_voucher_batch" "b" {
  prefix       = "${prefix}"
  member_count = ${count}
  plan_id      = 1
${extra}}
`;
  const names = (prefix: string) =>
    server.emulator.state
      .accounts()
      .map((a) => a.username)
      .filter((u) => u.startsWith(prefix))
      .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));

  /** The batch's change in a saved plan, as `terraform show -json` gives it. */
  async function savedPlan(): Promise<PlannedChange> {
    await tf.ok(["plan", "-input=false", "-out=tf.plan"]);
    const shown = JSON.parse((await tf.ok(["show", "-json", "tf.plan"])).stdout) as { resource_changes: PlannedChange[] };
    return shown.resource_changes.find((c) => c.address === "hotspot_voucher_batch.b")!;
  }

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  describe("a numbered batch of 20", () => {
    beforeAll(async () => {
      tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
      tf.write("main.tf", config("sh-", 20));
      await tf.ok(["init", "-input=false"]);
      await tf.ok(["apply", "-auto-approve", "-input=false"]);
      expect(names("sh-")).toEqual(range("sh-", 1, 20));
    });
    afterAll(() => tf?.remove());

    it("plans a shrink to 15 as the 15 members that stay (unused first, highest number first), and applies that plan", async () => {
      // sh-20 is in use: the 5 unused members with the highest numbers go instead.
      await server.client.loginAccount({ account: "sh-20", ip: "10.3.0.1" });
      const passwords = (await tf.state()).resources[0]?.instances[0]?.attributes.passwords as Record<string, string>;
      tf.write("main.tf", config("sh-", 15));
      const change = await savedPlan();
      const stay = [...range("sh-", 1, 14), "sh-20"];
      expect(change.change.actions).toEqual(["update"]);
      expect(change.change.after.usernames).toEqual(stay);
      expect(change.change.after_unknown.usernames ?? false).toBe(false);
      expect(change.change.after_unknown.passwords ?? false).toBe(false);
      expect(change.change.after.passwords).toEqual(Object.fromEntries(stay.map((u) => [u, passwords[u]])));
      await tf.ok(["apply", "-input=false", "tf.plan"]);
      expect(names("sh-")).toEqual(stay);
      expect((await tf.state()).resources[0]?.instances[0]?.attributes.usernames).toEqual(stay);
    });

    it("plans a numbered growth as the names sync's numbering makes (after the highest member)", async () => {
      tf.write("main.tf", config("sh-", 17));
      const change = await savedPlan();
      const after = [...range("sh-", 1, 14), "sh-20", "sh-21", "sh-22"];
      expect(change.change.after.usernames).toEqual(after);
      // The new members' passwords are generated: unknown until apply, the others known.
      expect(change.change.after_unknown.passwords).toEqual({ "sh-21": true, "sh-22": true });
      await tf.ok(["apply", "-input=false", "tf.plan"]);
      expect(names("sh-")).toEqual(after);
      expect((await tf.run(["plan", "-detailed-exitcode", "-input=false"])).code).toBe(0);
    });

    it("refuses at plan time to move members to an expiry already past (sync's expired-on-arrival), unless forced", async () => {
      tf.write("main.tf", config("sh-", 17, `  expires      = "2021-01-01"\n`));
      const refused = await tf.run(["plan", "-input=false"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Error: Expired on arrival/);
      expect(refused.stderr).toMatch(/force = true/);
      tf.write("main.tf", config("sh-", 17, `  expires      = "2021-01-01"\n  force        = true\n`));
      const forced = await tf.run(["plan", "-input=false"]);
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).toMatch(/Warning: Expired on arrival/);
    });
  });

  describe("an account a stranger made under the prefix", () => {
    beforeAll(async () => {
      tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
      tf.write("main.tf", config("st-", 3));
      await tf.ok(["init", "-input=false"]);
      await tf.ok(["apply", "-auto-approve", "-input=false"]);
      // Made at the console after terraform made st-1 .. st-3.
      await server.client.generateAccounts({ account: "st-4", count: 1, pricePlanId: 1 });
    });
    afterAll(() => tf?.remove());

    it("is not a member: no change is planned, and the state does not list it", async () => {
      const plan = await tf.run(["plan", "-detailed-exitcode", "-input=false"]);
      expect(plan.code, plan.stdout + plan.stderr).toBe(0);
      await tf.ok(["apply", "-auto-approve", "-input=false", "-refresh-only"]);
      const attrs = (await tf.state()).resources[0]?.instances[0]?.attributes;
      expect(attrs?.usernames).toEqual(range("st-", 1, 3));
      expect(Object.keys(attrs?.passwords as object)).toEqual(range("st-", 1, 3));
    });

    it("is never deleted: a shrink removes members only, growth is numbered past it", async () => {
      const before = await server.client.viewAccount("st-4");
      tf.write("main.tf", config("st-", 2));
      await tf.ok(["apply", "-auto-approve", "-input=false"]);
      expect(names("st-")).toEqual(["st-1", "st-2", "st-4"]);
      tf.write("main.tf", config("st-", 4));
      const change = await savedPlan();
      expect(change.change.after.usernames).toEqual(["st-1", "st-2", "st-5", "st-6"]);
      await tf.ok(["apply", "-input=false", "tf.plan"]);
      expect(names("st-")).toEqual(["st-1", "st-2", "st-4", "st-5", "st-6"]);
      expect((await server.client.viewAccount("st-4")).password).toBe(before.password);
    });

    it("survives destroy; import by prefix adopts it", async () => {
      await tf.ok(["destroy", "-auto-approve", "-input=false"]);
      expect(names("st-")).toEqual(["st-4"]);
      await server.client.generateAccounts({ account: "st-", count: 2, startNumber: 1, pricePlanId: 1 });
      tf.write("main.tf", config("st-", 3));
      await tf.ok(["import", "-input=false", "hotspot_voucher_batch.b", "st-"]);
      expect((await tf.state()).resources[0]?.instances[0]?.attributes.usernames).toEqual(["st-1", "st-2", "st-4"]);
    });
  });

  describe("destroy", () => {
    beforeAll(async () => {
      tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE });
      tf.write("main.tf", config("ds-", 3));
      await tf.ok(["init", "-input=false"]);
      await tf.ok(["apply", "-auto-approve", "-input=false"]);
      await server.client.loginAccount({ account: "ds-2", ip: "10.3.0.2" });
    });
    afterAll(() => tf?.remove());

    it("keeps members in use unless forced, as the CLI keeps a dropped batch's (sync's rule and message)", async () => {
      const refused = await tf.run(["destroy", "-auto-approve", "-input=false"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Error: Members in use/);
      expect(refused.stderr).toMatch(/ds-2/);
      expect(names("ds-")).toEqual(["ds-1", "ds-2", "ds-3"]);
      tf.write("main.tf", config("ds-", 3, "  force        = true\n"));
      await tf.ok(["apply", "-auto-approve", "-input=false"]);
      await tf.ok(["destroy", "-auto-approve", "-input=false"]);
      expect(names("ds-")).toEqual([]);
    });
  });
});
