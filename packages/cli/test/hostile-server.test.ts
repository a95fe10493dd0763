// A hostile (or broken) server, through the CLI: a proxy in front of a separate emulator process
// distorts answers. An incomplete account list is detected through the names the state file knows
// and refused; a record for another account is never taken as the one asked for; a delete
// answered "does not exist" is reported as already gone, not as a deletion.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";
import { DOES_NOT_EXIST, type HostileProxy, startHostileProxy, withoutAccounts } from "./hostile-proxy.js";

const PASSPHRASE = "Hostile-Pass-77c1e0";
let emu: EmulatorProcess;
let proxy: HostileProxy;
let work: { dir: string; remove: () => void };

const run = (args: string[]) => hotspot(args, { cwd: work.dir, env: { HOTSPOT_URL: proxy.url, HOTSPOT_PASSPHRASE: PASSPHRASE } });
const write = (body: string) => writeFileSync(join(work.dir, "hotspot.yaml"), `version: 1\n${body}`);
const stateText = () => readFileSync(join(work.dir, ".hotspot", "state.json"), "utf8");
const requests = async (since: number, command: string) => (await emu.log(since)).filter((e) => e.command === command);

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  proxy = await startHostileProxy(emu.url);
  work = tempDir();
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await emu?.stop();
  work?.remove();
});

const BATCH = `ownership:
  prefixes: ["vip-"]
pricePlans:
  hour: { description: "1 Hour" }
batches:
  - prefix: vip-
    count: 20
    plan: hour
`;

describe("a hostile server", { timeout: 180_000 }, () => {
  it("an account list that leaves out known batch members is refused, never filled with duplicates", async () => {
    write(BATCH);
    expect((await run(["apply", "--auto-approve"])).code).toBe(0);
    expect(JSON.parse(stateText()).servers).toBeDefined();

    // The normal path costs nothing extra: at most one viewaccount per owned account (list has names only).
    let since = await emu.lastSeq();
    const clean = await run(["plan"]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toContain("No changes.");
    expect((await requests(since, "viewaccount")).length).toBeLessThanOrEqual(20);

    // The list leaves out two members that still exist.
    proxy.distort = ({ command }) => (command === "getaccountlist" ? (body) => withoutAccounts(body, (u) => u === "vip-3" || u === "vip-17") : undefined);
    since = await emu.lastSeq();
    const refused = await run(["apply", "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/account list is incomplete: it left out 2 account\(s\).*\(e\.g\. "vip-17"\)/);
    expect(refused.stdout).not.toContain("to create");
    expect(await requests(since, "generateaccounts")).toHaveLength(0);
    expect((await run(["plan"])).code).toBe(1);

    // Back to the full list: still 20, nothing to do.
    proxy.distort = () => undefined;
    const after = await run(["plan"]);
    expect(after.stdout).toContain("No changes.");
  });

  it("known accounts really deleted out of band are re-created, with a warning naming them", async () => {
    expect(await emu.api("deleteaccount", { account: "vip-5" })).toContain("SUCCESS");
    const planned = await run(["plan"]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/Warning: 1 account\(s\) this checkout created or adopted are gone from the server \(deleted outside this tool\?\): "vip-5"/);
    expect(planned.stdout).toContain("Plan: 1 to create, 0 to update, 0 to delete.\nBatches: 1 to grow.");
    const applied = await run(["apply", "--auto-approve"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect((await run(["plan"])).stdout).toContain("No changes.");
  });

  it("a batch member found already gone while shrinking is reported so, and forgotten by the state file", async () => {
    write(BATCH.replace("count: 20", "count: 19"));
    // Deleted meanwhile by someone else: the server runs the delete and answers "does not exist".
    proxy.distort = ({ command }) => (command === "deleteaccount" ? () => DOES_NOT_EXIST : undefined);
    const r = await run(["apply", "--auto-approve"]);
    proxy.distort = () => undefined;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("Accounts: 0 created, 0 updated, 0 deleted, 1 already gone.");
    const again = await run(["plan"]);
    expect(again.stdout).toContain("No changes.");
    expect(again.stdout).not.toContain("gone from the server");
  });

  it("a viewaccount answered with another account's record is a protocol error: no account is believed created", async () => {
    work.remove();
    work = tempDir(); // a checkout of its own: the batch above is not this one's business
    write(`ownership:\n  prefixes: ["ops-"]\npricePlans:\n  hour: { description: "1 Hour" }\naccounts:\n  - username: ops-keep\n    plan: hour\n  - username: ops-other\n    plan: hour\n`);
    expect((await run(["apply", "--auto-approve"])).code).toBe(0);
    write(`ownership:\n  prefixes: ["ops-"]\npricePlans:\n  hour: { description: "1 Hour" }\naccounts:\n  - username: ops-keep\n    plan: hour\n  - username: ops-other\n    plan: hour\n  - username: ops-new\n    plan: hour\n`);
    // The create's answer is lost (nothing sent upstream); reading back, the server answers for ops-other.
    proxy.distort = ({ command, params }) => {
      if (command === "generateaccounts") return { drop: true };
      if (command === "viewaccount" && params.get("account") === "ops-new") {
        return () => "<Accounts><Account><Username>ops-other</Username><Password>x</Password><TimeLeft>3600</TimeLeft></Account></Accounts>";
      }
      return undefined;
    };
    const r = await run(["apply", "--auto-approve"]);
    proxy.distort = () => undefined;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ account "ops-new": .*viewaccount: the answer does not match the request \(an account record for "ops-other" in answer to a request about "ops-new"\)/);
    expect(r.stdout).not.toContain("1 created");
    expect(Object.keys(JSON.parse(stateText()).servers[Object.keys(JSON.parse(stateText()).servers)[0]!].accounts)).not.toContain("ops-new");
  });

  it("a delete answered \"does not exist\" is reported as already gone, not as deleted", async () => {
    write(`ownership:\n  prefixes: ["ops-"]\npricePlans:\n  hour: { description: "1 Hour" }\naccounts:\n  - username: ops-keep\n    plan: hour\n`);
    proxy.distort = ({ command }) => (command === "deleteaccount" ? DOES_NOT_EXIST : undefined);
    const r = await run(["apply", "--auto-approve"]);
    proxy.distort = () => undefined;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("Plan: 0 to create, 0 to update, 1 to delete.");
    expect(r.stdout).toContain("Accounts: 0 created, 0 updated, 0 deleted, 1 already gone.");
    expect(r.stdout).toMatch(/Warning: 1 account\(s\) to delete were already gone \(deleted outside this tool\?\): "ops-other"/);
    expect(r.stderr).toMatch(/account "ops-other" was already gone/);
  });
});
