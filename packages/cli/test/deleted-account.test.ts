// A deleted account's plan body lists what is lost (plan, time left/used, quota, expiry, logged in
// now), taken from the read the plan already made: no extra request for it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Deleted-Pass-3b9e01";
// A frozen clock: time left must not tick between the login and the plan on a busy machine.
const suite = emulatorSuite(PASSPHRASE, ["--list-fields", "full", "--clock", "2026-11-29 08:00:00"]);
const work = { dir: suite.checkout() };

const run = (args: string[]) => suite.run(work.dir, args);
const write = (accounts: string[]) =>
  writeFileSync(
    join(work.dir, "hotspot.yaml"),
    [
      "version: 1",
      "ownership:",
      '  prefixes: ["gone-"]',
      "pricePlans:",
      '  hour: { description: "1 Hour" }',
      "accounts:",
      ...accounts.flatMap((a) => [`  - username: ${a}`, "    plan: hour", "    timeLeft: 2h", "    quota: 1GB", "    expires: 2099-01-31T18:00"]),
      "",
    ].join("\n"),
  );

describe("a deleted account", { timeout: 180_000 }, () => {
  it("shows what it had, from the plan's own read", async () => {
    write(["gone-keep", "gone-guest"]);
    const applied = await run(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(await suite.emu.api("loginaccount", { account: "gone-guest" })).toContain("SUCCESS");

    write(["gone-keep"]);
    const before = await suite.emu.lastSeq();
    const planned = await run(["plan"]);
    expect(planned.code, planned.stderr).toBe(0);
    const body = /- account "gone-guest" \{\n([\s\S]*?)\n {4}\}/.exec(planned.stdout)?.[1];
    expect(body, planned.stdout).toBeDefined();
    expect(body).toMatch(/- plan += "1 Hour"/);
    expect(body).toMatch(/- timeLeft += "2h"/);
    expect(body).toMatch(/- quota += "1GB"/);
    expect(body).toMatch(/- expires += "2099-01-31T18:00"/);
    expect(body).toMatch(/- loggedIn += true # logged in now/);
    // What the plan already read: the list (and whatever views the plan needed anyway), nothing more for the delete.
    const reads = (await suite.emu.log(before)).filter((e) => e.params.account === "gone-guest");
    expect(reads).toEqual([]);

    const json = JSON.parse((await run(["plan", "--json"])).stdout);
    const change = json.changes.find((c: { username?: string }) => c.username === "gone-guest");
    expect(change.action).toBe("delete");
    expect(change.had.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(["plan", "timeLeft", "quota", "expires", "loggedIn"]));
    expect((await run(["plan", "--markdown"])).stdout).toMatch(/^-\s+plan += "1 Hour"$/m);

    // What it had moves on with use (time used while logged in): a saved plan still applies as reviewed.
    expect((await run(["plan", "--out", "delete.bin"])).code).toBe(0);
    await suite.emu.advanceClock(600);
    expect(JSON.parse((await run(["plan", "--json"])).stdout).changes.find((c: { username?: string }) => c.username === "gone-guest").had).not.toEqual(change.had);
    const saved = await run(["apply", "--auto-approve", "delete.bin"]);
    expect(saved.code, saved.stdout + saved.stderr).toBe(0);
    expect(saved.stdout).toContain("Apply complete! Accounts: 0 created, 0 updated, 1 deleted.");
  });
});
