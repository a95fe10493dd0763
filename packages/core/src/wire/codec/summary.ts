// getaccountsummary → Summary. Shape is our convention ([ours] in packages/emulator/README.md):
// <Summary><Username/><Sessions/><TimeUsed/><Download/><Upload/><FirstUsed/><LastUsed/></Summary>

import type { Summary } from "../types.js";
import { findAll, type XmlElement } from "../xml.js";
import { assertUsername, ResponseFormatError } from "./failures.js";
import { decodeRecord, type FieldTable } from "./record.js";
import { assertNotRefused } from "./result.js";

const SUMMARY_FIELDS: FieldTable = {
  username: ["username", "string"],
  sessions: ["sessions", "integer"],
  timeused: ["timeUsed", "integer"],
  download: ["download", "integer"],
  upload: ["upload", "integer"],
  firstused: ["firstUsed", "date"],
  lastused: ["lastUsed", "date"],
};

export function decodeSummary(root: XmlElement, username: string): Summary {
  assertNotRefused(root);
  const el = findAll(root, "Summary")[0];
  if (!el) throw new ResponseFormatError(`expected <Summary>, got <${root.name}>`);
  const { fields, extra } = decodeRecord(el, SUMMARY_FIELDS);
  assertUsername(username, fields.username as string | undefined, "a summary");
  const summary = {
    sessions: 0,
    timeUsed: 0,
    download: 0,
    upload: 0,
    ...fields,
    username: (fields.username as string | undefined) || username,
  } as Summary;
  return extra ? { ...summary, extra } : summary;
}
