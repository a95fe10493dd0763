// The HTTP server: the HotSpot API on every path, the admin API under /_emulator/.
import { createServer, type Server } from "node:http";
import type { EmulatorCore } from "../core.js";
import { errorDocument } from "../xml/results.js";
import { handleAdminRequest } from "./admin.js";
import { handleApiRequest } from "./api.js";
import { sendXml } from "./respond.js";

export function createHttpServer(core: EmulatorCore): Server {
  const server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://emulator");
    } catch {
      sendXml(res, 200, errorDocument("invalid request"));
      return;
    }
    const work = url.pathname.startsWith("/_emulator/")
      ? handleAdminRequest(core, req, res, url)
      : handleApiRequest(core, req, res, url);
    work.catch(() => {
      // Never crash on one request: answer if still possible.
      if (!res.headersSent) sendXml(res, 200, errorDocument("internal error"));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  return server;
}
