// The main job, as a user runs it: examples/event-wifi planned and applied by the `hotspot` CLI (a
// separate process) against a separate emulator process over real HTTP. The emulator's request log
// is the witness of what was (and was not) sent.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} / ${file:…} references are text here
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { type CliResult, type EmulatorProcess, hotspot, REPO_ROOT, startEmulatorProcess, tempDir } from "./harness.js";

// Distinctive secrets: none of them may ever show up in output, plans or the state file.
const PASSPHRASE = "Pass-7f3a9c1e-PHRASE-qZ";
const PASSWORDS = {
  ALICE_PASSWORD: "Alice-Pw-93c1f0e7",
  BOB_PASSWORD: "Bob-Pw-5d2e8a41",
  CAROL_PASSWORD: "Carol-Pw-c47b19d3",
  DAVE_PASSWORD: "Dave-Pw-0e6f2b95",
};
/** No secret, raw or URL-encoded, in any of the texts. */
function expectAbsent(secrets: string[], texts: string[]): void {
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      for (const text of texts) expect(text.includes(form), `secret ${form} found in: ${text.slice(0, 300)}`).toBe(false);
    }
  }
}

const WRITES = new Set(["generateaccounts", "updateaccount", "deleteaccount", "refillaccount", "loginaccount", "logoutaccount"]);
const ANSI = /\u001b\[\d/;

let emu: EmulatorProcess;
let work: { dir: string; remove: () => void };
const outputs: CliResult[] = [];

async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const r = await hotspot(args, {
    cwd: work.dir,
    env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE, ...PASSWORDS, ...env },
  });
  outputs.push(r);
  return r;
}

/** Requests since `seq`, and the write commands among them. */
async function since(seq: number) {
  const all = await emu.log(seq);
  return { all, writes: all.filter((e) => WRITES.has(e.command)) };
}

function editStaff(edit: (accounts: { get(i: number): unknown; delete(i: number): void }) => void): void {
  const path = join(work.dir, "staff.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  edit(doc.get("accounts") as never);
  writeFileSync(path, doc.toString());
}

function setStaffField(username: string, field: string, value: string): void {
  const path = join(work.dir, "staff.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const accounts = doc.get("accounts") as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
  const account = accounts.items.find((a) => a.get("username") === username);
  if (!account) throw new Error(`no ${username} in staff.yaml`);
  account.set(field, value);
  writeFileSync(path, doc.toString());
}

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  work = tempDir(join(REPO_ROOT, "examples/event-wifi"));
}, 60_000);

afterAll(async () => {
  await emu?.stop();
  work?.remove();
});

// Each step spawns the CLI, which reads 300 vouchers: generous timeouts for busy CI machines.
describe("hotspot plan / apply on examples/event-wifi", { timeout: 180_000 }, () => {
  it("validate accepts the example offline", async () => {
    const before = await emu.lastSeq();
    const r = await cli(["validate", "-f", "."]);
    expect(r.code).toBe(0);
    // the folder's three files, not the one -f argument
    expect(r.stdout).toContain("The configuration is valid (3 files: 1 site, 4 accounts, 1 batch (300 vouchers))");
    expect((await since(before)).all).toEqual([]);
  });

  it("plan shows the creates, exits 2 with --detailed-exitcode, sends only reads, and saves the plan", async () => {
    const before = await emu.lastSeq();
    const r = await cli(["plan", "-f", ".", "--detailed-exitcode", "--out", "plan.bin"]);
    expect(r.code, r.stderr).toBe(2);
    for (const name of ["staff-alice", "staff-bob", "staff-carol", "staff-dave"]) expect(r.stdout).toContain(`+ account "${name}" {`);
    expect(r.stdout).toContain('+ batch "CONF-" {');
    // a referenced password: named by its reference, never its value or its :-default
    expect(r.stdout).toMatch(/\+ password += {1,2}\(sensitive, from \$\{env:ALICE_PASSWORD\}\)/);
    expect(r.stdout.trimEnd().split("\n").slice(-2)).toEqual(["Plan: 304 to create, 0 to update, 0 to delete.", "Batches: 1 to create."]);
    expect(r.stdout).not.toMatch(ANSI); // not a terminal: no colour
    expect(r.stderr).toContain("Saved the plan to: plan.bin");
    expect(r.stderr).toContain("hotspot apply -f . plan.bin");
    const { all, writes } = await since(before);
    expect(writes).toEqual([]);
    expect(new Set(all.map((e) => e.command))).toEqual(new Set(["getpriceplans", "getaccountlist"]));
  });

  it("--json and --markdown print the same plan for scripts and pull requests; show prints the saved one", async () => {
    const [json, md, shown] = await Promise.all([
      cli(["plan", "-f", ".", "--json"]),
      cli(["plan", "-f", ".", "--markdown"]),
      cli(["show", "plan.bin", "--json"]),
    ]);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).changes).toEqual(doc.changes);
    expect(doc.formatVersion).toBe(1);
    expect(doc.summary).toMatchObject({ create: 5, update: 0, delete: 0 });
    expect(doc.changes.find((c: { username?: string }) => c.username === "staff-alice").fields).toContainEqual(
      expect.objectContaining({ field: "password", before: { kind: "absent" }, after: { kind: "sensitive", value: null, from: "${env:ALICE_PASSWORD}" } }),
    );
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith("<!-- hotspot-plan part 1 of 1 -->\n### HotSpot plan: 304 to create, 0 to update, 0 to delete")).toBe(true);
    expect(md.stdout).toContain("<details><summary>Plan details</summary>");
  });

  it("apply of the saved plan creates everything: 300 vouchers in one generateaccounts", async () => {
    const before = await emu.lastSeq();
    const r = await cli(["apply", "-f", ".", "plan.bin"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("Apply complete! Accounts: 304 created, 0 updated, 0 deleted.");
    const { writes } = await since(before);
    const batchCalls = writes.filter((e) => e.command === "generateaccounts" && e.params.account === "CONF-");
    expect(batchCalls).toHaveLength(1);
    expect(batchCalls[0]!.params.number).toBe("300");
    // The declared password reached the server (and, below, nothing else).
    expect(await emu.api("viewaccount", { account: "staff-alice" })).toContain(PASSWORDS.ALICE_PASSWORD);
  });

  it("plan again shows No changes and exits 0 (colour when forced)", async () => {
    await emu.api("generateaccounts", { account: "walkin-guest", number: "1", priceplan: "1" });
    const r = await cli(["plan", "-f", ".", "--detailed-exitcode"], { FORCE_COLOR: "1" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toBe(`Server: ${emu.url}\nSite: default\nConfiguration: hotspot.yaml, staff.yaml, vouchers.yaml\nState file: .hotspot/state.json\n\nNo changes. The server matches the configuration.\n`);
  });

  it("apply without a terminal refuses unless --auto-approve, and sends no write", async () => {
    setStaffField("staff-bob", "expires", "2099-12-07T23:59");
    const before = await emu.lastSeq();
    const r = await cli(["apply", "-f", "."]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: apply needs approval");
    expect((await since(before)).writes).toEqual([]);
  });

  it("one edited field gives exactly one update", async () => {
    const before = await emu.lastSeq();
    const r = await cli(["apply", "-f", ".", "--auto-approve"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('~ account "staff-bob" {');
    expect(r.stdout).toMatch(/~ expires = "\d{4}-\d\d-\d\dT\d\d:\d\d" -> "2099-12-07T23:59"/);
    expect(r.stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete.");
    expect(r.stdout).toContain("Apply complete! Accounts: 0 created, 1 updated, 0 deleted.");
    const { writes } = await since(before);
    expect(writes.map((e) => [e.command, e.params.account])).toEqual([["updateaccount", "staff-bob"]]);
  });

  it("a removed owned account gives one delete", async () => {
    editStaff((accounts) => accounts.delete(3)); // staff-dave
    const before = await emu.lastSeq();
    const r = await cli(["apply", "-f", ".", "--auto-approve"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('- account "staff-dave" {');
    expect(r.stdout).toContain("Plan: 0 to create, 0 to update, 1 to delete.");
    const { writes } = await since(before);
    expect(writes.map((e) => [e.command, e.params.account])).toEqual([["deleteaccount", "staff-dave"]]);
  });

  it("leaves the hand-made account alone, and time used by a logged-in user is not drift", async () => {
    await emu.api("loginaccount", { account: "staff-alice", ip: "10.0.0.7", mac: "00:11:22:33:44:55" });
    await emu.advanceClock(3600);
    const before = await emu.lastSeq();
    const r = await cli(["plan", "-f", ".", "--detailed-exitcode"], { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toBe(`Server: ${emu.url}\nSite: default\nConfiguration: hotspot.yaml, staff.yaml, vouchers.yaml\nState file: .hotspot/state.json\n\nNo changes. The server matches the configuration.\n`); // NO_COLOR beats FORCE_COLOR
    const touched = (await emu.log(0)).filter((e) => e.params.account === "walkin-guest");
    expect(touched.map((e) => e.command)).toEqual(["generateaccounts"]); // only our own creation
    expect((await since(before)).writes).toEqual([]);
    expect(await emu.api("viewaccount", { account: "walkin-guest" })).toContain("<Username>walkin-guest</Username>");
  });

  it("a saved plan gone stale is refused, saying what changed", async () => {
    setStaffField("staff-carol", "expires", "2099-12-08T23:59");
    const saved = await cli(["plan", "-f", ".", "--out", "stale.bin"]);
    expect(saved.code, saved.stderr).toBe(0);
    await emu.api("updateaccount", { account: "staff-alice", expiredate: "20270101" }); // changed by hand meanwhile
    const before = await emu.lastSeq();
    const r = await cli(["apply", "-f", ".", "stale.bin"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: the saved plan is stale");
    expect(r.stderr).toContain("staff-alice");
    expect((await since(before)).writes).toEqual([]);
  });

  it("an invalid configuration gives a located error and sends zero requests", async () => {
    const bad = tempDir();
    try {
      writeFileSync(
        join(bad.dir, "hotspot.yaml"),
        ["version: 1", "ownership:", '  prefixes: ["bad-"]', "accounts:", "  - username: bad-one", "    expires: tomorrow", ""].join("\n"),
      );
      const before = await emu.lastSeq();
      const [validate, plan] = await Promise.all([
        hotspot(["validate"], { cwd: bad.dir }),
        hotspot(["plan", "--detailed-exitcode"], {
          cwd: bad.dir,
          env: { HOTSPOT_URL: emu.url, HOTSPOT_PASSPHRASE: PASSPHRASE },
        }),
      ]);
      outputs.push(validate, plan);
      const located = 'hotspot.yaml:6:14: accounts[0].expires: expected a date like 2026-12-31 or 2026-12-31T18:00, got "tomorrow"';
      for (const r of [validate, plan]) {
        expect(r.code).toBe(1);
        expect(r.stderr.split("\n")).toContain(located);
        expect(r.stderr).toContain("Error: the configuration has 1 error");
        expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      }
      expect((await since(before)).all).toEqual([]);
    } finally {
      bad.remove();
    }
  });

  it("never shows the passphrase or a password: outputs, saved plans, state file", () => {
    const files = ["plan.bin", "stale.bin", ".hotspot/state.json"].map((f) => readFileSync(join(work.dir, f), "utf8"));
    const texts = [...outputs.flatMap((r) => [r.stdout, r.stderr]), ...files];
    expect(outputs.length).toBeGreaterThanOrEqual(12);
    expectAbsent([PASSPHRASE, ...Object.values(PASSWORDS)], texts);
  });
});

// Secrets seeded through every source (environment, files, the passphrase file, URL user-info,
// card and customer fields, a :-default, a default inherited from `defaults`), then every channel
// grepped: validate, plan (text, JSON, Markdown, --debug), saved plans, show, apply (success and
// injected failures), the state and lock files, import. A value from a reference is sensitive
// whatever the field: `customer.firstName: ${env:HOTSPOT_PASSPHRASE}` must not publish it.
describe("every output channel, with secrets seeded through every source", { timeout: 180_000 }, () => {
  const SECRETS = {
    SEC_FIRST: "Env-FirstName-6b1e94",
    SEC_FIRST_TWO: "Env-FirstName-Two-77aa",
    SEC_CITY: "Env-City-Default-83d5",
    SEC_PASSWORD: "Env-Account-Pw-a9f3",
    SEC_CARD_NAME: "Env-Card-Holder-19ab",
    SEC_CARD_NUMBER: "4000-Env-Card-55e1",
    SEC_BAD_SEX: "Env-Bad-Sex-3e0f",
  };
  const FILES = { "secrets/last.txt": "File-LastName-2f7c0a", "secrets/cvv.txt": "File-Cvv-7c2d", "secrets/pass.txt": PASSPHRASE };
  const FALLBACK = "Default-Phone-0c4e";
  const URL_USER = "opUser-4e7b";
  const URL_PASS = "UserInfo-Pw-d2c8";
  const ALL = [PASSPHRASE, ...Object.values(SECRETS), ...Object.values(FILES), FALLBACK, URL_USER, URL_PASS];
  const YAML = [
    "version: 1",
    "ownership:",
    '  prefixes: ["sec-"]',
    "pricePlans:",
    '  hour: { description: "1 Hour" }',
    "defaults:",
    '  customer: { city: "${env:SEC_CITY}" }',
    "accounts:",
    "  - username: sec-alice",
    "    plan: hour",
    "    password: ${env:SEC_PASSWORD}",
    "    customer:",
    "      firstName: ${env:HOTSPOT_PASSPHRASE}",
    "      lastName: ${file:secrets/last.txt}",
    `      phone: \${env:SEC_UNSET:-${FALLBACK}}`,
    "    card: { type: visa, name: \"${env:SEC_CARD_NAME}\", number: \"${env:SEC_CARD_NUMBER}\", cvv2: \"${file:secrets/cvv.txt}\" }",
    "  - username: sec-bob",
    "    plan: hour",
    "    customer: { firstName: \"${env:SEC_FIRST}\" }",
    "",
  ].join("\n");
  const seen: string[] = [];
  let dir: { dir: string; remove: () => void };
  let userInfoUrl: string;

  async function sec(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
    // Commands that talk to the server read the passphrase from a file.
    const offline = args[0] === "validate" || args[0] === "show";
    const r = await hotspot(offline ? args : [...args, "--passphrase-file", "secrets/pass.txt"], {
      cwd: dir.dir,
      env: { HOTSPOT_URL: userInfoUrl, HOTSPOT_PASSPHRASE: PASSPHRASE, ...SECRETS, ...env },
    });
    seen.push(r.stdout, r.stderr);
    return r;
  }
  const file = (name: string) => readFileSync(join(dir.dir, name), "utf8");

  beforeAll(() => {
    dir = tempDir();
    mkdirSync(join(dir.dir, "secrets"));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir.dir, name), `${text}\n`);
    writeFileSync(join(dir.dir, "hotspot.yaml"), YAML);
    userInfoUrl = emu.url.replace("http://", `http://${URL_USER}:${URL_PASS}@`);
  });
  afterAll(() => dir?.remove());

  it("validate, plan (text, JSON, Markdown, --debug) and the saved plan show references, never values", async () => {
    const validate = await sec(["validate"]);
    expect(validate.code, validate.stderr).toBe(0);
    const text = await sec(["plan", "--out", "sec.plan", "--debug"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/\+ customer\.firstName += \(sensitive, from \$\{env:HOTSPOT_PASSPHRASE\}\)/);
    expect(text.stdout).toMatch(/\+ customer\.lastName += {1,2}\(sensitive, from \$\{file:secrets\/last\.txt\}\)/);
    expect(text.stdout).toMatch(/\+ customer\.city += \(sensitive, from \$\{env:SEC_CITY\}\)/); // inherited from defaults
    expect(text.stdout).toMatch(/\+ customer\.phone += \(sensitive, from \$\{env:SEC_UNSET\}\)/); // never the :-default
    const json = await sec(["plan", "--json"]);
    const alice = JSON.parse(json.stdout).changes.find((c: { username?: string }) => c.username === "sec-alice");
    expect(alice.fields).toContainEqual(
      expect.objectContaining({ field: "customer.firstName", after: { kind: "sensitive", value: null, from: "${env:HOTSPOT_PASSPHRASE}" } }),
    );
    expect(alice.sensitive).toEqual(expect.arrayContaining(["password", "customer.firstName", "customer.lastName", "card.number", "card.name"]));
    const md = await sec(["plan", "--markdown"]);
    expect(md.stdout).toContain("(sensitive, from ${env:HOTSPOT_PASSPHRASE})");
    seen.push(file("sec.plan"));
    const shown = await Promise.all([sec(["show", "sec.plan"]), sec(["show", "sec.plan", "--json"]), sec(["show", "sec.plan", "--markdown"])]);
    for (const r of shown) expect(r.code, r.stderr).toBe(0);
  });

  it("validation errors and connection errors name the reference and the host, never a value or user-info", async () => {
    const bad = YAML.replace('firstName: "${env:SEC_FIRST}" }', 'firstName: "${env:SEC_FIRST}", sex: "${env:SEC_BAD_SEX}" }');
    expect(bad).not.toBe(YAML);
    writeFileSync(join(dir.dir, "bad.yaml"), bad);
    const invalid = await sec(["validate", "-f", "bad.yaml", "--debug"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("accounts[1].customer.sex:");
    expect(invalid.stderr).toContain("got the value of ${env:SEC_BAD_SEX}");
    const closed = `http://${URL_USER}:${URL_PASS}@127.0.0.1:9`;
    const refused = await sec(["plan", "--debug"], { HOTSPOT_URL: closed });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("REDACTED@127.0.0.1:9");
  });

  it("apply: success, an injected failure (with --debug), a lock file held meanwhile, then convergence", async () => {
    // A referenced value changed since the plan was saved: its keyed hash says so (the plan shows
    // no value to compare), and nothing is written.
    const before = await emu.lastSeq();
    const stale = await sec(["apply", "sec.plan"], { SEC_FIRST: SECRETS.SEC_FIRST_TWO });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("secret values in the configuration differ from the plan: sec-bob/customer.firstName");
    expect((await since(before)).writes).toEqual([]);

    const applied = await sec(["apply", "sec.plan"]);
    expect(applied.code, applied.stderr).toBe(0);
    seen.push(file(".hotspot/state.json"));

    // sec-bob's first name changes; every updateaccount takes 8 s, then answers HTTP 500. The lock
    // file is read while apply runs: looked for until the apply ends, not for a fixed time.
    await emu.setFaults({ seed: 1, latencyMs: 8_000, commands: { updateaccount: { latency: 1, http500: 1 } } });
    let ended = false;
    const running = sec(["apply", "--auto-approve", "--debug"], { SEC_FIRST: SECRETS.SEC_FIRST_TWO }).finally(() => (ended = true));
    let lock: string | undefined;
    while (lock === undefined && !ended) {
      const name = readdirSync(join(dir.dir, ".hotspot")).find((f) => f.endsWith(".lock"));
      if (name) lock = file(join(".hotspot", name));
      else await new Promise((r) => setTimeout(r, 50));
    }
    const failed = await running;
    await emu.setFaults(null);
    expect(lock, "the lock file was seen while apply ran").toBeDefined();
    seen.push(lock ?? "");
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/✗ account "sec-bob": .+/);
    expect(failed.stdout).toContain("(sensitive, from ${env:SEC_FIRST})");

    const converged = await sec(["apply", "--auto-approve"], { SEC_FIRST: SECRETS.SEC_FIRST_TWO });
    expect(converged.code, converged.stderr).toBe(0);
    seen.push(file(".hotspot/state.json"));
    // The values did reach the server (and, checked below, nothing else).
    const bob = await emu.api("viewaccount", { account: "sec-bob" });
    expect(bob).toContain("sec-bob");
  });

  it("import of the accounts prints no secret", async () => {
    const imported = await sec(["import", "--prefix", "sec-"]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain("sec-alice");
  });

  it("no channel shows any seeded secret: outputs, saved plan, state and lock files", () => {
    expect(seen.length).toBeGreaterThanOrEqual(30);
    expectAbsent(ALL, seen);
  });
});
