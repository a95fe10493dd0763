// The core promise: plan → apply → plan shows nothing; small edits give exactly the requests
// they need; nothing outside ownership is ever touched.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderText } from "../../src/render/index.js";
import { count, type Harness, OWNERSHIP, startHarness, writes } from "./harness.js";

const ACCOUNTS = `${OWNERSHIP}accounts:
  - username: staff-alice
    password: \${env:ALICE_PASSWORD}
    plan: day
    type: prepaid
    expires: 2026-12-31T18:00
    multilogin: 2
    rates: { download: 2Mbit, upload: 1Mbit }
    customer: { firstName: Alice, lastName: Liddell, email: alice@example.org }
  - username: staff-bob
    password: \${env:BOB_PASSWORD}
    plan: hour
    timeLeft: 2h
  - username: guest-carol
    password: \${env:BOB_PASSWORD}
    plan: hour
`;
const ENV = { ALICE_PASSWORD: "alice-Secr3t-Wonderland", BOB_PASSWORD: "bob-Secr3t-Builder" };

describe("plan → apply → plan", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("a second push produces nothing", async () => {
    const config = await h.config(ACCOUNTS, ENV);
    const first = await h.plan(config);
    expect(first.plan.summary).toEqual({ create: 3, update: 0, delete: 0, noop: 0 });
    const result = await h.apply(first);
    expect(result.failed).toEqual([]);
    expect(result.ok).toBe(true);

    const alice = h.emu.state.account("staff-alice")!;
    expect(alice.password).toBe(ENV.ALICE_PASSWORD);
    expect(alice.multilogins).toBe(2);
    expect(alice.customer.email).toBe("alice@example.org");
    expect(alice.download).toBe(262144);

    const since = h.seq();
    const second = await h.plan(config);
    expect(second.plan.changes.filter((c) => c.action !== "no-op")).toEqual([]);
    expect(second.plan.summary).toEqual({ create: 0, update: 0, delete: 0, noop: 3 });
    expect(second.plan.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(writes(h.log(since))).toEqual([]);
  });

  it("one edited field gives exactly one updateaccount", async () => {
    await h.converge(await h.config(ACCOUNTS, ENV));
    const edited = await h.config(ACCOUNTS.replace("expires: 2026-12-31T18:00", "expires: 2027-01-15T12:00"), ENV);
    const planned = await h.plan(edited);
    const changed = planned.plan.changes.filter((c) => c.action !== "no-op");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ resource: "account", action: "update", username: "staff-alice" });
    expect(changed[0]!.fields.map((f) => f.field)).toEqual(["expires"]);

    const since = h.seq();
    const result = await h.apply(planned);
    expect(result.ok).toBe(true);
    const sent = writes(h.log(since));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ command: "updateaccount", params: expect.objectContaining({ account: "staff-alice", expiredatetime: "202701151200" }) });
    expect((await h.plan(edited)).plan.summary.update).toBe(0);
  });

  it("a changed write-only field is sent once, from the state file's hash", async () => {
    await h.converge(await h.config(ACCOUNTS, ENV));
    const edited = await h.config(ACCOUNTS.replace("alice@example.org", "alice@wonderland.example"), ENV);
    const planned = await h.plan(edited);
    const changed = planned.plan.changes.filter((c) => c.action !== "no-op");
    expect(changed.map((c) => [c.resource === "account" ? c.username : c.prefix, c.fields.map((f) => f.field)])).toEqual([
      ["staff-alice", ["customer.email"]],
    ]);
    // The server never reports a write-only field: the plan says so rather than "known after apply".
    const [email] = changed[0]!.fields;
    expect(email).toMatchObject({ before: { kind: "unreported" }, after: { kind: "value", value: "alice@wonderland.example" } });
    expect(renderText(planned.plan)).toContain('customer.email = (not reported by the server) -> "alice@wonderland.example"');
    const since = h.seq();
    await h.apply(planned);
    expect(writes(h.log(since)).map((e) => e.command)).toEqual(["updateaccount"]);
    expect(h.emu.state.account("staff-alice")!.customer.email).toBe("alice@wonderland.example");
    expect((await h.plan(edited)).plan.summary.update).toBe(0);
  });

  it("a password changed on the server is drift", async () => {
    const config = await h.config(ACCOUNTS, ENV);
    await h.converge(config);
    await h.client.updateAccount("staff-bob", { password: "changed-by-hand" });
    const planned = await h.plan(config);
    const changed = planned.plan.changes.filter((c) => c.action !== "no-op");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ username: "staff-bob", fields: [{ field: "password", before: { kind: "sensitive" }, after: { kind: "sensitive" } }] });
  });

  it("a removed owned account gives one delete; accounts outside ownership are never touched", async () => {
    await h.converge(await h.config(ACCOUNTS, ENV));
    // Created by hand: one outside ownership, one under an owned prefix.
    await h.client.generateAccounts({ account: "lobby-kiosk", count: 1, password: "kiosk-pw" });
    await h.client.generateAccounts({ account: "staff-temp", count: 1, password: "temp-pw" });

    const without = await h.config(ACCOUNTS.replace(/ {2}- username: staff-bob[\s\S]*?timeLeft: 2h\n/, ""), ENV);
    // staff-temp was never created by this state file: deleting it is a takeover, allowed here.
    const planned = await h.plan(without, { allowTakeover: true });
    const deletes = planned.plan.changes.filter((c) => c.action === "delete");
    expect(deletes.map((c) => (c.resource === "account" ? c.username : c.prefix)).sort()).toEqual(["staff-bob", "staff-temp"]);
    expect(deletes.map((c) => c.resource === "account" && c.takeover === true)).toEqual([false, true]);
    // guest-carol is declared (owned by name) and stays; lobby-kiosk is invisible to the plan.
    expect(planned.plan.changes.some((c) => c.resource === "account" && c.username === "lobby-kiosk")).toBe(false);

    const since = h.seq();
    const result = await h.apply(planned);
    expect(result.ok).toBe(true);
    const sent = h.log(since);
    expect(count(sent, "deleteaccount")).toBe(2);
    expect(sent.some((e) => e.params.account === "lobby-kiosk")).toBe(false);
    expect((h.emu.state.account("lobby-kiosk") !== undefined)).toBe(true);
    expect((h.emu.state.account("staff-bob") !== undefined)).toBe(false);
  });

  it("time consumed by a logged-in user is not drift", async () => {
    const config = await h.config(ACCOUNTS, ENV);
    await h.converge(config);
    await h.client.loginAccount({ account: "staff-bob", ip: "10.0.0.7", mac: "aa:bb:cc:dd:ee:ff" });
    h.emu.clock.advance(40 * 60_000);
    const bob = await h.client.viewAccount("staff-bob");
    expect(bob.timeLeft).toBeLessThan(7200);
    expect(bob.timeUsed).toBeGreaterThan(0);
    const planned = await h.plan(config);
    expect(planned.plan.changes.filter((c) => c.action !== "no-op")).toEqual([]);
  });

  it("enforce: [timeLeft] opts in to resetting consumed time", async () => {
    const enforced = ACCOUNTS.replace("    timeLeft: 2h\n", "    timeLeft: 2h\n    enforce: [timeLeft]\n");
    const config = await h.config(enforced, ENV);
    await h.converge(config);
    await h.client.loginAccount({ account: "staff-bob", ip: "10.0.0.7" });
    h.emu.clock.advance(10 * 60_000);
    const planned = await h.plan(config);
    const changed = planned.plan.changes.filter((c) => c.action !== "no-op");
    expect(changed).toHaveLength(1);
    expect(changed[0]!.fields.map((f) => f.field)).toEqual(["timeLeft"]);
  });

  it("an individually declared ticket keeps its exact name", async () => {
    const config = await h.config(`${OWNERSHIP}accounts:\n  - username: staff-ticket-1\n    type: ticket\n    plan: hour\n`);
    const { result } = await h.converge(config);
    expect(result.ok).toBe(true);
    const t = h.emu.state.account("staff-ticket-1");
    expect(t?.type).toBe(2);
    expect(h.emu.state.accounts()).toHaveLength(1);
    expect((await h.plan(config)).plan.summary).toMatchObject({ create: 0, update: 0 });
  });
});
