// A create-account statement: generateaccounts (and its follow-up updateaccount, inside
// createAccount). A create answered only halfway records what generateaccounts carried and owes
// the rest.
import type { CreateAccountStatement } from "../../diff/statements.js";
import { createAccount, followUpFields, PartialCreateError } from "../account.js";
import type { RunContext } from "./context.js";
import { pick } from "./records.js";
import type { Step } from "./step.js";

export async function runCreate(s: CreateAccountStatement, run: RunContext, { outcome, policy, marks }: Step): Promise<void> {
  const ctx = { planId: s.pricePlanId, now: run.opts.now() };
  const { username } = s;
  const account = run.accountOf(username);
  const followUp = followUpFields(account, ctx);
  const carried = Object.keys(s.writeOnly).filter((f) => !followUp.includes(f));
  await marks.mark(s);
  try {
    await createAccount(run.client, account, ctx, policy);
    run.state.accounts[username] = { created: true, writeOnly: { ...s.writeOnly } };
  } catch (err) {
    if (err instanceof PartialCreateError) {
      // Exists, but the follow-up was not confirmed: only what generateaccounts carried is applied.
      run.state.accounts[username] = { created: true, writeOnly: pick(s.writeOnly, carried), owed: followUp };
      outcome.created.push(username);
    }
    throw err;
  }
  outcome.created.push(username);
}
