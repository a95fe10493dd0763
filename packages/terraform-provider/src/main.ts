// Entry point of the terraform-provider-hotspot executable.
import { hotspotProvider } from "./hotspot/provider.js";
import { HandshakeError } from "./plugin/handshake.js";
import { createLogger, levelFromEnv } from "./plugin/logger.js";
import { servePlugin } from "./plugin/serve.js";

const log = createLogger(levelFromEnv(process.env));
servePlugin(hotspotProvider(process.env), log).catch((err: unknown) => {
  if (err instanceof HandshakeError) process.stderr.write(`${err.message}\n`);
  else log.error(`provider failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
