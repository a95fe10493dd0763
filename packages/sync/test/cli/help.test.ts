// `hotspot --help`, `--version`, unknown commands: what a user types first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hotspot, REPO_ROOT } from "./harness.js";

const version = (JSON.parse(readFileSync(join(REPO_ROOT, "packages/sync/package.json"), "utf8")) as { version: string }).version;

describe("hotspot --help / --version", () => {
  it("--help lists the commands and exits 0", async () => {
    const r = await hotspot(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: hotspot \[options\] \[command\]/);
    for (const cmd of ["plan", "apply", "validate", "emulator"]) expect(r.stdout).toMatch(new RegExp(`\\n  ${cmd} `));
  });

  it("--version prints the package version and exits 0", async () => {
    const r = await hotspot(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("an unknown command prints the error and the help, and exits 1", async () => {
    const r = await hotspot(["plna"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: unknown command 'plna'");
    expect(r.stderr).toContain("(Did you mean plan?)");
    expect(r.stderr).toContain("Usage: hotspot [options] [command]");
    expect(r.stdout).toBe("");
  });

  it("a command's --help documents its flags", async () => {
    const r = await hotspot(["apply", "--help"]);
    expect(r.code).toBe(0);
    for (const flag of ["--auto-approve", "--force", "--concurrency <n>", "-f, --file <path>", "--passphrase-file <file>"]) {
      expect(r.stdout).toContain(flag);
    }
    // A secret never goes on argv: there is no --passphrase flag to put it there.
    expect(r.stdout).not.toMatch(/--passphrase </);
  });
});
