// `hotspot log` and `hotspot summary`: an account's sessions and its totals.
import { humanDuration, humanSize, type Session, type Summary } from "@hotspot-iac/core";
import { renderKeyValues, renderTable } from "./table.js";
import { wallClockIso, wallClockOrDash } from "./units.js";

export function sessionJson(s: Session): Record<string, unknown> {
  return {
    username: s.username,
    ip: s.ip,
    mac: s.mac,
    start: wallClockIso(s.start),
    stop: wallClockIso(s.stop),
    durationSeconds: s.duration,
    downloadBytes: s.download,
    uploadBytes: s.upload,
  };
}

const dash = (v: string | undefined): string => (v === undefined || v === "" ? "-" : v);

export function renderSessions(username: string, sessions: readonly Session[]): string {
  if (sessions.length === 0) return `No sessions for ${username} in this period.\n`;
  const table = renderTable(
    [
      { header: "START", value: (s: Session) => wallClockOrDash(s.start) },
      { header: "STOP", value: (s) => (s.stop ? wallClockOrDash(s.stop) : "(online)") },
      { header: "DURATION", value: (s) => dash(s.duration === undefined ? undefined : humanDuration(s.duration)), align: "right" },
      { header: "IP", value: (s) => dash(s.ip) },
      { header: "MAC", value: (s) => dash(s.mac) },
      { header: "DOWNLOAD", value: (s) => dash(s.download === undefined ? undefined : humanSize(s.download)), align: "right" },
      { header: "UPLOAD", value: (s) => dash(s.upload === undefined ? undefined : humanSize(s.upload)), align: "right" },
    ],
    sessions,
  );
  return `${table}${sessions.length} session(s).\n`;
}

export function summaryJson(s: Summary): Record<string, unknown> {
  return {
    username: s.username,
    sessions: s.sessions,
    timeUsedSeconds: s.timeUsed,
    downloadBytes: s.download,
    uploadBytes: s.upload,
    firstUsed: wallClockIso(s.firstUsed),
    lastUsed: wallClockIso(s.lastUsed),
  };
}

export function renderSummary(s: Summary): string {
  return renderKeyValues([
    ["Account", s.username],
    ["Sessions", String(s.sessions)],
    ["Time used", humanDuration(s.timeUsed)],
    ["Download", humanSize(s.download)],
    ["Upload", humanSize(s.upload)],
    ["First used", s.firstUsed ? wallClockOrDash(s.firstUsed) : "never"],
    ["Last used", s.lastUsed ? wallClockOrDash(s.lastUsed) : "never"],
  ]);
}
