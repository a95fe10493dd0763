// The emulator's own admin API under /_emulator/, for tests that run the emulator as a separate
// process. JSON in and out; every route but /health needs the passphrase (`?pass=` or the
// `x-emulator-pass` header). Not part of the HotSpot API.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorCore } from "../core.js";
import { formatDateTime, parseWallClock } from "../server-time.js";
import { sendJson } from "./respond.js";
import { HotspotIacError } from "@hotspot-iac/core";

const MAX_BODY = 1024 * 1024;

class HttpError extends HotspotIacError {
  override get code() {
    return "emulator-admin-http" as const;
  }
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function numberParam(url: URL, name: string): number {
  const v = url.searchParams.get(name);
  const n = Number(v);
  if (v === null || v.trim() === "" || !Number.isFinite(n)) throw new HttpError(400, `${name} must be a number`);
  return n;
}

function clockJson(core: EmulatorCore): { now: string; epochMs: number } {
  const now = core.now();
  return { now: formatDateTime(now), epochMs: now };
}

export async function handleAdminRequest(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const route = `${req.method} ${url.pathname.replace(/\/+$/, "")}`;
  try {
    if (route === "GET /_emulator/health") return sendJson(res, 200, { ok: true });
    const pass = url.searchParams.get("pass") ?? (req.headers["x-emulator-pass"] as string | undefined);
    if (!core.checkPassphrase(pass ?? undefined)) throw new HttpError(403, "invalid passphrase");
    switch (route) {
      case "GET /_emulator/log": {
        const since = url.searchParams.has("since") ? numberParam(url, "since") : 0;
        return sendJson(res, 200, { entries: core.log.list(since, false) });
      }
      case "POST /_emulator/log/clear":
        core.log.clear();
        return sendJson(res, 200, { ok: true });
      case "GET /_emulator/clock":
        return sendJson(res, 200, clockJson(core));
      case "POST /_emulator/clock": {
        if (url.searchParams.has("advance")) core.clock.advance(numberParam(url, "advance") * 1000);
        else if (url.searchParams.has("set")) {
          const ms = parseWallClock(url.searchParams.get("set") ?? "");
          if (ms === undefined) throw new HttpError(400, "set must be a time like 2026-11-29 08:00:00");
          core.clock.set(new Date(ms));
        } else throw new HttpError(400, "give advance=SECONDS or set=TIME");
        await core.flush();
        return sendJson(res, 200, clockJson(core));
      }
      case "GET /_emulator/faults":
        return sendJson(res, 200, { faults: core.faults.get() ?? null });
      case "POST /_emulator/faults": {
        const text = (await readBody(req)).trim();
        let config: unknown = null;
        try {
          config = text ? JSON.parse(text) : null;
        } catch {
          throw new HttpError(400, "body must be JSON");
        }
        try {
          core.faults.set(config as never);
        } catch (err) {
          throw new HttpError(400, `invalid fault config: ${(err as Error).message}`);
        }
        return sendJson(res, 200, { faults: core.faults.get() ?? null });
      }
      case "GET /_emulator/state":
        return sendJson(res, 200, core.state.snapshot());
      case "POST /_emulator/traffic": {
        const account = url.searchParams.get("account");
        if (!account) throw new HttpError(400, "account is required");
        const down = url.searchParams.has("download") ? numberParam(url, "download") : 0;
        const up = url.searchParams.has("upload") ? numberParam(url, "upload") : 0;
        try {
          core.addTraffic(account, down, up);
        } catch (err) {
          throw new HttpError(409, (err as Error).message);
        }
        await core.flush();
        return sendJson(res, 200, { ok: true });
      }
      case "POST /_emulator/reset":
        core.reset();
        core.log.clear();
        await core.flush();
        return sendJson(res, 200, { ok: true });
      case "POST /_emulator/flush":
        await core.flush();
        return sendJson(res, 200, { ok: true });
      default:
        throw new HttpError(404, "no such admin route");
    }
  } catch (err) {
    const status = err instanceof HttpError ? err.status : 500;
    return sendJson(res, status, { error: core.redactor.scrub((err as Error).message) });
  }
}
