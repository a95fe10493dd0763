// An update-account statement: one updateaccount carrying every differing field; the fields sent
// are then known (their hashes recorded) and no longer owed.
import type { UpdateAccountStatement } from "../../diff/statements.js";
import { withImplied } from "../../diff/account.js";
import { updateAccount } from "../account.js";
import type { RunContext } from "./context.js";
import { pick, without } from "./records.js";
import type { Step } from "./step.js";

export async function runUpdate(s: UpdateAccountStatement, run: RunContext, { outcome, policy, marks }: Step): Promise<void> {
  const { username } = s;
  await marks.mark(s);
  await updateAccount(run.client, withImplied(run.accountOf(username), s.implied), s.fields, { planId: s.pricePlanId, now: run.opts.now() }, policy);
  const entry = (run.state.accounts[username] ??= { writeOnly: {} });
  // Sent fields are now known; with an adopted baseline every declared value is recorded.
  entry.writeOnly = s.adoptWriteOnly ? { ...s.writeOnly } : { ...entry.writeOnly, ...pick(s.writeOnly, s.fields) };
  entry.owed = without(entry.owed, s.fields);
  if (entry.creating) {
    // Its create was answered after all (this run found the account): it is ours.
    entry.creating = undefined;
    entry.created = true;
  }
  outcome.updated = 1;
}
