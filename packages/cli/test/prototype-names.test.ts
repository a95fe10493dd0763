// Usernames, sites and price plans named like JavaScript's prototype members are data like any
// other: planned, applied, imported and re-planned through the CLI, with a state file present
// (where `constructor` used to crash: `Cannot read properties of undefined`), none dropped.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML texts hold ${env:…} references
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";

const PASSPHRASE = "Proto-Pass-90b3c4";
const NAMES = ["__proto__", "constructor", "hasOwnProperty", "toString"];
const SITES = ["__proto__", "constructor"];
const PLANS = new Map([["__proto__", "1 Hour"], ["constructor", "1 Day"], ["hasOwnProperty", "1 Week"], ["toString", "1 Hour"]]);
const emus = new Map<string, EmulatorProcess>();
const dirs: Array<{ dir: string; remove: () => void }> = [];

const checkout = () => {
  const t = tempDir();
  dirs.push(t);
  return t.dir;
};
const run = (dir: string, args: string[]) => hotspot(args, { cwd: dir, env: { HOTSPOT_PASSPHRASE: PASSPHRASE } });

function config(expires: string): string {
  const plans = NAMES.map((p) => `      ${p}: { description: "${PLANS.get(p)}" }`).join("\n");
  const accounts = NAMES.map((n) => `      - username: ${n}\n        plan: ${n}\n        expires: ${expires}\n`).join("");
  const site = (s: string) =>
    `  ${s}:\n    server:\n      url: ${emus.get(s)!.url}\n      passphrase: \${env:HOTSPOT_PASSPHRASE}\n    pricePlans:\n${plans}\n    accounts:\n${accounts}`;
  return `version: 1\nsites:\n${SITES.map(site).join("")}`;
}

beforeAll(async () => {
  for (const s of SITES) emus.set(s, await startEmulatorProcess(PASSPHRASE));
}, 60_000);

afterAll(async () => {
  for (const e of emus.values()) await e.stop();
  for (const d of dirs) d.remove();
});

describe("prototype names", { timeout: 180_000 }, () => {
  it("accounts, sites and price plans named __proto__, constructor, hasOwnProperty, toString", async () => {
    const dir = checkout();
    writeFileSync(join(dir, "hotspot.yaml"), config("2099-01-31T18:00"));
    const first = await run(dir, ["apply", "--auto-approve"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    // Each site's apply reported on its own (sites are a fleet: applied concurrently, reported in order).
    expect(first.stdout.split("Apply complete! Accounts: 4 created, 0 updated, 0 deleted.")).toHaveLength(3);
    for (const e of emus.values()) {
      for (const n of NAMES) expect(await e.api("viewaccount", { account: n })).toContain(`<Username>${n}</Username>`);
    }
    const state = JSON.parse(readFileSync(join(dir, ".hotspot", "state.json"), "utf8"));
    for (const server of Object.values(state.servers) as Array<{ accounts: object }>) {
      expect(Object.keys(server.accounts).sort()).toEqual(NAMES);
    }

    // With the state file present: no crash, nothing dropped.
    const again = await run(dir, ["plan"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain("No changes.");

    writeFileSync(join(dir, "hotspot.yaml"), config("2099-02-28T18:00"));
    const planned = await run(dir, ["plan", "--json"]);
    expect(planned.code, planned.stderr).toBe(0);
    const updates = JSON.parse(planned.stdout).changes.filter((c: { action: string }) => c.action === "update");
    expect(updates.map((c: { site: string; username: string }) => `${c.site}/${c.username}`).sort()).toEqual(
      SITES.flatMap((s) => NAMES.map((n) => `${s}/${n}`)).sort(),
    );
    // A saved plan covers the __proto__ account too: changed on the server meanwhile, the plan is stale.
    expect((await run(dir, ["plan", "--site", "__proto__", "--out", "tfplan.json"])).code).toBe(0);
    await emus.get("__proto__")!.api("updateaccount", { account: "__proto__", groupplan: "3" });
    const stale = await run(dir, ["apply", "--site", "__proto__", "tfplan.json"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/1 owned account\(s\) changed: __proto__/);

    // Through saved plans, one site each (site names passed as they are).
    for (const site of SITES) {
      const saved = await run(dir, ["plan", "--site", site, "--out", "tfplan.json"]);
      expect(saved.code, saved.stdout + saved.stderr).toBe(0);
      const updated = await run(dir, ["apply", "--site", site, "tfplan.json"]);
      expect(updated.code, updated.stdout + updated.stderr).toBe(0);
      expect(updated.stdout).toMatch(/Apply complete! Accounts: 0 created, 4 updated, 0 deleted\./);
    }
    expect((await run(dir, ["plan"])).stdout).toContain("No changes.");

    // Imported into a fresh checkout: every name comes back, and plans to no changes.
    const fresh = checkout();
    const url = emus.get("constructor")!.url;
    const imported = await run(fresh, ["import", "--url", url, "--passwords", "omit", "--out", "hotspot.yaml"]);
    expect(imported.code, imported.stderr).toBe(0);
    const yaml = readFileSync(join(fresh, "hotspot.yaml"), "utf8");
    for (const n of NAMES) expect(yaml).toContain(`- username: ${n}\n`);
    const replan = await run(fresh, ["plan"]);
    expect(replan.code, replan.stdout + replan.stderr).toBe(0);
    expect(replan.stdout).toContain("No changes.");
    const imports = JSON.parse(readFileSync(join(fresh, ".hotspot", "state.json"), "utf8"));
    expect((Object.values(imports.servers)[0] as { imported: string[] }).imported).toEqual(NAMES);
  });
});
