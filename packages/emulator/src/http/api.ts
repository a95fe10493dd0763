// One HotSpot API request on the wire: faults before the command (latency, drop, HTTP 500), the
// command itself, durable persistence of a write, then faults on the answer (commit-then-fail,
// truncated or malformed XML), and the request log entry.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { findCommand } from "../commands/registry.js";
import type { EmulatorCore } from "../core.js";
import { type FaultKind, malform, truncate } from "../faults.js";
import type { RequestLogEntry } from "../request-log.js";
import { formatDateTime } from "../server-time.js";
import { errorDocument } from "../xml/results.js";
import { sendText, sendXml } from "./respond.js";

interface Outcome {
  command: string;
  outcome: RequestLogEntry["outcome"];
  result: string;
  committed: boolean;
  count?: number | undefined;
  fault?: FaultKind | undefined;
}

export async function handleApiRequest(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const started = performance.now();
  const time = new Date().toISOString();
  const method = req.method ?? "GET";
  const spec = findCommand(url.pathname);
  const fault = spec ? core.faults.decide(spec.name, spec.kind) : undefined;
  const log = (o: Outcome): void => {
    const rec: RequestLogEntry = {
      seq: core.log.nextSeq(),
      time,
      serverTime: formatDateTime(core.now()),
      method,
      command: o.command,
      params: core.redactor.params(lowercaseKeys(url.searchParams)),
      outcome: o.outcome,
      result: o.result,
      committed: o.committed,
      durationMs: Math.round(performance.now() - started),
    };
    if (o.count !== undefined) rec.count = o.count;
    if (o.fault) rec.fault = o.fault;
    if (fault?.latencyMs) rec.latencyMs = fault.latencyMs;
    core.record(rec);
  };

  if (fault && fault.latencyMs > 0) {
    await sleep(fault.latencyMs);
    if (core.closed) {
      req.socket.destroy();
      return;
    }
  }

  if (spec && fault?.before) {
    // Lost before the command ran: nothing changes.
    const base = { command: spec.name, outcome: "fault" as const, committed: false };
    if (fault.before === "drop") {
      log({ ...base, result: "dropped", fault: "drop" });
      req.socket.destroy();
    } else {
      log({ ...base, result: "HTTP 500", fault: "http500" });
      sendText(res, 500, "Internal Server Error");
    }
    return;
  }

  const e = core.execute(method, url.pathname, url.searchParams);
  const committed = e.ok && e.committed;
  if (committed) {
    try {
      await core.flush();
    } catch (err) {
      log({ command: e.command, outcome: "error", result: `ERROR: cannot save state: ${(err as Error).message}`, committed: false });
      sendXml(res, 200, errorDocument("cannot save state"));
      return;
    }
  }
  const o: Outcome = {
    command: e.command,
    outcome: e.ok ? "success" : "error",
    result: e.summary,
    committed,
    count: e.count,
    fault: fault?.after,
  };
  if (fault?.after === "commitThenFail") {
    // The change is made (and saved); the answer is lost.
    log(o);
    if (fault.commitThenFailMode === "http500") sendText(res, 500, "Internal Server Error");
    else req.socket.destroy();
    return;
  }
  let body = e.body;
  if (fault?.after === "truncated") body = truncate(body, fault.cut);
  else if (fault?.after === "malformed") body = malform(body);
  log(o);
  sendXml(res, 200, body);
}

function lowercaseKeys(search: URLSearchParams): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [k, v] of search) {
    const key = k.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([key, v]);
  }
  return out;
}
