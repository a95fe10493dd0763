// Lost answers, deterministically: every write commits and then loses its answer. Apply must read
// back before any retry, so each account exists exactly once and each change is reported done.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { count, type Harness, OWNERSHIP, startHarness, writes } from "./harness.js";

const body = `${OWNERSHIP}accounts:
  - username: staff-ann
    password: Ann-pw-1
    plan: day
    expires: 2026-12-31T18:00
    customer: { email: ann@example.org }
batches:
  - prefix: CONF-
    count: 15
    plan: hour
    type: ticket
`;

describe("ambiguous writes are resolved by reading back", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("a lost generateaccounts answer creates the account and the batch exactly once", async () => {
    const config = await h.config(body);
    h.emu.setFaults({ commands: { generateaccounts: { commitThenFail: 1 } } });
    const events: string[] = [];
    const since = h.seq();
    const planned = await h.plan(config);
    const result = await h.apply(planned, { onEvent: (e) => e.type === "ambiguous" && events.push(`${e.command} ${e.outcome}`) });
    expect(result.failed).toEqual([]);
    expect(events.sort()).toEqual(["generateaccounts committed", "generateaccounts committed"]);
    const sent = h.log(since);
    expect(count(sent, "generateaccounts")).toBe(2); // one each, never re-sent
    expect(h.emu.state.accounts().filter((a) => a.username.startsWith("CONF-"))).toHaveLength(15);
    expect(h.emu.state.account("staff-ann")!.customer.email).toBe("ann@example.org");
    const batchDone = result.done.find((o) => o.change.resource === "batch")!;
    expect(batchDone.created).toHaveLength(15);

    h.emu.setFaults(undefined);
    expect((await h.plan(config)).plan.changes.filter((c) => c.action !== "no-op")).toEqual([]);
  });

  it("a generateaccounts that failed before running is sent again", async () => {
    const config = await h.config(body);
    h.emu.setFaults({ seed: 3, commands: { generateaccounts: { drop: 0.5 } } });
    const result = await h.apply(await h.plan(config));
    expect(result.failed).toEqual([]);
    expect(h.log().some((e) => e.command === "generateaccounts" && e.fault === "drop")).toBe(true);
    expect(h.emu.state.accounts().filter((a) => a.username.startsWith("CONF-"))).toHaveLength(15);
    expect(h.emu.state.account("staff-ann")).toBeDefined();
  });

  it("lost updateaccount and deleteaccount answers: checked by reading back, applied once, reported done", async () => {
    await h.converge(await h.config(body.replace("  - username: staff-ann", "  - username: staff-gone\n    plan: day\n  - username: staff-ann")));
    h.emu.setFaults({ writes: { commitThenFail: 1 } });
    const since = h.seq();
    const edited = body.replace("ann@example.org", "ann@new.example").replace("2026-12-31T18:00", "2027-01-31T18:00");
    const result = await h.apply(await h.plan(await h.config(edited)));
    expect(result.failed).toEqual([]);
    expect(result.done.map((o) => o.ambiguous)).toEqual([1, 1]);
    expect(h.emu.state.account("staff-gone")).toBeUndefined();
    expect(h.emu.state.account("staff-ann")!.customer.email).toBe("ann@new.example");
    const sent = writes(h.log(since));
    expect(count(sent, "deleteaccount")).toBe(1);
    expect(count(sent, "updateaccount")).toBe(1);
    h.emu.setFaults(undefined);
    expect((await h.plan(await h.config(edited))).plan.summary.update).toBe(0);
  });

  it("a write-only update whose every answer is lost is reported failed and re-sent by the next run", async () => {
    await h.converge(await h.config(body));
    const edited = await h.config(body.replace("ann@example.org", "ann@other.example"));
    h.emu.setFaults({ writes: { commitThenFail: 1 } });
    const result = await h.apply(await h.plan(edited));
    expect(result.failed.map((o) => o.change.resource === "account" && o.change.username)).toEqual(["staff-ann"]);
    expect(result.failed[0]!.error).toMatch(/may have been applied/);
    h.emu.setFaults(undefined);
    const again = await h.plan(edited);
    expect(again.plan.changes.filter((c) => c.action !== "no-op").map((c) => c.fields.map((f) => f.field))).toEqual([["customer.email"]]);
    expect((await h.apply(again)).ok).toBe(true);
    expect((await h.plan(edited)).plan.summary.update).toBe(0);
  });
});
