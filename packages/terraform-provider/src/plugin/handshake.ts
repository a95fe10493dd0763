// go-plugin's launch contract: terraform starts the executable with a magic
// cookie and the protocol versions it speaks, and reads one line from stdout
// telling it where to connect.
import { HotspotIacError } from "@hotspot-iac/core";

export const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
export const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

export class HandshakeError extends HotspotIacError {
  override get code() {
    return "provider-handshake" as const;
  }
}

/** Checks that terraform launched us; the message is for a human who ran the file by hand. */
export function checkLaunch(env: NodeJS.ProcessEnv): void {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new HandshakeError(
      "This binary is a plugin. These are not meant to be executed directly.\n" +
        "Please execute the program that consumes these plugins, which will\n" +
        "load any plugins automatically (here: terraform, with the provider\n" +
        'installed from a filesystem mirror; see the package README, "Installing").',
    );
  }
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? "").split(",").map((v) => v.trim());
  if (!offered.includes(String(APP_PROTOCOL_VERSION))) {
    throw new HandshakeError(
      `terraform offered plugin protocol versions "${env.PLUGIN_PROTOCOL_VERSIONS ?? ""}", but this provider speaks only version ${APP_PROTOCOL_VERSION} (terraform 1.0 or later).`,
    );
  }
}

/** The stdout line: CORE|APP|unix|SOCKET|grpc|CERT, the certificate as unpadded base64 DER (Go's RawStdEncoding). */
export function handshakeLine(socketPath: string, certDer: Buffer | undefined): string {
  const cert = certDer ? certDer.toString("base64").replace(/=+$/, "") : "";
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|unix|${socketPath}|grpc|${cert}\n`;
}
