// Runs a provider as a go-plugin gRPC server: handshake, AutoMTLS, the
// Provider service plus go-plugin's controller, and a clean exit when
// terraform says Shutdown.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Server, ServerCredentials, status, type UntypedServiceImplementation } from "@grpc/grpc-js";
import { providerService } from "../framework/server.js";
import type { ProviderDefinition } from "../framework/types.js";
import { createServerCertificate } from "./certificate.js";
import { checkLaunch, handshakeLine } from "./handshake.js";
import type { Logger } from "./logger.js";
import { loadProtocol } from "./protocol.js";

// biome-ignore lint/suspicious/noExplicitAny: grpc-js untyped handler arguments
type Call = any;

function unary(handler: (req: unknown) => Promise<unknown>) {
  return (call: Call, callback: Call) => {
    handler(call.request).then(
      (res) => callback(null, res),
      (err) => callback({ code: status.INTERNAL, details: err instanceof Error ? err.message : String(err) }),
    );
  };
}

const unimplemented = (call: Call) => call.emit("error", { code: status.UNIMPLEMENTED, details: "not served by this plugin" });

export async function servePlugin<C>(def: ProviderDefinition<C>, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  checkLaunch(env);
  const protocol = loadProtocol();
  const server = new Server({
    "grpc.max_receive_message_length": 256 * 1024 * 1024,
    "grpc.max_send_message_length": 256 * 1024 * 1024,
    // channelz bookkeeping (per-call counters and traces nobody reads here) cost a tenth of each call in profiles.
    "grpc.enable_channelz": 0,
  });
  const dir = mkdtempSync(join(tmpdir(), "plugin-hotspot-"));
  const socket = join(dir, "plugin.sock");
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    server.forceShutdown();
    rmSync(dir, { recursive: true, force: true });
    // Let the Shutdown reply flush before the process goes.
    setTimeout(() => process.exit(0), 10).unref();
  };

  const provider = providerService(def, log);
  const impl: UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(provider)) impl[name] = unary(handler);
  server.addService(protocol.provider, impl);
  server.addService(protocol.controller, {
    Shutdown: (_call: Call, callback: Call) => {
      log.debug("Shutdown: exiting");
      callback(null, {});
      setImmediate(exit);
    },
  });
  server.addService(protocol.stdio, { StreamStdio: unimplemented });
  server.addService(protocol.broker, { StartStream: unimplemented });

  // AutoMTLS: terraform hands us its client certificate and pins ours.
  const clientCert = env.PLUGIN_CLIENT_CERT;
  let certDer: Buffer | undefined;
  let credentials = ServerCredentials.createInsecure();
  if (clientCert) {
    const cert = createServerCertificate();
    certDer = cert.der;
    credentials = ServerCredentials.createSsl(Buffer.from(clientCert), [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }], true);
  }
  await new Promise<void>((resolve, reject) => server.bindAsync(`unix://${socket}`, credentials, (err) => (err ? reject(err) : resolve())));

  // Ctrl-C reaches the whole process group; terraform tells us to stop via StopProvider instead.
  process.on("SIGINT", () => log.debug("SIGINT ignored: waiting for terraform's StopProvider"));
  process.on("SIGTERM", exit);
  process.stdout.write(handshakeLine(socket, certDer));
  log.debug(`serving on ${socket}`);
}
