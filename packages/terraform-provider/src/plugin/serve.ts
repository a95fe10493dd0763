// Runs a provider as a go-plugin gRPC server: handshake, AutoMTLS, the
// Provider service plus go-plugin's controller, and a clean exit when
// terraform says Shutdown.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { providerService } from "../framework/server.js";
import type { ProviderDefinition } from "../framework/types.js";
import { createServerCertificate } from "./certificate.js";
import { createGrpcServer, type UnaryMethod } from "./grpc-server.js";
import { checkLaunch, handshakeLine } from "./handshake.js";
import type { Logger } from "./logger.js";
import { loadProtocol, type Message } from "./protocol.js";

export async function servePlugin<C>(def: ProviderDefinition<C>, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  checkLaunch(env);
  const protocol = loadProtocol();
  const dir = mkdtempSync(join(tmpdir(), "plugin-hotspot-"));
  const socket = join(dir, "plugin.sock");
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    server.close();
    rmSync(dir, { recursive: true, force: true });
    // Let the Shutdown reply flush before the process goes.
    setTimeout(() => process.exit(0), 10).unref();
  };

  const methods = new Map<string, UnaryMethod>();
  const serve = (path: string, handler: (req: Message) => Promise<Message>) => {
    const codec = protocol.get(path);
    if (!codec) throw new Error(`the protocol has no method ${path}`);
    methods.set(path, async (bytes) => codec.encodeResponse(await handler(codec.decodeRequest(bytes))));
  };
  for (const [name, handler] of Object.entries(providerService(def, log))) serve(`/tfplugin6.Provider/${name}`, handler);
  serve("/plugin.GRPCController/Shutdown", async () => {
    log.debug("Shutdown: exiting");
    setImmediate(exit);
    return {};
  });
  // go-plugin's stdio and broker streams are not in `methods`: answered UNIMPLEMENTED.

  // AutoMTLS: terraform hands us its client certificate and pins ours.
  const clientCert = env.PLUGIN_CLIENT_CERT;
  const cert = clientCert ? createServerCertificate() : undefined;
  const server = createGrpcServer({
    methods,
    ...(cert && clientCert ? { tls: { key: cert.keyPem, cert: cert.certPem, clientCert } } : {}),
    onError: (err) => log.debug(`gRPC: ${err.message}`),
  });
  await server.listen(socket);

  // Ctrl-C reaches the whole process group; terraform tells us to stop via StopProvider instead.
  process.on("SIGINT", () => log.debug("SIGINT ignored: waiting for terraform's StopProvider"));
  process.on("SIGTERM", exit);
  process.stdout.write(handshakeLine(socket, cert?.der));
  log.debug(`serving on ${socket}`);
}
