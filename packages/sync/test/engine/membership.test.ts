// A batch's members are proven by the state file (plan/members.ts), never guessed from a name:
// strangers under the prefix are a takeover; a grow killed after its generateaccounts leaves a
// `growing` mark that proves what it made; a state file from before member lists counts the names
// in the batch's generated form.
import { readFile, writeFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, OWNERSHIP, startHarness } from "./harness.js";

const batch = (n: number) => `${OWNERSHIP}batches:\n  - prefix: CONF-\n    count: ${n}\n    plan: day\n`;

type StateJson = { servers: Record<string, { batches: Record<string, { members?: string[]; growing?: unknown }> }> };

describe("batch membership", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ listFields: "full" });
  });
  afterEach(async () => {
    await h.close();
  });

  const editState = async (edit: (entry: { members?: string[]; growing?: unknown }) => void) => {
    const state = JSON.parse(await readFile(h.statePath, "utf8")) as StateJson;
    for (const s of Object.values(state.servers)) edit(s.batches["CONF-"]!);
    await writeFile(h.statePath, JSON.stringify(state));
  };

  it("counts only the accounts the state file made; a stranger is refused, then adopted when allowed", async () => {
    const config = await h.config(batch(2));
    expect((await h.converge(config)).result.ok).toBe(true);
    await h.client.generateAccounts({ account: "CONF-guest", count: 1 });

    const refused = await h.plan(config);
    const change = refused.plan.changes.find((c) => c.resource === "batch")!;
    expect(change).toMatchObject({ countBefore: 3, takeoverMembers: 1 });
    expect(refused.plan.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "takeover", message: expect.stringContaining('(e.g. "CONF-guest")') }));

    const allowed = await h.plan(config, { allowTakeover: true });
    expect(allowed.plan.diagnostics).toContainEqual(expect.objectContaining({ severity: "warning", code: "takeover" }));
    expect((await h.apply(allowed)).ok).toBe(true);
    // Adopted: the next plan knows every member.
    expect((await h.plan(config)).plan.diagnostics.filter((d) => d.code === "takeover")).toEqual([]);
  });

  it("a grow killed after its generateaccounts: the growing mark proves what it made", async () => {
    const config = await h.config(batch(2));
    await h.converge(config);
    // As a kill leaves it: the mark written before the request, the members made, nothing recorded.
    await editState((entry) => {
      entry.growing = { fields: [], from: 3 };
    });
    await h.client.generateAccounts({ account: "CONF-", count: 2, startNumber: 3 });
    const p = await h.plan(await h.config(batch(4)));
    expect(p.plan.diagnostics.filter((d) => d.code === "takeover")).toEqual([]);
    const change = p.plan.changes.find((c) => c.resource === "batch");
    expect(change).toMatchObject({ countBefore: 4, countAfter: 4 });
    expect(change).not.toHaveProperty("takeoverMembers");
  });

  it("a state file without member lists: names in the batch's generated form are members, others strangers", async () => {
    const config = await h.config(batch(2));
    await h.converge(config);
    await h.client.generateAccounts({ account: "CONF-guest", count: 1 });
    await editState((entry) => {
      delete entry.members;
    });
    const p = await h.plan(config);
    expect(p.plan.changes.find((c) => c.resource === "batch")).toMatchObject({ countBefore: 3, takeoverMembers: 1 });
  });
});
