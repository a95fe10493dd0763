// Issue 21 case 4: `hotspot import` then `hotspot plan` is "No changes" whatever the server's
// account names look like: text that reads as a reference (`${env:…}`, `$${`), YAML syntax (`#`,
// `:`, quotes, `&`, `*`), unicode, prototype names. The names are made at the server (as at its
// console), imported by the CLI, validated and planned against the same emulator process.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the names hold ${…} on purpose
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Import-Names-5e1a7c";
const suite = emulatorSuite(PASSPHRASE);

const CURATED = [
  "shop-$${x}",
  "shop-${x}",
  "shop-${env:HOME}",
  "shop-${env:HOME:-x}",
  "shop-${file:/etc/passwd}",
  "$${",
  "${",
  "$$",
  "a$",
  "#hash",
  "a#b",
  "x:y",
  "k:",
  '"quoted"',
  "'single'",
  "ünïcödé",
  "名前",
  "emoji-🎉",
  "__proto__",
  "-dash",
  "?q",
  "!tag",
  "&anchor",
  "*alias",
  "@at",
  "%pct",
  "`tick`",
  "[x]",
  "{x}",
  "true",
  "null",
  "123",
  "0x1F",
  "1e3",
  "~",
  "---",
  "|",
  ">",
];

/** Hostile names from a fixed seed: the same sample every run. */
function sampled(): string[] {
  const unit = fc.oneof(
    fc.constantFrom("$", "{", "}", "$${", "${", "${env:", "#", ":", "'", '"', "\\", "-", "?", "&", "*", "!", "|", ">", "%", "@", "`", ",", "[", "]"),
    fc.constantFrom("é", "ß", "名", "🎉", "Ω"),
    fc.constantFrom("a", "b", "HOME", "env", "file", "x", "1", "0"),
  );
  const name = fc.array(unit, { minLength: 1, maxLength: 8 }).map((parts) => parts.join("").slice(0, 40));
  return fc.sample(name, { seed: 21, numRuns: 40 });
}

describe("hotspot import of hostile account names", { timeout: 180_000 }, () => {
  it("round-trips every name: import, validate, then plan says No changes", async () => {
    const seen = new Set<string>();
    const names = [...CURATED, ...sampled()].filter((n) => {
      const key = n.toLowerCase(); // the server compares names case-insensitively
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (const account of names) {
      const answer = await suite.emu.api("generateaccounts", { account, number: "1", groupplan: "1" });
      expect(answer, account).not.toMatch(/<Error>|error/i);
    }

    const dir = suite.checkout();
    const imported = await suite.run(dir, ["import", "--passwords", "omit", "--out", "hotspot.yaml"]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const yaml = readFileSync(join(dir, "hotspot.yaml"), "utf8");
    expect(yaml).toContain("username: shop-$$${x}"); // a literal `${` is written escaped

    const validated = await suite.run(dir, ["validate"]);
    expect(validated.code, validated.stdout + validated.stderr).toBe(0);
    const plan = await suite.run(dir, ["plan", "--json"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    const changes = JSON.parse(plan.stdout).changes.filter((c: { action: string }) => c.action !== "no-op");
    expect(changes).toEqual([]);
    const text = await suite.run(dir, ["plan"]);
    expect(text.stdout).toContain("No changes.");
  });
});
