// No takeover by default (octoDNS's allow_takeover), through the CLI: an owned account this state
// file never created, imported or adopted is not deleted unless --allow-takeover or
// ownership.allowTakeover says so. Two configurations sharing an ownership prefix (each with its
// own state file) no longer delete each other's accounts.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Takeover-Pass-5d20a9";
const suite = emulatorSuite(PASSPHRASE);
const checkout = () => suite.checkout();
const run = (dir: string, args: string[]) => suite.run(dir, args);
const write = (dir: string, accounts: string[], extra = "") =>
  writeFileSync(
    join(dir, "hotspot.yaml"),
    `version: 1\nownership:\n  prefixes: ["team-"]\n${extra}pricePlans:\n  hour: { description: "1 Hour" }\naccounts:\n${accounts.map((a) => `  - username: ${a}\n    plan: hour\n`).join("")}`,
  );
const exists = async (name: string) => !(await suite.emu.api("viewaccount", { account: name })).includes("does not exist");

describe("takeover", { timeout: 180_000 }, () => {
  it("two configurations sharing a prefix leave each other's accounts alone unless a person allows it", async () => {
    const a = checkout();
    const b = checkout();
    write(a, ["team-a1", "team-a2"]);
    write(b, ["team-b1"]);
    expect((await run(a, ["apply", "--auto-approve"])).code).toBe(0);

    // B has never seen team-a1/a2: its plan marks their deletes and refuses them.
    const planned = await run(b, ["plan"]);
    expect(planned.code).toBe(1);
    expect(planned.stdout).toContain("# TAKEOVER: this account never created, imported or adopted by this state file");
    expect(planned.stdout).toMatch(
      /Error: the plan would delete 2 owned account\(s\) that this state file never created, imported or adopted \(e\.g\. "team-a1"\): refusing to take them over; .*--allow-takeover/,
    );
    const json = JSON.parse((await run(b, ["plan", "--json"])).stdout);
    expect(json.changes.filter((c: { takeover?: boolean }) => c.takeover).map((c: { username: string }) => c.username)).toEqual(["team-a1", "team-a2"]);
    expect((await run(b, ["plan", "--markdown"])).stdout).toContain("TAKEOVER");

    const refused = await run(b, ["apply", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(await exists("team-a1")).toBe(true);
    expect(await exists("team-b1")).toBe(false); // nothing applied at all

    // A's own plan: team-b1 does not exist yet, and A deletes only what it knows.
    write(a, ["team-a1"]);
    const own = await run(a, ["apply", "--auto-approve"]);
    expect(own.code, own.stdout + own.stderr).toBe(0);
    expect(own.stdout).toContain("Plan: 0 to create, 0 to update, 1 to delete.");
    expect(await exists("team-a2")).toBe(false);

    // A person says so: --allow-takeover deletes it (a warning still says what is taken over).
    const allowed = await run(b, ["apply", "--auto-approve", "--allow-takeover"]);
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0);
    expect(allowed.stdout).toMatch(/Warning: deleting 1 owned account\(s\) that this state file never created, imported or adopted \(e\.g\. "team-a1"\) \(takeover allowed\)/);
    expect(await exists("team-a1")).toBe(false);
    expect(await exists("team-b1")).toBe(true);
  });

  it("ownership.allowTakeover: true in the YAML allows it too", async () => {
    await suite.emu.api("generateaccounts", { account: "team-stray", number: "1" });
    const c = checkout();
    write(c, ["team-b1"], "  allowTakeover: true\n");
    const r = await run(c, ["apply", "--auto-approve"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("(takeover allowed)");
    expect(await exists("team-stray")).toBe(false);
  });

  it("accounts recorded by hotspot import are known: removing one from the imported YAML deletes it", async () => {
    await suite.emu.api("generateaccounts", { account: "team-imp1", number: "1" });
    await suite.emu.api("generateaccounts", { account: "team-imp2", number: "1" });
    const d = checkout();
    const imported = await run(d, ["import", "--prefix", "team-", "--passwords", "omit", "--out", "hotspot.yaml"]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(d, ".hotspot", "state.json"), "utf8")).servers).toBeDefined();
    expect((await run(d, ["plan"])).stdout).toContain("No changes.");

    const yaml = readFileSync(join(d, "hotspot.yaml"), "utf8").replace(/ {2}- username: team-imp2\n(?: {4}.*\n)*/, "");
    writeFileSync(join(d, "hotspot.yaml"), yaml);
    const r = await run(d, ["apply", "--auto-approve"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain("TAKEOVER");
    expect(await exists("team-imp2")).toBe(false);
  });

  it("an apply with nothing to change still adopts the declared accounts it found, once", async () => {
    await suite.emu.api("generateaccounts", { account: "solo-found", number: "1", priceplan: "1" });
    const f = checkout();
    const declare = (name: string) =>
      writeFileSync(join(f, "hotspot.yaml"), `version: 1\nownership:\n  prefixes: ["solo-"]\npricePlans:\n  hour: { description: "1 Hour" }\naccounts:\n  - username: ${name}\n    plan: hour\n`);
    declare("solo-found");
    const first = await run(f, ["apply", "--auto-approve"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("No changes.");
    const statePath = join(f, ".hotspot", "state.json");
    const recorded = readFileSync(statePath, "utf8");
    const sections = Object.values(JSON.parse(recorded).servers as Record<string, { accounts: Record<string, { adopted?: boolean }> }>);
    expect(sections[0]?.accounts["solo-found"]?.adopted).toBe(true);
    // A second no-op apply leaves the committed file as it was.
    expect((await run(f, ["apply", "--auto-approve"])).code).toBe(0);
    expect(readFileSync(statePath, "utf8")).toBe(recorded);

    // Dropped from the YAML later, it is a known account: deleted without --allow-takeover.
    declare("solo-after");
    const r = await run(f, ["apply", "--auto-approve"]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain("TAKEOVER");
    expect(await exists("solo-found")).toBe(false);
  });

  it("a dropped batch deletes only the members this state file knows", async () => {
    const e = checkout();
    const batch = `version: 1\nownership:\n  prefixes: ["crew-"]\npricePlans:\n  hour: { description: "1 Hour" }\naccounts:\n  - username: crew-lead\n    plan: hour\n`;
    writeFileSync(join(e, "hotspot.yaml"), `${batch}batches:\n  - prefix: crew-v\n    count: 3\n    plan: hour\n`);
    expect((await run(e, ["apply", "--auto-approve"])).code).toBe(0);
    await suite.emu.api("generateaccounts", { account: "crew-v99", number: "1" }); // someone else's, under the prefix
    writeFileSync(join(e, "hotspot.yaml"), batch);
    const refused = await run(e, ["plan"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("# TAKEOVER: 1 of these members never created, imported or adopted by this state file");
    expect(refused.stdout).toContain('(e.g. "crew-v99")');
  });
});
