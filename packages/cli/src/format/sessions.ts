// `hotspot log` and `hotspot summary`: an account's sessions and its totals.
import type { Session, Summary } from "@hotspot-iac/core";
import { renderKeyValues, renderTable } from "./table.js";
import { formatBytes, formatDuration, formatWallClock, wallClockIso } from "./units.js";

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
      { header: "START", value: (s: Session) => formatWallClock(s.start) },
      { header: "STOP", value: (s) => (s.stop ? formatWallClock(s.stop) : "(online)") },
      { header: "DURATION", value: (s) => dash(s.duration === undefined ? undefined : formatDuration(s.duration)), align: "right" },
      { header: "IP", value: (s) => dash(s.ip) },
      { header: "MAC", value: (s) => dash(s.mac) },
      { header: "DOWNLOAD", value: (s) => dash(s.download === undefined ? undefined : formatBytes(s.download)), align: "right" },
      { header: "UPLOAD", value: (s) => dash(s.upload === undefined ? undefined : formatBytes(s.upload)), align: "right" },
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
    ["Time used", formatDuration(s.timeUsed)],
    ["Download", formatBytes(s.download)],
    ["Upload", formatBytes(s.upload)],
    ["First used", s.firstUsed ? formatWallClock(s.firstUsed) : "never"],
    ["Last used", s.lastUsed ? formatWallClock(s.lastUsed) : "never"],
  ]);
}
