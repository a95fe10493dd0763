// getstatistics → DailyStatistics[]. Shape is our convention ([ours] in packages/emulator/README.md):
// <Statistics><Day><Date/><Sessions/><TimeUsed/><Download/><Upload/><AccountsCreated/><Sales/></Day>…

import type { DailyStatistics } from "../types.js";
import { formatWallClock, parseWallClock } from "../wall-clock.js";
import { findAll, isNamed, type XmlElement } from "../xml.js";
import { ResponseFormatError } from "./failures.js";
import { decodeRecord, type FieldTable } from "./record.js";
import { assertNotRefused } from "./result.js";

const DAY_FIELDS: FieldTable = {
  date: ["date", "string"],
  sessions: ["sessions", "integer"],
  timeused: ["timeUsed", "integer"],
  download: ["download", "integer"],
  upload: ["upload", "integer"],
  accountscreated: ["accountsCreated", "integer"],
  sales: ["sales", "number"],
};

export function decodeStatistics(root: XmlElement): DailyStatistics[] {
  assertNotRefused(root);
  const days = findAll(root, "Day");
  if (days.length === 0 && !isNamed(root, "Statistics")) {
    throw new ResponseFormatError(`expected <Statistics>, got <${root.name}>`);
  }
  return days.map((el) => {
    const { fields, extra } = decodeRecord(el, DAY_FIELDS);
    const day = {
      sessions: 0,
      timeUsed: 0,
      download: 0,
      upload: 0,
      accountsCreated: 0,
      sales: 0,
      ...fields,
      date: normaliseDay(String(fields.date ?? "")),
    } as DailyStatistics;
    return extra ? { ...day, extra } : day;
  });
}

/** `YYYY-MM-DD` from `YYYY-MM-DD[ HH:MM:SS]` or `YYYYMMDD`. */
function normaliseDay(text: string): string {
  const t = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const iso = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : t;
  let date: Date | undefined;
  try {
    date = parseWallClock(iso);
  } catch {
    date = undefined;
  }
  if (!date) throw new ResponseFormatError(`a <Day> without a valid <Date>: ${JSON.stringify(text)}`);
  return formatWallClock(date).slice(0, 10);
}
