// The per-account building blocks the Terraform provider reuses, driven with hand-made model
// objects (no YAML loader), against the emulator over HTTP.
import { type Batch, type DesiredAccount, Secret, wallClock } from "@hotspot-iac/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAccount, deleteAccount, growBatch, readAccount, shrinkBatch, updateAccount } from "../../src/index.js";
import { count, type Harness, startHarness, writes } from "./harness.js";

describe("building blocks", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("create, read, update, delete one account; a lost create answer never duplicates", async () => {
    const now = h.emu.clock.now();
    const alice: DesiredAccount = {
      username: "tf-alice",
      password: Secret.of("tf-pw-1"),
      plan: "day", // resolved to an id by the caller: WireContext.planId
      type: "prepaid",
      expires: { kind: "dateTime", at: wallClock(2026, 12, 31, 18, 0) },
      customer: { email: "a@example.org" },
    };
    h.emu.setFaults({ commands: { generateaccounts: { commitThenFail: 1 } } });
    const created = await createAccount(h.client, alice, { planId: 2, now });
    h.emu.setFaults(undefined);
    expect(created).toMatchObject({ ambiguous: true, followUp: true });
    expect(h.emu.state.accounts()).toHaveLength(1);
    const live = await readAccount(h.client, "tf-alice");
    expect(live).toMatchObject({ username: "tf-alice", pricePlanId: 2, password: "tf-pw-1" });

    const since = h.seq();
    await updateAccount(h.client, { ...alice, customer: { email: "b@example.org" } }, ["customer.email"], { now });
    expect(writes(h.log(since)).map((e) => e.command)).toEqual(["updateaccount"]);
    expect(h.emu.state.account("tf-alice")!.customer.email).toBe("b@example.org");

    await deleteAccount(h.client, "tf-alice");
    await deleteAccount(h.client, "tf-alice"); // already gone: still fine
    expect(await readAccount(h.client, "tf-alice")).toBeUndefined();
  });

  it("grows a batch in one generateaccounts and shrinks it", async () => {
    const batch: Batch = { prefix: "tf-v-", count: 40, type: "ticket", length: 11 };
    const since = h.seq();
    const grown = await growBatch(h.client, batch, { count: 40, startNumber: 1, generate: { type: 2, length: 11 }, existing: [] });
    expect(grown.created).toHaveLength(40);
    expect(count(writes(h.log(since)), "generateaccounts")).toBe(1);
    const failures = await shrinkBatch(h.client, grown.created.slice(0, 15), { concurrency: 4 });
    expect(failures).toEqual([]);
    expect(h.emu.state.accounts()).toHaveLength(25);
  });
});
