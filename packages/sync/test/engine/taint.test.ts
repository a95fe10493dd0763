// Taint through the engine: a value from a reference is sensitive in the plan model whatever the
// field — on accounts and batches, declared or inherited from defaults, on both sides of an update
// (the live side may hold the very value applied before) — and no plan document carries it.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML texts hold ${env:…} references
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderJson, renderMarkdown, renderText } from "../../src/render/index.js";
import { type Harness, OWNERSHIP, startHarness } from "./harness.js";

const body = `${OWNERSHIP}defaults:
  expires: "\${env:EXP}"
accounts:
  - username: staff-kim
    plan: day
    customer: { email: "\${env:MAIL}" }
batches:
  - { prefix: CONF-, count: 2, plan: day }
`;

describe("taint in the plan model", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("marks referenced values sensitive on creates and on both sides of an update", async () => {
    const env = { EXP: "2027-03-04T05:06", MAIL: "kim-Env-Mail-71@example.org" };
    const created = await h.plan(await h.config(body, env));
    const kim = created.plan.changes.find((c) => c.resource === "account")!;
    const batch = created.plan.changes.find((c) => c.resource === "batch")!;
    expect(kim.fields).toContainEqual(expect.objectContaining({ field: "customer.email", after: { kind: "sensitive", from: "${env:MAIL}" } }));
    // inherited from defaults, by the account and by the batch
    expect(kim.fields).toContainEqual(expect.objectContaining({ field: "expires", after: { kind: "sensitive", from: "${env:EXP}" } }));
    expect(batch.fields).toContainEqual(expect.objectContaining({ field: "expires", after: { kind: "sensitive", from: "${env:EXP}" } }));
    await h.apply(created);

    const moved = await h.plan(await h.config(body, { ...env, EXP: "2027-05-06T07:08" }));
    const update = moved.plan.changes.find((c) => c.resource === "account" && c.action === "update")!;
    expect(update.fields).toContainEqual(
      expect.objectContaining({ field: "expires", before: { kind: "sensitive" }, after: { kind: "sensitive", from: "${env:EXP}" } }),
    );
    const docs = [renderText(moved.plan), renderJson(moved.plan), renderMarkdown(moved.plan).join("\n"), JSON.stringify(moved.plan)];
    for (const doc of [...docs, renderText(created.plan), renderJson(created.plan)]) {
      for (const secret of ["2027-03-04", "2027-05-06", "kim-Env-Mail-71"]) expect(doc).not.toContain(secret);
    }
  });
});
