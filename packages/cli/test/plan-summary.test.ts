// The plan's summary counts accounts (batch members included) in Terraform's words, lists batch
// changes on their own line, agrees across text, Markdown and JSON, and the apply report that
// follows counts what the plan said.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";

const PASSPHRASE = "Summary-Pass-7c41e2";
const suite = emulatorSuite(PASSPHRASE);
const work = { dir: suite.checkout() };

const run = (args: string[]) => suite.run(work.dir, args);
const write = (batches: Array<[string, number]>, accounts: string[]) =>
  writeFileSync(
    join(work.dir, "hotspot.yaml"),
    [
      "version: 1",
      "ownership:",
      '  prefixes: ["sum-"]',
      "pricePlans:",
      '  hour: { description: "1 Hour" }',
      `accounts:${accounts.length ? "" : " []"}`,
      ...accounts.flatMap((a) => [`  - username: ${a}`, "    plan: hour"]),
      `batches:${batches.length ? "" : " []"}`,
      ...batches.flatMap(([prefix, count]) => [`  - prefix: ${prefix}`, `    count: ${count}`, "    plan: hour"]),
      "",
    ].join("\n"),
  );

const lastLines = (text: string, n: number) => text.trimEnd().split("\n").slice(-n);

describe("plan summary", { timeout: 180_000 }, () => {
  it("counts accounts, batch members included; batch changes get their own line; apply reports the same", async () => {
    // A new batch of 50 plus 3 accounts (and a second batch of 80): 133 accounts to create.
    write([["sum-grow-", 50], ["sum-shrink-", 80]], ["sum-a", "sum-b", "sum-c"]);
    const planned = await run(["plan", "--out", "first.bin"]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(lastLines(planned.stdout, 2)).toEqual(["Plan: 133 to create, 0 to update, 0 to delete.", "Batches: 2 to create."]);
    const md = await run(["plan", "--markdown"]);
    expect(md.stdout).toContain("### HotSpot plan: 133 to create, 0 to update, 0 to delete\n");
    expect(md.stdout).toContain("Plan: 133 to create, 0 to update, 0 to delete.  \nBatches: 2 to create.\n");
    const json = JSON.parse((await run(["plan", "--json"])).stdout);
    expect(json.accounts).toEqual({ create: 133, update: 0, delete: 0 });
    expect(json.batches).toEqual({ create: 2, grow: 0, shrink: 0, update: 0, delete: 0 });

    const applied = await run(["apply", "--auto-approve", "first.bin"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stderr).toContain("Plan: 133 to create, 0 to update, 0 to delete.");
    expect(applied.stdout).toContain("Apply complete! Accounts: 133 created, 0 updated, 0 deleted.");

    // Grow 50 -> 60 and shrink 80 -> 60: 10 to create, 20 to delete, two batches resized.
    write([["sum-grow-", 60], ["sum-shrink-", 60]], ["sum-a", "sum-b", "sum-c"]);
    const resized = await run(["apply", "--auto-approve"]);
    expect(resized.code, resized.stdout + resized.stderr).toBe(0);
    expect(resized.stdout).toContain("Plan: 10 to create, 0 to update, 20 to delete.\nBatches: 1 to grow, 1 to shrink.\n");
    expect(resized.stdout).toContain("Apply complete! Accounts: 10 created, 0 updated, 20 deleted.");

    // A new batch of 50 and 3 new accounts: 53 to create.
    write([["sum-grow-", 60], ["sum-shrink-", 60], ["sum-new-", 50]], ["sum-a", "sum-b", "sum-c", "sum-d", "sum-e", "sum-f"]);
    const added = await run(["plan", "--json"]);
    expect(JSON.parse(added.stdout).accounts).toEqual({ create: 53, update: 0, delete: 0 });
    const addedApply = await run(["apply", "--auto-approve"]);
    expect(addedApply.stdout).toContain("Plan: 53 to create, 0 to update, 0 to delete.\nBatches: 1 to create.\n");
    expect(addedApply.stdout).toContain("Apply complete! Accounts: 53 created, 0 updated, 0 deleted.");
  });
});
