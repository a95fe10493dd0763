// getaccountlist: every account in creation order; Username only (as seen), or full viewaccount
// records when the emulator runs with listFields 'full' ([ours]).
import { accountsDocument, usernameOnlyXml } from "../xml/accounts.js";
import { viewXml } from "./account-view.js";
import type { CommandContext, CommandResult } from "./context.js";
import { plural } from "../plural.js";

export function getAccountList(ctx: CommandContext): CommandResult {
  const accounts = [...ctx.store.accounts.values()];
  const xml = accounts.map((a) => (ctx.listFields === "full" ? viewXml(ctx, a) : usernameOnlyXml(a)));
  return { body: accountsDocument(xml), summary: plural(accounts.length, "account"), count: accounts.length };
}
