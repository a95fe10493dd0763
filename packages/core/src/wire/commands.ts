// The 12 commands of the HotSpot integration API (its documented command list), and which of
// them only read. Reads may be retried blindly; writes never are (a lost answer does not mean the
// write did not happen).

export const COMMANDS = [
  "generateaccounts",
  "updateaccount",
  "refillaccount",
  "viewaccount",
  "deleteaccount",
  "getpriceplans",
  "getstatistics",
  "getaccountlog",
  "getaccountlist",
  "loginaccount",
  "logoutaccount",
  "getaccountsummary",
] as const;

export type HotSpotCommand = (typeof COMMANDS)[number];

export const READ_COMMANDS: ReadonlySet<HotSpotCommand> = new Set<HotSpotCommand>([
  "viewaccount",
  "getpriceplans",
  "getstatistics",
  "getaccountlog",
  "getaccountlist",
  "getaccountsummary",
]);

/** True for commands that change nothing on the server and may be retried. */
export function isReadCommand(command: HotSpotCommand): boolean {
  return READ_COMMANDS.has(command);
}
