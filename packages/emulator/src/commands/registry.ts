// The 12 commands of the HotSpot API, by lowercase name, and which ones change state (writes get
// durable persistence before their answer and are the target of commit-then-fail faults).
import type { CommandHandler } from "./context.js";
import { deleteAccount } from "./delete-account.js";
import { generateAccounts } from "./generate-accounts.js";
import { getAccountList } from "./get-account-list.js";
import { getAccountLog } from "./get-account-log.js";
import { getAccountSummary } from "./get-account-summary.js";
import { getPricePlans } from "./get-price-plans.js";
import { getStatistics } from "./get-statistics.js";
import { loginAccount } from "./login-account.js";
import { logoutAccount } from "./logout-account.js";
import { refillAccount } from "./refill-account.js";
import { updateAccount } from "./update-account.js";
import { viewAccount } from "./view-account.js";

export type CommandClass = "read" | "write";

export interface CommandSpec {
  name: string;
  kind: CommandClass;
  handler: CommandHandler;
}

const spec = (name: string, kind: CommandClass, handler: CommandHandler): [string, CommandSpec] => [
  name,
  { name, kind, handler },
];

export const COMMANDS: ReadonlyMap<string, CommandSpec> = new Map([
  spec("generateaccounts", "write", generateAccounts),
  spec("updateaccount", "write", updateAccount),
  spec("refillaccount", "write", refillAccount),
  spec("viewaccount", "read", viewAccount),
  spec("deleteaccount", "write", deleteAccount),
  spec("getpriceplans", "read", getPricePlans),
  spec("getstatistics", "read", getStatistics),
  spec("getaccountlog", "read", getAccountLog),
  spec("getaccountlist", "read", getAccountList),
  spec("loginaccount", "write", loginAccount),
  spec("logoutaccount", "write", logoutAccount),
  spec("getaccountsummary", "read", getAccountSummary),
]);

/** `/GenerateAccounts`, `/generateaccounts/` → the spec; unknown → undefined. */
export function findCommand(pathname: string): CommandSpec | undefined {
  const name = pathname.replace(/^\/+|\/+$/g, "").toLowerCase();
  return COMMANDS.get(name);
}
