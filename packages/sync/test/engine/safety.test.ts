// What must never happen: a bad read turning into deletes, a plan deleting or rewriting most of
// what we own without --force, a stale saved plan applied, a secret written to disk.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applySaved, PlanAbortedError, PlanRefusedError, savePlan, StalePlanError } from "../../src/index.js";
import { readSavedPlan } from "../../src/savedplan/saved-plan.js";
import { type Harness, OWNERSHIP, PASSPHRASE, startHarness, writes } from "./harness.js";

const staff = (n: number, extra = "") =>
  `${OWNERSHIP}accounts:\n${Array.from({ length: n }, (_, i) => `  - username: staff-${i + 1}\n    password: \${env:STAFF_PASSWORD}\n    plan: day\n${extra}`).join("")}`;
const ENV = { STAFF_PASSWORD: "Distinct-Staff-Pw-7f3a91" };

describe("safety", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("an empty list after applies aborts the plan instead of planning re-creation; --force plans anyway", async () => {
    const config = await h.config(staff(3), ENV);
    await h.converge(config);
    await h.emu.reset();
    await expect(h.plan(config)).rejects.toMatchObject({ name: "PlanAbortedError", code: "empty-read", forceable: true });
    const forced = await h.plan(config, { force: true });
    expect(forced.plan.summary.create).toBe(3);
  });

  it("a failed read aborts: no plan, no deletes", async () => {
    const config = await h.config(staff(3), ENV);
    await h.converge(config);
    h.emu.setFaults({ commands: { getaccountlist: { http500: 1 } } });
    const since = h.seq();
    const err = await h.plan(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlanAbortedError);
    expect((err as PlanAbortedError).code).toBe("read-failed");
    expect((err as Error).message).not.toContain(PASSPHRASE);
    h.emu.setFaults({ commands: { viewaccount: { drop: 1 } } });
    await expect(h.plan(config)).rejects.toMatchObject({ code: "read-failed" });
    expect(writes(h.log(since))).toEqual([]);
  });

  it("refuses deleting more than 30% of owned accounts unless forced", async () => {
    await h.converge(await h.config(staff(12), ENV));
    const fewer = await h.config(staff(8), ENV); // 4 of 12 = 33%
    const planned = await h.plan(fewer);
    expect(planned.plan.diagnostics).toContainEqual(expect.objectContaining({ code: "safety-threshold", severity: "error", forceable: true }));
    const since = h.seq();
    await expect(h.apply(planned)).rejects.toBeInstanceOf(PlanRefusedError);
    expect(writes(h.log(since))).toEqual([]);
    const result = await h.apply(planned, { force: true });
    expect(result.ok).toBe(true);
    expect(h.emu.state.accounts()).toHaveLength(8);
  });

  it("refuses updating more than 30% of owned accounts unless forced", async () => {
    await h.converge(await h.config(staff(12), ENV));
    const planned = await h.plan(await h.config(staff(12, "    expires: 2027-01-01\n"), ENV));
    expect(planned.plan.summary.update).toBe(12);
    await expect(h.apply(planned)).rejects.toThrow(/updates 12 of 12 owned accounts/);
  });

  it("refuses deleting everything when the configuration declares nothing", async () => {
    await h.converge(await h.config(staff(3), ENV));
    const planned = await h.plan(await h.config(`${OWNERSHIP}accounts: []\n`));
    expect(planned.plan.diagnostics).toContainEqual(expect.objectContaining({ code: "safety-threshold", message: expect.stringMatching(/declares nothing/) }));
    await expect(h.apply(planned)).rejects.toBeInstanceOf(PlanRefusedError);
    expect(h.emu.state.accounts()).toHaveLength(3);
  });

  it("a saved plan applies when nothing changed, and is refused as stale when the server changed", async () => {
    const config = await h.config(staff(3), ENV);
    const file = join(h.dir, "plan.json");
    await savePlan(file, await h.plan(config));
    const result = await applySaved({ saved: await readSavedPlan(file), config, client: h.client, serverUrl: h.emu.url, passphrase: PASSPHRASE, statePath: h.statePath, now: () => h.emu.clock.now() });
    expect(result.ok).toBe(true);
    expect(h.emu.state.accounts()).toHaveLength(3);

    const edited = await h.config(staff(3, "    expires: 2027-02-01\n"), ENV);
    await savePlan(file, await h.plan(edited));
    await h.client.updateAccount("staff-2", { download: 1234 }); // someone changes the server meanwhile
    const since = h.seq();
    const err = await applySaved({ saved: await readSavedPlan(file), config: edited, client: h.client, serverUrl: h.emu.url, passphrase: PASSPHRASE, statePath: h.statePath }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StalePlanError);
    expect((err as StalePlanError).differences.join("\n")).toMatch(/1 owned account\(s\) changed: staff-2/);
    expect(writes(h.log(since))).toEqual([]);
  });

  it("a saved plan is refused when a secret in the configuration changed", async () => {
    const config = await h.config(staff(2), ENV);
    const file = join(h.dir, "plan.json");
    await savePlan(file, await h.plan(config));
    const changed = await h.config(staff(2), { STAFF_PASSWORD: "Another-Secret-Value-55" });
    const err = await applySaved({ saved: await readSavedPlan(file), config: changed, client: h.client, serverUrl: h.emu.url, passphrase: PASSPHRASE, statePath: h.statePath }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StalePlanError);
    expect((err as Error).message).toMatch(/staff-1\/password/);
    expect((err as Error).message).not.toContain("Another-Secret-Value-55");
  });

  it("the state file, the saved plan and the plan JSON never contain a secret", async () => {
    const secrets = {
      STAFF_PASSWORD: "Distinct-Staff-Pw-7f3a91",
      CARD: "4111-9999-8888-7777",
      CVV: "987-cvv-XYZ",
    };
    const body = `${OWNERSHIP}accounts:
  - username: staff-rich
    password: \${env:STAFF_PASSWORD}
    plan: day
    card:
      number: \${env:CARD}
      cvv2: \${env:CVV}
      type: visa
    customer: { email: rich@example.org }
`;
    const config = await h.config(body, secrets);
    const planned = await h.plan(config);
    const file = join(h.dir, "plan.json");
    await savePlan(file, planned);
    await h.apply(planned);
    expect(h.emu.state.account("staff-rich")!.card.ccnumber).toBe(secrets.CARD);
    await savePlan(file, await h.plan(await h.config(body.replace("rich@example.org", "r@example.org"), secrets)));

    const texts = [await readFile(h.statePath, "utf8"), await readFile(file, "utf8"), JSON.stringify(planned.plan)];
    for (const f of await readdir(join(h.dir, ".hotspot"))) texts.push(await readFile(join(h.dir, ".hotspot", f), "utf8"));
    for (const text of texts) {
      for (const s of [...Object.values(secrets), PASSPHRASE]) expect(text).not.toContain(s);
    }
  });
});
