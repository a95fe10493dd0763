// The live parts of an account as viewaccount shows them.
import type { AccountRecord } from "../state/types.js";
import { viewedAccountXml } from "../xml/accounts.js";
import { dayKey } from "../server-time.js";
import type { CommandContext } from "./context.js";

export function viewXml(ctx: CommandContext, a: AccountRecord): string {
  const today = a.daily.day === dayKey(ctx.now);
  const used = today ? a.daily.quotaUsed : 0;
  return viewedAccountXml(a, {
    loggedIn: ctx.store.isLoggedIn(a.username),
    dailyQuotaLeft: a.enableDailyQuota ? Math.max(0, a.dailyQuota - used) : 0,
  });
}
