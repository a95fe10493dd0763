// getaccountsummary: [ours] `<Summary>` with Username, Sessions, TimeUsed, Download, Upload,
// FirstUsed, LastUsed over the sessions that started within the optional from..to.
import { formatDateTime } from "../server-time.js";
import { document, el, wrap } from "../xml/writer.js";
import type { CommandContext, CommandResult } from "./context.js";
import { dayRange, inRange } from "./date-range.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";
import { plural } from "../plural.js";

export function getAccountSummary(ctx: CommandContext): CommandResult {
  const { store } = ctx;
  const username = ctx.params.account();
  if (!store.accounts.has(username) && !store.hasHistory(username)) fail(ACCOUNT_DOES_NOT_EXIST);
  const range = dayRange(ctx);
  const sessions = store.sessions.filter((s) => s.username === username && inRange(range, s.start));
  let timeMs = 0;
  let down = 0;
  let up = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const s of sessions) {
    timeMs += s.durationMs;
    down += s.download;
    up += s.upload;
    first = first === null ? s.start : Math.min(first, s.start);
    const end = s.stop ?? s.settledAt;
    last = last === null ? end : Math.max(last, end);
  }
  const xml = wrap(
    "Summary",
    el("Username", username) +
      el("Sessions", sessions.length) +
      el("TimeUsed", Math.floor(timeMs / 1000)) +
      el("Download", down) +
      el("Upload", up) +
      el("FirstUsed", first === null ? "" : formatDateTime(first)) +
      el("LastUsed", last === null ? "" : formatDateTime(last)),
  );
  return { body: document(xml), summary: plural(sessions.length, "session"), count: sessions.length };
}
