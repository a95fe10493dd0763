// apply's closing report: accounts counted, every failure and unstarted change listed.
import { describe, expect, it } from "vitest";
import type { ApplyResult, ChangeOutcome } from "@hotspot-iac/sync";
import { applyReport, totals } from "../src/apply-report.js";
import { plainPalette } from "@hotspot-iac/sync";
import { account, batch } from "../../sync/test/render/fixtures.js";

function outcome(partial: Partial<ChangeOutcome> & Pick<ChangeOutcome, "change">): ChangeOutcome {
  return { ok: true, created: [], updated: 0, deleted: [], ambiguous: 0, ...partial };
}

const grown = outcome({ change: batch({ prefix: "CONF-", action: "update", countBefore: 300, countAfter: 302 }), created: ["CONF-301", "CONF-302"] });
const updated = outcome({ change: account({ username: "staff-bob", action: "update" }), updated: 1 });
const deleted = outcome({ change: account({ username: "staff-dave", action: "delete" }), deleted: ["staff-dave"] });

describe("applyReport", () => {
  it("counts accounts, not changes, when everything worked", () => {
    const result: ApplyResult = { ok: true, done: [grown, updated, deleted], failed: [], skipped: [] };
    expect(totals([result])).toEqual({ created: 2, updated: 1, deleted: 1, gone: 0 });
    expect(applyReport([result], plainPalette)).toEqual({
      ok: true,
      text: "\nApply complete! Accounts: 2 created, 1 updated, 1 deleted.\n",
    });
  });

  it("lists each failure and each change an interrupt left unstarted", () => {
    const failed = outcome({ change: account({ username: "staff-eve", action: "create" }), ok: false, error: "generateaccounts: HTTP 500" });
    const result: ApplyResult = {
      ok: false,
      done: [updated],
      failed: [failed],
      skipped: [account({ username: "staff-zed", action: "create" })],
    };
    const report = applyReport([result], plainPalette);
    expect(report.ok).toBe(false);
    expect(report.text.split("\n")).toEqual([
      "",
      "Apply incomplete: 1 change done, 1 failed, 1 not started (interrupted). Accounts: 0 created, 1 updated, 0 deleted.",
      '  ✗ account "staff-eve": generateaccounts: HTTP 500',
      '  - account "staff-zed": not started',
      "Nothing else was touched. Run apply again to retry: it converges.",
      "",
    ]);
  });
});
