// Issue 21 case 4, the wide sweep: whatever names and price-plan descriptions a server holds,
// import's YAML loads back as exactly those names, passwords and descriptions (serialize → load,
// no server; the CLI test runs a sample of the same names through import then plan).
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: names hold ${…} on purpose
import { type Account, parseConfig, type PricePlan, wallClock } from "@hotspot-iac/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderImportYaml, toImportedDocument } from "../../src/import/index.js";

const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("$", "$$", "{", "}", "$${", "${", "${env:HOME}", "${env:X:-y}", "${file:p}", "#", ":", ": ", "'", '"', "\\", "-", "?", "&", "*", "!", "|", ">", "%", "@", "`", ",", "[", "]", "---", "...") },
  { weight: 2, arbitrary: fc.constantFrom("__proto__", "constructor", "toString", "true", "null", "~", "1e3", "0x1F", "0o7", ".inf", "yes", "no") },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }) },
  { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) },
);
/** A name the model accepts: 1 to 64 characters, no whitespace or control characters. */
const username = fc
  .array(hostile, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join("").replace(/[\s\x00-\x1f\x7f]/g, "").slice(0, 64))
  .filter((n) => n.length > 0 && !/[\s\x00-\x1f\x7f]/.test(n));
const text = fc.array(hostile, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));

function account(name: string, password: string, pricePlanId: number): Account {
  return {
    username: name,
    password,
    timeUsed: 0,
    timeLeft: 3600,
    unlimitedTime: false,
    quota: 0,
    unlimitedQuota: true,
    pricePlanId,
    enableExpire: false,
    expire: wallClock(2026, 11, 30, 12, 0, 41),
    enableDailyTime: false,
    dailyTime: 0,
    enableDailyQuota: false,
    dailyQuota: 0,
    download: 131072,
    upload: 65536,
  };
}

describe("import ⇄ load", () => {
  it("loads back every name, password and price-plan description the server holds", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(username, text), { minLength: 1, maxLength: 8, selector: ([n]) => n.toLowerCase() }),
        fc.uniqueArray(text, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("env" as const, "omit" as const),
        (accounts, descriptions, passwords) => {
          const pricePlans: PricePlan[] = descriptions.map((description, i) => ({ id: i + 1, description }));
          const live = { pricePlans, accounts: accounts.map(([n, pw], i) => account(n, pw, (i % pricePlans.length) + 1)) };
          const doc = toImportedDocument(live, { prefixes: [], ownedPrefixes: [], passwords, factorDefaults: true });
          const yaml = renderImportYaml(doc, { source: "http://test", prefixes: [] });
          const env: Record<string, string> = {};
          const byName = new Map(accounts);
          for (const v of doc.passwordVariables) env[v.variable] = byName.get(v.username)!;
          const site = parseConfig(yaml, "imported.yaml", { env }).sites[0]!;

          expect(site.accounts.map((a) => a.username)).toEqual(doc.usernames);
          expect([...doc.usernames].sort()).toEqual(accounts.map(([n]) => n).sort());
          for (const a of site.accounts) {
            if (passwords === "env" && byName.get(a.username) !== "") expect(a.password?.reveal()).toBe(byName.get(a.username));
            const plan = site.pricePlans[a.plan!]!;
            const id = live.accounts.find((x) => x.username === a.username)!.pricePlanId!;
            const description = pricePlans[id - 1]!.description;
            // Described plans are referenced by description; ambiguous or blank ones by id.
            if ("description" in plan && plan.description !== undefined) expect(plan.description).toBe(description);
            else expect(plan.id).toBe(id);
          }
        },
      ),
      { seed: 2104, numRuns: 400 },
    );
  });
});
