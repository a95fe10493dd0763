// What the CLI says when something is wrong, as a user meets it: which source supplied a refused
// passphrase, an https:// URL against a plain-HTTP server, a plan file that does not exist, a
// misspelt price plan, errors before (and instead of) the changes, and each hint said once.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} references are YAML text here
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Messages-Pass-90d1";
const suite = emulatorSuite(PASSPHRASE);

function config(dir: string, description: string, extra: string[] = []): void {
  const lines = [
    "version: 1",
    "server: { passphrase: '${env:SITE_PASS}' }",
    "ownership:",
    '  prefixes: ["msg-"]',
    "pricePlans:",
    `  hour: { description: "${description}" }`,
    "accounts:",
    "  - { username: msg-a, plan: hour }",
    ...extra,
  ];
  writeFileSync(join(dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

describe("messages", { timeout: 120_000 }, () => {
  it("a refused passphrase names the source that supplied it: --passphrase-file, HOTSPOT_PASSPHRASE or the YAML", async () => {
    const dir = suite.checkout();
    config(dir, "1 Hour");
    writeFileSync(join(dir, "pass.txt"), "not-the-passphrase\n");
    const noEnvPass = { HOTSPOT_PASSPHRASE: undefined };
    const [fromFile, fromEnv, fromYaml] = await Promise.all([
      suite.run(dir, ["plan", "--passphrase-file", "pass.txt"], { ...noEnvPass, SITE_PASS: "x" }),
      suite.run(dir, ["plan"], { HOTSPOT_PASSPHRASE: "wrong-one", SITE_PASS: "x" }),
      suite.run(dir, ["account", "list"], { ...noEnvPass, SITE_PASS: "wrong-too" }),
    ]);
    for (const r of [fromFile, fromEnv, fromYaml]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the server refused: "ERROR: invalid passphrase"');
      expect(r.stderr).not.toMatch(/not-the-passphrase|wrong-one|wrong-too/);
    }
    expect(fromFile.stderr).toContain("The server refused the passphrase from --passphrase-file pass.txt: check that it is this server's.");
    expect(fromEnv.stderr).toContain("The server refused the passphrase from HOTSPOT_PASSPHRASE:");
    expect(fromYaml.stderr).toContain("The server refused the passphrase from server.passphrase in the YAML (${env:SITE_PASS}):");
  });

  it("https:// against a plain-HTTP server asks whether it is http://", async () => {
    const dir = suite.checkout();
    config(dir, "1 Hour");
    const https = suite.emu.url.replace(/^http:/, "https:");
    const r = await suite.run(dir, ["plan"], { HOTSPOT_URL: https, SITE_PASS: "x" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The server does not speak TLS (HTTPS) on that port: is it ${suite.emu.url}?`);
  });

  it("show and apply of a plan file that does not exist say so", async () => {
    const dir = suite.checkout();
    config(dir, "1 Hour");
    const [show, apply] = await Promise.all([
      suite.run(dir, ["show", "nosuch.bin"]),
      suite.run(dir, ["apply", "nosuch.bin"], { SITE_PASS: "x" }),
    ]);
    expect(show.stderr).toBe("Error: nosuch.bin: no such file\n");
    expect(apply.stderr).toBe("Error: nosuch.bin: no such file\n");
    expect([show.code, apply.code]).toEqual([1, 1]);
  });

  it("a state database URL with sslmode=require gets one error line, not pg's 11-line warning", async () => {
    const dir = suite.checkout();
    config(dir, "1 Hour");
    // Nothing listens on port 1: the connection is refused before any TLS.
    const r = await suite.run(dir, ["plan", "--state", "postgres://u:Db-Secret-77@127.0.0.1:1/db?sslmode=require"], { SITE_PASS: PASSPHRASE });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("Error: state database postgres://u:***@127.0.0.1:1/db?sslmode=require: cannot connect: connect ECONNREFUSED 127.0.0.1:1\n");
  });

  it("a price plan missing on the server: did you mean, with file:line:col, before and instead of the changes", async () => {
    const dir = suite.checkout();
    config(dir, "1 Houre");
    const [text, md] = await Promise.all([
      suite.run(dir, ["plan"], { SITE_PASS: "x" }),
      suite.run(dir, ["plan", "--markdown"], { SITE_PASS: "x" }),
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /\n\nError: hotspot\.yaml:6:3: pricePlans\.hour: no price plan described "1 Houre" on the server \(did you mean "1 Hour"\?\) \(it has [^\n]+\)\n\nNo plan: fix the error above first \(the changes are not shown, as they cannot be applied\)\.\n$/,
    );
    expect(text.stdout).not.toContain('account "msg-a"');
    expect(text.stderr).toBe("Error: the plan has 1 error\n");
    expect(md.stdout).toContain("### HotSpot plan: errors, no plan\n");
    expect(md.stdout).not.toContain("<details>");
  });

  it("a forceable error says --force once", async () => {
    const dir = suite.checkout();
    // 12 accounts applied, then 11 of them dropped: deletes over the 30% threshold.
    const accounts = Array.from({ length: 12 }, (_, i) => `  - { username: msg-${i}, plan: hour }`);
    config(dir, "1 Hour", accounts);
    expect((await suite.run(dir, ["apply", "--auto-approve"], { SITE_PASS: "x" })).code).toBe(0);
    config(dir, "1 Hour");
    const [plan, apply] = await Promise.all([
      suite.run(dir, ["plan"], { SITE_PASS: "x" }),
      suite.run(dir, ["apply", "--auto-approve"], { SITE_PASS: "x" }),
    ]);
    for (const r of [plan, apply]) {
      expect(r.code).toBe(1);
      expect((r.stdout + r.stderr).match(/--force/g)?.length, r.stdout + r.stderr).toBe(1);
    }
    expect(plan.stdout).toContain("more than the 30% threshold; use --force to apply anyway\n");
    expect(apply.stderr).toBe("Error: the plan has 1 error; nothing was applied\n");
  });

  it("one unset variable behind 10,000 passwords is one line with its count; a syntax slip is its error and one line after", async () => {
    const dir = suite.checkout();
    const accounts = Array.from({ length: 10_000 }, (_, i) => `  - { username: msg-${i}, plan: hour, password: "\${env:DESK_PW}" }`);
    config(dir, "1 Hour", accounts);
    const unset = await suite.run(dir, ["validate"], { SITE_PASS: "x" });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toBe(
      [
        "hotspot.yaml:9:46: accounts[1].password: environment variable DESK_PW is not set (referenced as ${env:DESK_PW}) (and 9,999 more places: accounts[*].password)",
        "Error: the configuration has 10,000 errors",
        "",
      ].join("\n"),
    );
    config(dir, "1 Hour", ["  - username: msg-b", "\tplan: hour", "  - { username: msg-c, plan: hour }", "  - { username: msg-d, plan: hour }"]);
    const slip = await suite.run(dir, ["validate"], { SITE_PASS: "x" });
    expect(slip.code).toBe(1);
    const lines = slip.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("hotspot.yaml:10:1: invalid YAML: Tabs are not allowed as indentation");
    expect(lines[1]).toMatch(/^hotspot\.yaml:\d+:\d+: invalid YAML: \d+ more errors? from here on may follow from the one before; fix it and validate again$/);
    expect(lines.slice(2)).toEqual(["Error: the configuration has 2 errors"]);
  });

  it("a command that needs only the server takes a reference's :-default when the variable is unset", async () => {
    const dir = suite.checkout();
    const lines = [
      "version: 1",
      `server: { url: "\${env:FRONT_DESK_URL:-${suite.emu.url}}", passphrase: "\${env:SITE_PASS}" }`,
      "ownership:",
      '  prefixes: ["msg-"]',
      "pricePlans:",
      '  hour: { description: "1 Hour" }',
      "accounts:",
      '  - { username: msg-a, plan: hour, password: "${env:STAFF_PW}" }',
    ];
    writeFileSync(join(dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
    // FRONT_DESK_URL and STAFF_PW unset: the URL falls back to its default, the password is not needed.
    const plans = await suite.run(dir, ["plans", "-o", "json"], { HOTSPOT_URL: undefined, HOTSPOT_PASSPHRASE: undefined, SITE_PASS: PASSPHRASE });
    expect(plans.code, plans.stderr).toBe(0);
    expect(JSON.parse(plans.stdout).length).toBeGreaterThan(0);
  });
});
