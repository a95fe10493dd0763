// Without -f the CLI finds hotspot.yaml as git finds its repository: in the working folder, then in
// each folder above it. From a subfolder it says (on stderr) which file it uses, and the state file
// stays next to that configuration.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotspot, tempDir } from "./harness.js";

let work: { dir: string; remove: () => void };
let project: string;
let sub: string;

beforeAll(() => {
  work = tempDir();
  project = join(work.dir, "project");
  sub = join(project, "docs", "notes");
  mkdirSync(sub, { recursive: true });
  writeFileSync(
    join(project, "hotspot.yaml"),
    ["version: 1", "ownership:", '  prefixes: ["up-"]', "pricePlans:", '  hour: { description: "1 Hour" }', "accounts:", "  - username: up-one", "    plan: hour", ""].join("\n"),
  );
});

afterAll(() => work?.remove());

describe("finding hotspot.yaml (no -f)", { timeout: 120_000 }, () => {
  it("from a subfolder: uses the project's file, says which on stderr, keeps state beside it", async () => {
    const validate = await hotspot(["validate"], { cwd: sub });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain("The configuration is valid (1 file: 1 site, 1 account)");
    expect(validate.stderr).toContain(`Using ${join(project, "hotspot.yaml")} (found above the working folder)`);

    const applied = await hotspot(["apply", "--emulator", "--auto-approve"], { cwd: sub });
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Apply complete! Accounts: 1 created, 0 updated, 0 deleted.");
    expect(existsSync(join(project, ".hotspot", "state.json"))).toBe(true);
    expect(existsSync(join(sub, ".hotspot"))).toBe(false);
  });

  it("in the working folder itself: no note", async () => {
    const validate = await hotspot(["validate"], { cwd: project });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stderr).toBe("");
  });

  it("nowhere up to the filesystem root: exit 1, naming -f and the file to create", async () => {
    const lonely = join(work.dir, "elsewhere");
    mkdirSync(lonely);
    const validate = await hotspot(["validate"], { cwd: lonely });
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(`no configuration found: pass -f FILE|DIR, or create hotspot.yaml in ${lonely} (or a folder above it)`);
  });
});
