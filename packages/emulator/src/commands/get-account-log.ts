// getaccountlog: [ours] `<Sessions><Session>` with Username, IP, MAC, Start, Stop, Duration,
// Download, Upload (bytes transferred) for sessions that started within from..to. A session still
// open has an empty Stop and its duration so far. A deleted account's history is still reported.
import { formatDateTime } from "../server-time.js";
import { document, el, wrap } from "../xml/writer.js";
import type { CommandContext, CommandResult } from "./context.js";
import { dayRange, inRange } from "./date-range.js";
import { ACCOUNT_DOES_NOT_EXIST, fail } from "./errors.js";
import { plural } from "../plural.js";

export function getAccountLog(ctx: CommandContext): CommandResult {
  const { store } = ctx;
  const username = ctx.params.account();
  if (!store.accounts.has(username) && !store.hasHistory(username)) fail(ACCOUNT_DOES_NOT_EXIST);
  const range = dayRange(ctx);
  const sessions = store.sessions.filter((s) => s.username === username && inRange(range, s.start));
  const xml = sessions
    .map((s) =>
      wrap(
        "Session",
        el("Username", s.username) +
          el("IP", s.ip) +
          el("MAC", s.mac) +
          el("Start", formatDateTime(s.start)) +
          el("Stop", s.stop === null ? "" : formatDateTime(s.stop)) +
          el("Duration", Math.floor(s.durationMs / 1000)) +
          el("Download", s.download) +
          el("Upload", s.upload),
      ),
    )
    .join("");
  return { body: document(wrap("Sessions", xml)), summary: plural(sessions.length, "session"), count: sessions.length };
}
