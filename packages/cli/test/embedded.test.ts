// The embedded emulator, asked for with --emulator: the CLI serves it in-process with its state
// under .hotspot/, says so, and plan → apply → plan keeps state between separate runs.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotspot, tempDir } from "./harness.js";

const PASSWORD = "Emb-Pw-6a1d93f2";
let work: { dir: string; remove: () => void };

beforeAll(() => {
  work = tempDir();
  writeFileSync(
    join(work.dir, "hotspot.yaml"),
    [
      "version: 1",
      "ownership:",
      '  prefixes: ["lab-"]',
      "pricePlans:",
      '  hour: { description: "1 Hour" }',
      "accounts:",
      "  - username: lab-one",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a YAML reference, not a template
      "    password: ${env:LAB_PASSWORD}",
      "    plan: hour",
      "    expires: 2099-01-31T18:00",
      "  - username: lab-two",
      "    plan: hour",
      "",
    ].join("\n"),
  );
});

afterAll(() => work?.remove());

describe("validate without the secrets", { timeout: 120_000 }, () => {
  it("names the unset variable, unless --skip-env (pre-commit hooks)", async () => {
    const [strict, skip] = await Promise.all([
      hotspot(["validate"], { cwd: work.dir }),
      hotspot(["validate", "--skip-env"], { cwd: work.dir }),
    ]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("hotspot.yaml:8:15: accounts[0].password: environment variable LAB_PASSWORD is not set");
    expect(skip.code, skip.stderr).toBe(0);
    expect(skip.stdout).toContain("The configuration is valid (1 file: 1 site, 2 accounts)");
  });
});

describe("the embedded emulator (--emulator)", { timeout: 120_000 }, () => {
  it("plan, apply, plan again: state is kept between runs under .hotspot/", async () => {
    const env = { LAB_PASSWORD: PASSWORD };
    const first = await hotspot(["plan", "--emulator", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(first.code, first.stderr).toBe(2);
    expect(first.stderr).toMatch(/Using the embedded HotSpot emulator at http:\/\/127\.0\.0\.1:\d+ \(--emulator\), not a real server; its state is kept in \.hotspot\/emulator-state\.json/);
    expect(first.stdout).toContain("Plan: 2 to create, 0 to update, 0 to delete.");

    const applied = await hotspot(["apply", "--emulator", "--auto-approve"], { cwd: work.dir, env });
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Apply complete! Accounts: 2 created, 0 updated, 0 deleted.");
    expect(existsSync(join(work.dir, ".hotspot/emulator-state.json"))).toBe(true);
    expect(existsSync(join(work.dir, ".hotspot/state.json"))).toBe(true);

    const again = await hotspot(["plan", "--emulator", "--detailed-exitcode"], { cwd: work.dir, env });
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^Server: http:\/\/127\.0\.0\.1:\d+ \(the embedded HotSpot emulator, not a real server\)\nSite: default\nConfiguration: hotspot\.yaml\nState file: \.hotspot\/state\.json\n\nNo changes\. The server matches the configuration\.\n$/);

    // The emulated server holds the password (it is the server); the sync state file never does.
    expect(readFileSync(join(work.dir, ".hotspot/emulator-state.json"), "utf8")).toContain(PASSWORD);
    for (const r of [first, applied, again]) expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(readFileSync(join(work.dir, ".hotspot/state.json"), "utf8")).not.toContain(PASSWORD);
  });
});

describe("a plan with errors", { timeout: 120_000 }, () => {
  it("exits 1 even with --detailed-exitcode, and is not saved", async () => {
    const dir = tempDir();
    try {
      writeFileSync(
        join(dir.dir, "hotspot.yaml"),
        ["version: 1", "ownership:", '  prefixes: ["x-"]', "pricePlans:", '  gone: { description: "No Such Plan" }', "accounts:", "  - username: x-one", "    plan: gone", ""].join("\n"),
      );
      const r = await hotspot(["plan", "--emulator", "--detailed-exitcode", "--out", "x.bin"], { cwd: dir.dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Error: .*No Such Plan/m);
      expect(r.stderr).toMatch(/Error: the plan has \d+ errors?; it was not saved/);
      expect(existsSync(join(dir.dir, "x.bin"))).toBe(false);
    } finally {
      dir.remove();
    }
  });
});
