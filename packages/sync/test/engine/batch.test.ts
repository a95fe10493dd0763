// Voucher batches: O(1) growth (one generateaccounts), shrink removes unused members only, and
// members in use are refused unless forced.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { count, type Harness, OWNERSHIP, startHarness, writes } from "./harness.js";

const batchYaml = (n: number, extra = "") => `${OWNERSHIP}batches:
  - prefix: CONF-
    count: ${n}
    plan: day
    type: prepaid
${extra}`;

const members = (h: Harness, prefix = "CONF-") => h.emu.state.accounts().filter((a) => a.username.startsWith(prefix));

describe("batches", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("creates 300 with one generateaccounts, grows 300 → 350 with one more, then plans nothing", async () => {
    // Full list records keep this test fast (no viewaccount per member); read.test.ts covers the Username-only path.
    await h.close();
    h = await startHarness({ listFields: "full" });
    let since = h.seq();
    const { planned, result } = await h.converge(await h.config(batchYaml(300)));
    expect(planned.plan.changes).toHaveLength(1);
    expect(planned.plan.changes[0]).toMatchObject({ resource: "batch", action: "create", countBefore: 0, countAfter: 300 });
    expect(result.ok).toBe(true);
    expect(writes(h.log(since)).map((e) => e.command)).toEqual(["generateaccounts"]);
    expect(members(h)).toHaveLength(300);

    const grown = await h.config(batchYaml(350));
    const p = await h.plan(grown);
    expect(p.plan.changes[0]).toMatchObject({ action: "update", countBefore: 300, countAfter: 350, generate: { count: 50, startNumber: 301, calls: 1 } });
    since = h.seq();
    await h.apply(p);
    const sent = writes(h.log(since));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ command: "generateaccounts", params: expect.objectContaining({ account: "CONF-", number: "50", startnumber: "301" }) });
    expect(members(h)).toHaveLength(350);
    expect(h.emu.state.account("CONF-350")).toBeDefined();

    since = h.seq();
    const again = await h.plan(grown);
    expect(again.plan.changes.filter((c) => c.action !== "no-op")).toEqual([]);
    expect(writes(h.log(since))).toEqual([]);
  });

  it("ticket batches get random codes with one generateaccounts", async () => {
    const since = h.seq();
    await h.converge(await h.config(batchYaml(20).replace("type: prepaid", "type: ticket\n    length: 10")));
    expect(writes(h.log(since)).map((e) => e.command)).toEqual(["generateaccounts"]);
    const m = members(h);
    expect(m).toHaveLength(20);
    for (const a of m) expect(a.username).toMatch(/^CONF-[A-Z0-9]{5}$/);
  });

  it("an absolute expiry is the only per-member cost: one updateaccount per new member", async () => {
    const since = h.seq();
    const { planned } = await h.converge(await h.config(batchYaml(10, "    expires: 2099-12-05T23:00\n")));
    expect(planned.plan.changes[0]).toMatchObject({ generate: { perMemberUpdate: true, perMemberFields: ["expires"] } });
    const sent = writes(h.log(since));
    expect(count(sent, "generateaccounts")).toBe(1);
    expect(count(sent, "updateaccount")).toBe(10);
    expect((await h.plan(await h.config(batchYaml(10, "    expires: 2099-12-05T23:00\n")))).plan.summary.update).toBe(0);
  });

  it("shrinks by deleting unused members only, and refuses members in use unless forced", async () => {
    await h.converge(await h.config(batchYaml(10)));
    // Members 9 and 10 (the first to go) are used.
    await h.client.loginAccount({ account: "CONF-10", ip: "10.0.0.10" });
    await h.client.loginAccount({ account: "CONF-9", ip: "10.0.0.9" });
    h.emu.clock.advance(60_000);
    await h.client.logoutAccount({ account: "CONF-9" });

    const to7 = await h.config(batchYaml(7));
    const p = await h.plan(to7);
    const change = p.plan.changes[0]!;
    expect(change).toMatchObject({ resource: "batch", action: "update", countBefore: 10, countAfter: 7, removeMembers: ["CONF-8", "CONF-7", "CONF-6"], inUseBlocked: [] });
    const since = h.seq();
    await h.apply(p);
    expect(writes(h.log(since)).map((e) => `${e.command} ${e.params.account}`).sort()).toEqual([
      "deleteaccount CONF-6",
      "deleteaccount CONF-7",
      "deleteaccount CONF-8",
    ]);
    expect(members(h).map((a) => a.username).sort()).toEqual(["CONF-1", "CONF-10", "CONF-2", "CONF-3", "CONF-4", "CONF-5", "CONF-9"].sort());

    // Down to 0 unused left to take: 5 unused (1..5) remain, shrinking to 1 needs one member in use.
    const to1 = await h.config(batchYaml(1));
    const refused = await h.plan(to1);
    const c = refused.plan.changes[0]!;
    expect(c).toMatchObject({ removeMembers: ["CONF-5", "CONF-4", "CONF-3", "CONF-2", "CONF-1"], inUseBlocked: ["CONF-10"] });
    expect(refused.plan.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "batch-members-in-use", forceable: true }));
    await expect(h.apply(refused)).rejects.toThrow(/in use/);
    expect(members(h)).toHaveLength(7);

    const forced = await h.plan(to1, { force: true });
    const result = await h.apply(forced, { force: true });
    expect(result.ok).toBe(true);
    expect(members(h).map((a) => a.username)).toEqual(["CONF-9"]);
  });

  it("a batch dropped from the configuration is deleted as one batch change, and only its members", async () => {
    await h.converge(await h.config(`${batchYaml(12)}  - prefix: staff-v-\n    count: 3\n    plan: hour\n`));
    const p = await h.plan(await h.config(batchYaml(12)));
    const changed = p.plan.changes.filter((c) => c.action !== "no-op");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ resource: "batch", action: "delete", prefix: "staff-v-", countBefore: 3, countAfter: 0 });
    const since = h.seq();
    expect((await h.apply(p)).ok).toBe(true);
    expect(count(writes(h.log(since)), "deleteaccount")).toBe(3);
    expect(members(h, "staff-v-")).toEqual([]);
    expect(members(h)).toHaveLength(12);
    expect((await h.plan(await h.config(batchYaml(12)))).plan.changes.filter((c) => c.action !== "no-op")).toEqual([]);
  });
});
