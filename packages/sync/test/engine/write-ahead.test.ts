// Write-ahead marks of changes never sent: an apply stopped by SIGINT (the abort signal) takes back
// the marks it made ahead for the changes it skipped, so the state file names only accounts it
// created, and the next plan creates the rest.
import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, expect, it } from "vitest";
import { type Harness, OWNERSHIP, startHarness } from "./harness.js";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

it("an interrupted apply leaves no marks for the creates it skipped", async () => {
  const names = ["staff-a", "staff-b", "staff-c", "staff-d", "staff-e"];
  const config = await h.config(`${OWNERSHIP}accounts:\n${names.map((n) => `  - { username: ${n}, plan: hour, customer: { firstName: F-${n} } }`).join("\n")}\n`);
  const stop = new AbortController();
  const result = await h.apply(await h.plan(config), {
    concurrency: 1,
    signal: stop.signal,
    onEvent: (e) => {
      if (e.type === "change-done") stop.abort();
    },
  });
  expect(result.done.flatMap((o) => o.created)).toEqual(["staff-a"]);
  expect(result.skipped).toHaveLength(4);

  const state = JSON.parse(await readFile(h.statePath, "utf8")) as { servers: Record<string, { accounts: Record<string, unknown> }> };
  const [server] = Object.values(state.servers);
  expect(server!.accounts).toEqual({ "staff-a": { created: true, writeOnly: expect.any(Object) } });

  const again = await h.plan(config);
  expect(again.plan.summary).toEqual({ create: 4, update: 0, delete: 0, noop: 1 });
});
