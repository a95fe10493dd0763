// What a plan reports besides changes: unresolvable or mismatching price plans (errors that block
// apply), and write-only fields whose last applied value is unknown (warning, never silent).
import { rm } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanRefusedError } from "../../src/index.js";
import { type Harness, OWNERSHIP, startHarness, writes } from "./harness.js";

const body = `${OWNERSHIP}accounts:
  - username: staff-kim
    password: Kim-pw-44
    plan: day
    multilogin: 3
    customer: { email: kim@example.org }
`;

describe("plan diagnostics", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("a price plan missing on the server, or differing from what is asserted, blocks apply", async () => {
    const missing = await h.config(body.replace('day: { description: "1 Day" }', 'day: { description: "2 Weeks" }'));
    const p1 = await h.plan(missing);
    expect(p1.plan.diagnostics).toContainEqual(
      expect.objectContaining({ severity: "error", code: "price-plan-missing", message: expect.stringMatching(/pricePlans\.day: no price plan described "2 Weeks"/) }),
    );
    await expect(h.apply(p1, { force: true })).rejects.toBeInstanceOf(PlanRefusedError);

    const mismatch = await h.config(body.replace('day: { description: "1 Day" }', 'day: { description: "1 Day", expect: { price: 99 } }'));
    const p2 = await h.plan(mismatch);
    expect(p2.plan.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "price-plan-mismatch", message: expect.stringMatching(/price expected 99, server has 5/) }));
    const since = h.seq();
    await expect(h.apply(p2)).rejects.toBeInstanceOf(PlanRefusedError);
    expect(writes(h.log(since))).toEqual([]);
  });

  it("without a state file write-only fields are assumed in sync with a warning, or re-sent on request", async () => {
    const config = await h.config(body);
    await h.converge(config);
    await rm(h.statePath);
    h.emu.state.account("staff-kim")!.customer.email = "changed@by.hand"; // the server cannot tell us

    const assumed = await h.plan(config);
    expect(assumed.plan.summary).toMatchObject({ update: 0, noop: 1 });
    expect(assumed.plan.diagnostics).toContainEqual(
      expect.objectContaining({ severity: "warning", code: "write-only-unknown", message: expect.stringMatching(/1 account\(s\) declare write-only fields.*no state file/) }),
    );

    const resend = await h.plan(config, { writeOnly: "resend" });
    const fields = resend.plan.changes.flatMap((c) => c.fields.map((f) => f.field));
    expect(fields).toEqual(expect.arrayContaining(["customer.email", "multilogin"]));
    expect(fields).not.toContain("password"); // readable: compared with the server, not re-sent
    await h.apply(resend);
    expect(h.emu.state.account("staff-kim")!.customer.email).toBe("kim@example.org");
    const after = await h.plan(config);
    expect(after.plan.summary.update).toBe(0);
    expect(after.plan.diagnostics.filter((d) => d.code === "write-only-unknown")).toEqual([]);
  });

  it("an apply records the assumed values as the baseline, so the warning is shown once", async () => {
    const config = await h.config(body);
    await h.converge(config);
    await rm(h.statePath);
    const withEdit = await h.config(body.replace("Kim-pw-44", "Kim-pw-45"));
    const planned = await h.plan(withEdit);
    expect(planned.plan.diagnostics.map((d) => d.code)).toContain("write-only-unknown");
    await h.apply(planned);
    const next = await h.plan(withEdit);
    expect(next.plan.diagnostics.map((d) => d.code)).not.toContain("write-only-unknown");
    const changed = await h.plan(await h.config(body.replace("Kim-pw-44", "Kim-pw-45").replace("multilogin: 3", "multilogin: 4")));
    expect(changed.plan.changes.flatMap((c) => c.fields.map((f) => f.field))).toEqual(["multilogin"]);
  });

  it("hashes made with another passphrase are not compared (warning), not mistaken for changes", async () => {
    const config = await h.config(body);
    await h.converge(config);
    const other = await h.plan(config, { passphrase: "a-different-passphrase" });
    expect(other.plan.summary.update).toBe(0);
    expect(other.plan.diagnostics).toContainEqual(expect.objectContaining({ code: "write-only-unknown", message: expect.stringMatching(/another key/) }));
  });
});
