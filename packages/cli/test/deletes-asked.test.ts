// Every delete is one the operator asked for, and the plan shows what it destroys (issue 21, part
// A), through the CLI against a separate emulator process (a proxy distorts answers where said):
// batch membership is proven by the state file, never guessed from a name; removing a batch is a
// shrink to zero; a short generateaccounts answer is settled by reading the server, never by
// generating again; deleted accounts are read; creates run before deletes, and a delete + create
// that look like a rename say so.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} references are YAML text here
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorSuite, hotspot } from "./harness.js";
import { type HostileProxy, startHostileProxy } from "./hostile-proxy.js";

const PASSPHRASE = "Deletes-Asked-Pass-2c71";
// A frozen clock: time left must not tick between a login and the plan on a busy machine.
const suite = emulatorSuite(PASSPHRASE, ["--clock", "2026-11-29 08:00:00"]);
let proxy: HostileProxy;

beforeAll(async () => {
  proxy = await startHostileProxy(suite.emu.url);
});
afterAll(async () => {
  await proxy?.close();
});

const checkout = () => suite.checkout();
const run = (dir: string, args: string[], env: Record<string, string> = {}) => suite.run(dir, args, env);
/** Through the hostile proxy instead of straight to the emulator. */
const viaProxy = (dir: string, args: string[]) => hotspot(args, { cwd: dir, env: { HOTSPOT_URL: proxy.url, HOTSPOT_PASSPHRASE: PASSPHRASE } });
const yaml = (dir: string, body: string) => writeFileSync(join(dir, "hotspot.yaml"), `version: 1\npricePlans:\n  hour: { description: "1 Hour" }\n${body}`);
const exists = async (name: string) => !(await suite.emu.api("viewaccount", { account: name })).includes("does not exist");
const under = async (prefix: string) => {
  const list = await suite.emu.api("getaccountlist", {});
  return [...list.matchAll(/<Username>([^<]*)<\/Username>/g)].map((m) => m[1]!).filter((u) => u.startsWith(prefix)).sort();
};
const consoleMade = (name: string) => suite.emu.api("generateaccounts", { account: name, number: "1", groupplan: "1" });

describe("every delete is one the operator asked for", { timeout: 240_000 }, () => {
  it("1. a batch's members are the accounts its state file made; others under its prefix are strangers (TAKEOVER)", async () => {
    const a = checkout();
    yaml(a, 'ownership:\n  prefixes: ["fx-"]\nbatches:\n  - { prefix: fx-, count: 1, plan: hour }\n');
    const first = await run(a, ["apply", "--auto-approve"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(await under("fx-")).toEqual(["fx-1"]);
    await consoleMade("fx-alice");
    await consoleMade("fx-bob");

    // fx-alice and fx-bob are someone else's: counting them as members (a shrink from 3 to 1) is
    // a takeover, marked and refused.
    const planned = await run(a, ["plan"]);
    expect(planned.code, planned.stdout).toBe(1);
    expect(planned.stdout).toContain("# TAKEOVER: 2 of these members never created, imported or adopted by this state file");
    expect(planned.stdout).toMatch(/Error: .*2 account\(s\) under the prefix of batch "fx-" that this state file never created, imported or adopted \(e\.g\. "fx-alice"\).*--allow-takeover/);
    const refused = await run(a, ["apply", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(await under("fx-")).toEqual(["fx-1", "fx-alice", "fx-bob"]);

    // Cards are printed for members only.
    const cards = await run(a, ["vouchers", "print", "--batch", "fx-", "--out", "cards.csv"]);
    expect(cards.code, cards.stderr).toBe(0);
    const csv = readFileSync(join(a, "cards.csv"), "utf8");
    expect(csv).toContain("fx-1");
    expect(csv).not.toContain("fx-alice");
    expect(csv).not.toContain("fx-bob");

    // A fresh state file knows no member at all.
    const b = checkout();
    yaml(b, 'ownership:\n  prefixes: ["fx-"]\nbatches:\n  - { prefix: fx-, count: 1, plan: hour }\n');
    const fresh = await run(b, ["plan", "--json"]);
    expect(fresh.code).toBe(1);
    const batch = JSON.parse(fresh.stdout).changes.find((c: { prefix?: string }) => c.prefix === "fx-");
    expect(batch.takeoverMembers).toBe(3);

    // An older state file that recorded the batch but not its members: the members are the
    // accounts in the form this batch generates (prefix + counter); the others are still strangers.
    const statePath = join(a, ".hotspot", "state.json");
    const state = JSON.parse(readFileSync(statePath, "utf8"));
    for (const s of Object.values(state.servers) as Array<{ batches: Record<string, { members?: string[] }> }>) delete s.batches["fx-"]!.members;
    writeFileSync(statePath, JSON.stringify(state));
    const legacy = await run(a, ["plan", "--json"]);
    expect(legacy.code).toBe(1);
    expect(JSON.parse(legacy.stdout).changes.find((c: { prefix?: string }) => c.prefix === "fx-").takeoverMembers).toBe(2);

    // A person allows it: the strangers are adopted as members (and the batch shrinks back to 1).
    const adopted = await run(a, ["apply", "--auto-approve", "--allow-takeover"]);
    expect(adopted.code, adopted.stdout + adopted.stderr).toBe(0);
    expect(adopted.stdout).toContain("(takeover allowed)");
    expect(await under("fx-")).toHaveLength(1);
    expect((await run(a, ["plan"])).stdout).toContain("No changes.");
  });

  it("2. removing a whole batch is a shrink to zero: members in use are kept unless --force", async () => {
    const c = checkout();
    // A declared account too: the in-use rule alone refuses the plan (not "declares nothing").
    const own = 'ownership:\n  prefixes: ["bz-", "bzlead-"]\naccounts:\n  - { username: bzlead-1, plan: hour }\n';
    yaml(c, `${own}batches:\n  - { prefix: bz-, count: 3, plan: hour }\n`);
    expect((await run(c, ["apply", "--auto-approve"])).code).toBe(0);
    expect(await suite.emu.api("loginaccount", { account: "bz-2" })).toContain("SUCCESS");

    yaml(c, `${own}batches: []\n`);
    const planned = await run(c, ["plan"]);
    expect(planned.code, planned.stdout).toBe(1);
    expect(planned.stdout).toMatch(/! "bz-2" +# online now/);
    expect(planned.stdout).toMatch(/Error: batch bz-: .*1 member\(s\) that are in use \(bz-2\)/);
    expect(planned.stdout).not.toContain("declares nothing");
    const json = JSON.parse((await run(c, ["plan", "--json"])).stdout);
    const change = json.changes.find((x: { prefix?: string }) => x.prefix === "bz-");
    expect(change.action).toBe("delete");
    expect(change.inUseBlocked).toEqual(["bz-2"]);
    expect(change.online).toEqual(["bz-2"]);

    const refused = await run(c, ["apply", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(await under("bz-")).toEqual(["bz-1", "bz-2", "bz-3"]);

    const forced = await run(c, ["apply", "--auto-approve", "--force"]);
    expect(forced.code, forced.stdout + forced.stderr).toBe(0);
    expect(await under("bz-")).toEqual([]);
  });

  it("3. a short generateaccounts answer is settled by reading the server, never by generating again", async () => {
    const d = checkout();
    yaml(d, 'ownership:\n  prefixes: ["TK-"]\nbatches:\n  - { prefix: TK-, count: 4, plan: hour, type: ticket, length: 9 }\n');
    // The answer lists only the first of the accounts the server made.
    proxy.distort = ({ command }) =>
      command === "generateaccounts" ? (body) => body.replace(/(<Account>[\s\S]*?<\/Account>)(?:\s*<Account>[\s\S]*?<\/Account>)+/, "$1") : undefined;
    const since = await suite.emu.lastSeq();
    const applied = await viaProxy(d, ["apply", "--auto-approve"]);
    proxy.distort = () => undefined;
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect((await suite.emu.log(since)).filter((e) => e.command === "generateaccounts")).toHaveLength(1);
    expect(await under("TK-")).toHaveLength(4);
    expect(applied.stdout).toContain("4 created");
    const next = await run(d, ["plan"]);
    expect(next.stdout, next.stderr).toContain("No changes.");
  });

  it("3. an answer that contradicts the request is an error that leaves the server alone", async () => {
    const e = checkout();
    yaml(e, 'ownership:\n  prefixes: ["TQ-"]\nbatches:\n  - { prefix: TQ-, count: 2, plan: hour, type: ticket, length: 9 }\n');
    // The answer names an account the server never made (a third, for a count of 2).
    proxy.distort = ({ command }) =>
      command === "generateaccounts" ? (body) => body.replace("</Accounts>", "<Account><Username>TQ-FORGED1</Username><Password></Password></Account></Accounts>") : undefined;
    const since = await suite.emu.lastSeq();
    const applied = await viaProxy(e, ["apply", "--auto-approve"]);
    proxy.distort = () => undefined;
    expect(applied.code).toBe(1);
    expect((await suite.emu.log(since)).filter((x) => x.command === "generateaccounts")).toHaveLength(1);
    expect(await under("TQ-")).toHaveLength(2);
  });

  it("5. a deleted account is read: plan, time left, quota, expiry, used, online now", async () => {
    const f = checkout();
    const staff = (names: string[]) =>
      `ownership:\n  prefixes: ["gone-"]\naccounts:\n${names.map((n) => `  - { username: ${n}, plan: hour, timeLeft: 5h, quota: 1GB, expires: 2099-01-31T18:00 }\n`).join("")}`;
    yaml(f, staff(["gone-keep", "gone-guest"]));
    expect((await run(f, ["apply", "--auto-approve"])).code).toBe(0);
    expect(await suite.emu.api("loginaccount", { account: "gone-guest" })).toContain("SUCCESS");

    yaml(f, staff(["gone-keep"]));
    const since = await suite.emu.lastSeq();
    const planned = await run(f, ["plan"]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).not.toContain("not read");
    const body = /- account "gone-guest" \{\n([\s\S]*?)\n {4}\}/.exec(planned.stdout)?.[1];
    expect(body, planned.stdout).toBeDefined();
    expect(body).toMatch(/- plan += "1 Hour"/);
    expect(body).toMatch(/- timeLeft += "5h"/);
    expect(body).toMatch(/- quota += "1GB"/);
    expect(body).toMatch(/- expires += "2099-01-31T18:00"/);
    expect(body).toMatch(/- loggedIn += true # logged in now/);
    // One viewaccount for the deleted account, within the plan's read.
    const views = (await suite.emu.log(since)).filter((e) => e.command === "viewaccount" && e.params.account === "gone-guest");
    expect(views).toHaveLength(1);

    const json = JSON.parse((await run(f, ["plan", "--json"])).stdout);
    const change = json.changes.find((c: { username?: string }) => c.username === "gone-guest");
    expect(change.had.map((x: { field: string }) => x.field)).toEqual(expect.arrayContaining(["plan", "timeLeft", "quota", "expires", "loggedIn"]));
    const md = (await run(f, ["plan", "--markdown"])).stdout;
    expect(md).toMatch(/^-\s+timeLeft += "5h"$/m);
    expect(md).not.toContain("not read");
  });

  it("6. creates run before deletes, and a delete + create that look like a rename say so", async () => {
    const g = checkout();
    const staff = (name: string) =>
      `ownership:\n  prefixes: ["staff-"]\naccounts:\n  - { username: ${name}, plan: hour, password: "\${env:HK_PASSWORD}" }\n`;
    const env = { HK_PASSWORD: "Hk-Secret-Pw-91" };
    // Every run through the proxy (one server identity for the state file); it distorts only where said.
    const run = (dir: string, args: string[], extra: Record<string, string>) =>
      hotspot(args, { cwd: dir, env: { HOTSPOT_URL: proxy.url, HOTSPOT_PASSPHRASE: PASSPHRASE, ...extra } });
    yaml(g, staff("staff-housekeeping"));
    expect((await run(g, ["apply", "--auto-approve"], env)).code).toBe(0);

    yaml(g, staff("staff-hk"));
    const planned = await run(g, ["plan"], env);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain("staff-housekeeping → staff-hk looks like a rename");
    expect(planned.stdout).not.toContain(env.HK_PASSWORD);
    const json = JSON.parse((await run(g, ["plan", "--json"], env)).stdout);
    const rename = { from: "staff-housekeeping", to: "staff-hk", same: "password" };
    expect(json.changes.find((c: { username?: string }) => c.username === "staff-hk").rename).toEqual(rename);
    expect(json.changes.find((c: { username?: string }) => c.username === "staff-housekeeping").rename).toEqual(rename);
    expect((await run(g, ["plan", "--markdown"], env)).stdout).toContain("staff-housekeeping → staff-hk looks like a rename");

    // The create fails: the account it replaces is still there (nobody is left without access).
    proxy.distort = ({ command }) => (command === "generateaccounts" ? "<Results><Result><Description>ERROR: database is locked</Description></Result></Results>" : undefined);
    const failed = await run(g, ["apply", "--auto-approve"], env);
    proxy.distort = () => undefined;
    expect(failed.code, failed.stdout).toBe(1);
    expect(failed.stdout).toContain("not deleted: \"staff-hk\", which looks like its new name, was not created");
    expect(await exists("staff-housekeeping")).toBe(true);

    // It succeeds: the create is sent before the delete.
    const since = await suite.emu.lastSeq();
    const applied = await run(g, ["apply", "--auto-approve"], env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    const writes = (await suite.emu.log(since)).filter((e) => e.command === "generateaccounts" || e.command === "deleteaccount").map((e) => e.command);
    expect(writes).toEqual(["generateaccounts", "deleteaccount"]);
    expect(await exists("staff-housekeeping")).toBe(false);
    expect(await exists("staff-hk")).toBe(true);
  });
});
