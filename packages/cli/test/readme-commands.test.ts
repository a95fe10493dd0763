// The examples' READMEs are run as written: every `pnpm hotspot …` line of their ```sh blocks, in
// order, from a copy of the repository's examples folder, on a pseudo-terminal (script(1)) whose
// input answers the approval prompt as a user would ('yes'). A README whose command no longer
// works fails here.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, cleanEnv, REPO_ROOT, tempDir } from "./harness.js";

/** The `pnpm hotspot` commands of a README's sh blocks, comments dropped. */
function readmeCommands(example: string): string[][] {
  const text = readFileSync(join(REPO_ROOT, "examples", example, "README.md"), "utf8");
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split("\n"))
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line.startsWith("pnpm hotspot "))
    .map((line) => line.slice("pnpm hotspot ".length).split(/\s+/));
}

const quote = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

function onTerminal(cwd: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync("script", ["-qefc", [...CLI, ...args].map(quote).join(" "), "/dev/null"], {
    cwd,
    input: "yes\n",
    env: cleanEnv({ NO_COLOR: "1", TERM: "xterm" }),
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, out: r.stdout.replace(/\r/g, "") };
}

const work = tempDir();
afterAll(() => work.remove());

describe("the examples' README commands run as written", { timeout: 300_000 }, () => {
  for (const example of ["hotel", "event-wifi"]) {
    it(`examples/${example}`, () => {
      cpSync(join(REPO_ROOT, "examples", example), join(work.dir, "examples", example), {
        recursive: true,
        filter: (src) => !src.includes(".hotspot"),
      });
      const commands = readmeCommands(example);
      expect(commands.length).toBeGreaterThan(1);
      for (const args of commands) {
        const r = onTerminal(work.dir, args);
        expect(r.status, `hotspot ${args.join(" ")}\n${r.out}`).toBe(0);
        if (args[0] === "apply") expect(r.out).toContain("Apply complete!");
        if (args.join(" ").startsWith("account view room-101")) {
          expect(r.out).toMatch(/^Username: +room-101$/m);
          expect(r.out).toMatch(/^Password: +\(sensitive\) \(--show-password to reveal\)$/m);
        }
      }
    });
  }
});
