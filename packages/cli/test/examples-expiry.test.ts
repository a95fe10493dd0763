// Issue 21 case 7: an example must never create accounts that are already expired. A fixed date
// in an example rots (the event-wifi demo once created 304 expired accounts), so the YAML examples
// use relative expiries (`in 2d`) or none: any absolute `expires` in them fails this test, and the
// plan of each one is checked for the expired-on-arrival error against a fresh emulator.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseExpiry } from "@hotspot-iac/core";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { emulatorSuite, REPO_ROOT } from "./harness.js";

const EXAMPLES = join(REPO_ROOT, "examples");
const suite = emulatorSuite("Examples-Expiry-3b9d");

function filesOf(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return filesOf(path, re);
    return re.test(name) ? [path] : [];
  });
}

/** Every `expires:` value under `node`, with where it is. */
function expiries(node: unknown, at: string, out: Array<{ at: string; value: unknown }>): void {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) expiries(x, `${at}[${i}]`, out);
  } else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "expires") out.push({ at: `${at}.${k}`, value: v });
      else expiries(v, `${at}.${k}`, out);
    }
  }
}

const configs = filesOf(EXAMPLES, /\.ya?ml$/).filter((f) => /\bversion: 1\b/.test(readFileSync(f, "utf8")));
const exampleDirs = [...new Set(configs.map((f) => relative(EXAMPLES, f).split("/")[0]!))];

describe("examples never create expired accounts", { timeout: 180_000 }, () => {
  it("finds the YAML examples", () => {
    expect(exampleDirs).toEqual(expect.arrayContaining(["event-wifi", "hotel"]));
  });

  it.each(configs.map((f) => relative(REPO_ROOT, f)))("%s declares no absolute expiry (a fixed date rots)", (file) => {
    const found: Array<{ at: string; value: unknown }> = [];
    for (const doc of parseAllDocuments(readFileSync(join(REPO_ROOT, file), "utf8"))) expiries(doc.toJS(), "", found);
    const absolute = found.filter(({ value }) => {
      const e = typeof value === "string" ? parseExpiry(value) : undefined;
      return e?.kind === "date" || e?.kind === "dateTime";
    });
    expect(absolute, `use a relative expiry (in 2d) or never`).toEqual([]);
  });

  it.each(filesOf(EXAMPLES, /\.tf$/).map((f) => relative(REPO_ROOT, f)))("%s sets no absolute expires", (file) => {
    const dates = [...readFileSync(join(REPO_ROOT, file), "utf8").matchAll(/\bexpires\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
    expect(dates.filter((d) => ["date", "dateTime"].includes(parseExpiry(d)?.kind ?? ""))).toEqual([]);
  });

  it.each(["event-wifi", "hotel"])("the plan of examples/%s on a fresh server has no expired-on-arrival error", async (name) => {
    const r = await suite.run(REPO_ROOT, ["plan", "-f", join(EXAMPLES, name), "--json", "--state", join(suite.checkout(), "state.json")], {
      ALICE_PASSWORD: "x-Alice-1",
      BOB_PASSWORD: "x-Bob-1",
      CAROL_PASSWORD: "x-Carol-1",
      DAVE_PASSWORD: "x-Dave-1",
    });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { diagnostics: Array<{ code?: string }> };
    expect(plan.diagnostics.filter((d) => d.code === "expired-on-arrival")).toEqual([]);
  });
});
