// Issue 21 case 9, as a user meets it: every bound in core's catalogue holds through the CLI. The
// value at each account and batch limit is applied to a separate emulator process (so the server
// accepts what the model accepts) and converges; the value just past it is refused by
// `hotspot validate` with file:line:col and the field, before anything is sent.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML texts hold ${env:…} references
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ACCOUNT_LIMITS, BATCH_LIMITS, CUSTOMER_TEXT_LIMIT } from "@hotspot-iac/core";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Limits-Pass-61c2aa";
const suite = emulatorSuite(PASSPHRASE);
const A = ACCOUNT_LIMITS;
const B = BATCH_LIMITS;

/** One account and two batches with the given settings (YAML lines). */
function config(account: string[], tickets: string[] = [], numbered: string[] = []): string {
  return [
    "version: 1",
    "ownership:",
    '  prefixes: ["L"]',
    "pricePlans:",
    '  hour: { description: "1 Hour" }',
    "accounts:",
    "  - username: L-one",
    "    plan: hour",
    ...account.map((l) => `    ${l}`),
    "batches:",
    "  - prefix: LT",
    "    count: 2",
    "    type: ticket",
    ...tickets.map((l) => `    ${l}`),
    "  - prefix: LN",
    "    count: 2",
    ...numbered.map((l) => `    ${l}`),
    "",
  ].join("\n");
}

describe("limits through the CLI", { timeout: 180_000 }, () => {
  it("the value at every limit is applied by the server and converges", async () => {
    const dir = suite.checkout();
    writeFileSync(
      join(dir, "hotspot.yaml"),
      config(
        [
          "password: ${env:L_PASSWORD}",
          `multilogin: ${A.multilogin.max}`,
          `dailyTime: ${A.dailyTime.max}s`,
          `customer: { firstName: ${"f".repeat(CUSTOMER_TEXT_LIMIT.maxLength)} }`,
        ],
        [`length: ${B.length.max}`],
        [`passwordLength: ${B.passwordLength.max}`, `startNumber: ${B.startNumber.max - 5}`],
      ),
    );
    const env = { L_PASSWORD: "p".repeat(A.password.maxLength) };
    const applied = await suite.run(dir, ["apply", "--auto-approve"], env);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(await suite.emu.api("viewaccount", { account: "L-one" })).toContain(`<Password>${"p".repeat(A.password.maxLength)}</Password>`);
    const again = await suite.run(dir, ["plan", "--detailed-exitcode"], env);
    expect(again.code, again.stdout + again.stderr).toBe(0);
  });

  const past: Array<[string, string, string[], string[], string[]]> = [
    ["password", "accounts[0].password", [`password: ${"p".repeat(A.password.maxLength + 1)}`], [], []],
    ["multilogin", "accounts[0].multilogin", [`multilogin: ${A.multilogin.max + 1}`], [], []],
    ["multilogin (low)", "accounts[0].multilogin", [`multilogin: ${A.multilogin.min - 1}`], [], []],
    ["dailyTime", "accounts[0].dailyTime", [`dailyTime: ${A.dailyTime.max + 1}s`], [], []],
    ["customer text", "accounts[0].customer.firstName", [`customer: { firstName: ${"f".repeat(CUSTOMER_TEXT_LIMIT.maxLength + 1)} }`], [], []],
    ["length", "batches[0].length", [], [`length: ${B.length.max + 1}`], []],
    ["passwordLength", "batches[1].passwordLength", [], [], [`passwordLength: ${B.passwordLength.max + 1}`]],
    ["startNumber", "batches[1].startNumber", [], [], [`startNumber: ${B.startNumber.max + 1}`]],
    ["count", "batches[1].count", [], [], []],
  ];
  it.each(past)("%s past its limit: validate names file:line:col and the field", async (name, path, account, tickets, numbered) => {
    const dir = suite.checkout();
    let text = config(account, tickets, numbered);
    if (name === "count") text = text.replace(/(- prefix: LN\n {4}count: )2/, `$1${B.count.max + 1}`);
    writeFileSync(join(dir, "hotspot.yaml"), text);
    const r = await suite.run(dir, ["validate"]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`hotspot\\.yaml:\\d+:\\d+: ${path.replace(/[.[\]]/g, "\\$&")}: `));
  });
});
