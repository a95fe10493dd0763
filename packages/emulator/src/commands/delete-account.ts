// deleteaccount: removes the account; its open sessions are closed first. The session log and
// statistics keep its history (a server's reports do not lose past sales when an account goes).
import { closeSession } from "../state/usage.js";
import { successDocument } from "../xml/results.js";
import type { CommandContext, CommandResult } from "./context.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";

export function deleteAccount(ctx: CommandContext): CommandResult {
  const { store, now } = ctx;
  const username = ctx.params.account();
  if (!store.accounts.has(username)) fail(ACCOUNT_DOES_NOT_EXIST);
  for (const s of store.openSessionsOf(username)) closeSession(store, s, now, "deleted");
  store.deleteAccount(username);
  return { body: successDocument(), summary: "SUCCESS" };
}
