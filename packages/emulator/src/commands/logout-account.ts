// logoutaccount: "any parameter" identifies what to log out — account, ip or mac; when several are
// given, sessions must match all of them.
import { closeSession } from "../state/usage.js";
import { successDocument } from "../xml/results.js";
import { ipParam, macParam } from "./client-address.js";
import type { CommandContext, CommandResult } from "./context.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";
import { plural } from "../plural.js";

export function logoutAccount(ctx: CommandContext): CommandResult {
  const { params: p, store, now } = ctx;
  const username = p.optionalAccount();
  const ip = ipParam(p);
  const mac = macParam(p);
  if (username === undefined && ip === undefined && mac === undefined) fail("missing parameter account, ip or mac");
  if (username !== undefined && !store.accounts.has(username)) fail(ACCOUNT_DOES_NOT_EXIST);
  const matching = [...store.openSessions].filter(
    (s) =>
      (username === undefined || s.username === username) &&
      (ip === undefined || s.ip === ip) &&
      (mac === undefined || s.mac === mac),
  );
  if (matching.length === 0) fail("account is not logged in");
  for (const s of matching) closeSession(store, s, now, "logout");
  return { body: successDocument(), summary: `SUCCESS (${plural(matching.length, "session")})` };
}
