// `hotspot --help`, `--version`, unknown commands: what a user types first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, hotspot, REPO_ROOT } from "./harness.js";

const version = (JSON.parse(readFileSync(join(REPO_ROOT, "packages/cli/package.json"), "utf8")) as { version: string }).version;

// The four runs start together (each spawn costs a Node start-up).
let help: CliResult;
let versionRun: CliResult;
let unknown: CliResult;
let applyHelp: CliResult;
let unknownOption: CliResult;
let typoOption: CliResult;
beforeAll(async () => {
  [help, versionRun, unknown, applyHelp, unknownOption, typoOption] = await Promise.all([
    hotspot(["--help"]),
    hotspot(["--version"]),
    hotspot(["plna"]),
    hotspot(["apply", "--help"]),
    hotspot(["plan", "--passphrase", "x"]),
    hotspot(["apply", "--auto-aprove"]),
  ]);
}, 120_000);

describe("hotspot --help / --version", () => {
  it("--help lists the commands and exits 0", () => {
    const r = help;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: hotspot \[options\] \[command\]/);
    for (const cmd of ["plan", "apply", "show", "validate", "emulator"]) expect(r.stdout).toMatch(new RegExp(`\\n  ${cmd} `));
  });

  it("--version prints the package version and exits 0", () => {
    const r = versionRun;
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it("an unknown command is one line with a suggestion and a pointer to --help (not the whole help), exit 1", () => {
    const r = unknown;
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error: unknown command 'plna' (did you mean plan?)\nRun 'hotspot --help' for usage.\n");
    expect(r.stdout).toBe("");
  });

  it("an unknown option names the option it probably is, and the command's --help", () => {
    const [passphrase, typo] = [unknownOption, typoOption];
    expect(passphrase.code).toBe(1);
    expect(passphrase.stderr).toBe(
      "error: unknown option '--passphrase' (did you mean --passphrase-file?)\nRun 'hotspot plan --help' for usage.\n",
    );
    expect(typo.stderr).toBe("error: unknown option '--auto-aprove' (did you mean --auto-approve?)\nRun 'hotspot apply --help' for usage.\n");
  });

  it("a command's --help documents its flags", () => {
    const r = applyHelp;
    expect(r.code).toBe(0);
    for (const flag of ["--auto-approve", "--force", "--concurrency <n>", "-f, --file <path>", "--passphrase-file <file>"]) {
      expect(r.stdout).toContain(flag);
    }
    // A secret never goes on argv: there is no --passphrase flag to put it there.
    expect(r.stdout).not.toMatch(/--passphrase </);
  });
});
