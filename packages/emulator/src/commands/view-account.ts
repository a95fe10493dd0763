// viewaccount: one account, with EnableExpire and the live fields (Loggedin, DailyQuotaLeft,
// FirstUsed, LastUsed).
import { accountsDocument } from "../xml/accounts.js";
import { viewXml } from "./account-view.js";
import type { CommandContext, CommandResult } from "./context.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";

export function viewAccount(ctx: CommandContext): CommandResult {
  const a = ctx.store.accounts.get(ctx.params.account()) ?? fail(ACCOUNT_DOES_NOT_EXIST);
  return { body: accountsDocument([viewXml(ctx, a)]), summary: "1 account", count: 1 };
}
