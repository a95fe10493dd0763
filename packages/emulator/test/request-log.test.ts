// The request log keeps the newest entries of a long-running emulator, and stays cheap to add to
// once full (entries are dropped in batches).
import { describe, expect, it } from "vitest";
import { MAX_LOG_ENTRIES, RequestLog, type RequestLogEntry } from "../src/request-log.js";

function entry(seq: number): RequestLogEntry {
  return {
    seq,
    time: "2026-11-29T00:00:00.000Z",
    serverTime: "2026-11-29 00:00:00",
    method: "GET",
    command: "viewaccount",
    params: {},
    outcome: "success",
    result: "1 accounts",
    committed: false,
    durationMs: 0,
  };
}

describe("request log", () => {
  it("lists the newest entries only, however far past the bound", () => {
    const log = new RequestLog();
    const total = MAX_LOG_ENTRIES + 54_321;
    for (let i = 1; i <= total; i++) log.add(entry(log.nextSeq()));
    const listed = log.list(0, false);
    expect(listed).toHaveLength(MAX_LOG_ENTRIES);
    expect(listed[0]?.seq).toBe(total - MAX_LOG_ENTRIES + 1);
    expect(listed.at(-1)?.seq).toBe(total);
    expect(log.list(total - 3, false).map((e) => e.seq)).toEqual([total - 2, total - 1, total]);
  });
});
