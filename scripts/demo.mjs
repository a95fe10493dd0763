#!/usr/bin/env node
// The README's main job: plan, apply, plan again against the embedded HotSpot emulator, using the
// conference example in examples/event-wifi. Runs in a fresh temporary working folder (state file
// and emulator state live there), so every run starts from an empty server.
//
//   pnpm demo            # or: node scripts/demo.mjs [--keep]
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages/cli/src/bin/hotspot.ts");
const tsx = fileURLToPath(import.meta.resolve("tsx/esm"));
const example = join(root, "examples/event-wifi");
const keep = process.argv.includes("--keep");

const work = mkdtempSync(join(tmpdir(), "hotspot-demo-"));
const state = join(work, ".hotspot", "state.json");

// Against the embedded emulator, asked for with --emulator (without it and without a server URL the
// CLI refuses to run): no passphrase needed (the example's passwords fall back to demo values;
// plans show them as "(sensitive value)").
// The state file (what was last applied) goes to the temporary folder, not into examples/.
const env = { ...process.env, HOTSPOT_STATE: state };
delete env.HOTSPOT_URL;
delete env.HOTSPOT_PASSPHRASE;

const shown = relative(process.cwd(), example) || ".";
const common = ["-f", example, "--emulator"];

function step(title, args, expected) {
  const pretty = ["hotspot", ...args.map((a) => (a === example ? shown : a))];
  process.stdout.write(`\n== ${title}\n$ ${pretty.join(" ")}\n\n`);
  const r = spawnSync(process.execPath, ["--import", tsx, bin, ...args], { cwd: work, env, stdio: "inherit" });
  if (!expected.includes(r.status ?? -1)) {
    process.stderr.write(`\ndemo: step "${title}" exited with ${r.status} (expected ${expected.join(" or ")})\n`);
    process.exit(1);
  }
  return r.status;
}

process.stdout.write(`Working folder: ${work} (the embedded emulator and the state file keep their data there)\n`);
try {
  step("1. Plan: what would change on a fresh server", ["plan", ...common, "--detailed-exitcode"], [2]);
  step("2. Apply it (approved in advance for the demo)", ["apply", ...common, "--auto-approve"], [0]);
  step("3. Plan again: the server now matches the configuration", ["plan", ...common, "--detailed-exitcode"], [0]);
  process.stdout.write(
    `\nDone: the second plan found no changes (exit code 0 with --detailed-exitcode).\n` +
      (keep ? `Working folder kept: ${work}\n` : ""),
  );
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
