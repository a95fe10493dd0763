// getaccountlog → Session[]. Shape is our convention ([ours] in packages/emulator/README.md):
// <Sessions><Session><Username/><IP/><MAC/><Start/><Stop/><Duration/><Download/><Upload/></Session>…

import type { Session } from "../types.js";
import { findAll, type XmlElement } from "../xml.js";
import { assertUsername } from "./failures.js";
import { decodeRecord, type FieldTable } from "./record.js";
import { assertNotRefused } from "./result.js";

const SESSION_FIELDS: FieldTable = {
  username: ["username", "string"],
  account: ["username", "string"],
  ip: ["ip", "string"],
  mac: ["mac", "string"],
  start: ["start", "date"],
  stop: ["stop", "date"],
  duration: ["duration", "integer"],
  download: ["download", "integer"],
  upload: ["upload", "integer"],
};

/** `username` fills in a session that does not name its account (it was asked for by name). */
export function decodeSessions(root: XmlElement, username: string): Session[] {
  assertNotRefused(root);
  return findAll(root, "Session").map((el) => {
    const { fields, extra } = decodeRecord(el, SESSION_FIELDS);
    assertUsername(username, fields.username as string | undefined, "a session");
    const session = { ...fields, username: (fields.username as string | undefined) || username } as Session;
    return extra ? { ...session, extra } : session;
  });
}
