// A delete-account statement. One that looks like a rename (diff/renames.ts) is not sent when the
// new name's create failed: the venue keeps the old account.
import type { DeleteAccountStatement } from "../../diff/statements.js";
import { deleteAccount } from "../account.js";
import type { RunContext } from "./context.js";
import type { Step } from "./step.js";

export async function runDelete(s: DeleteAccountStatement, run: RunContext, { outcome, policy }: Step): Promise<void> {
  if (s.replacedBy !== undefined && run.notCreated.has(s.replacedBy)) {
    throw new Error(`not deleted: ${JSON.stringify(s.replacedBy)}, which looks like its new name, was not created`);
  }
  const r = await deleteAccount(run.client, s.username, policy);
  delete run.state.accounts[s.username];
  if (r === "gone") outcome.alreadyGone = [s.username];
  else outcome.deleted.push(s.username);
}
