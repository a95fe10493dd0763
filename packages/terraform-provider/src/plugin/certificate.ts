// The server half of go-plugin's AutoMTLS: a throw-away self-signed ECDSA
// P-256 certificate. terraform pins it from the handshake line and checks
// the name "localhost" against the SAN (a CN alone is rejected as legacy).
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";
import * as der from "./asn1.js";

export interface ServerCertificate {
  /** DER bytes of the certificate, for the handshake line. */
  der: Buffer;
  certPem: string;
  keyPem: string;
}

const ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
const COMMON_NAME = "2.5.4.3";
const ORGANIZATION = "2.5.4.10";
const SUBJECT_ALT_NAME = "2.5.29.17";
const KEY_USAGE = "2.5.29.15";
const EXT_KEY_USAGE = "2.5.29.37";
const BASIC_CONSTRAINTS = "2.5.29.19";
const SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return der.sequence(der.oid(id), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

export function createServerCertificate(now: Date = new Date()): ServerCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const name = der.sequence(
    der.set(der.sequence(der.oid(ORGANIZATION), der.utf8String("HashiCorp"))),
    der.set(der.sequence(der.oid(COMMON_NAME), der.utf8String("localhost"))),
  );
  const algorithm = der.sequence(der.oid(ECDSA_WITH_SHA256));
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const notBefore = new Date(now.getTime() - 30_000); // clock skew between processes
  const notAfter = new Date(now.getTime() + 30 * 24 * 3600_000);
  // keyUsage bits: digitalSignature (0), keyEncipherment (2), keyCertSign (5).
  const keyUsage = der.tlv(0x03, Buffer.from([0x02, 0b10100100]));
  const tbs = der.sequence(
    der.explicit(0, der.tlv(0x02, Buffer.from([2]))), // v3
    der.unsignedInteger(serial),
    algorithm,
    name,
    der.sequence(der.utcTime(notBefore), der.utcTime(notAfter)),
    name,
    publicKey.export({ type: "spki", format: "der" }),
    der.explicit(
      3,
      der.sequence(
        extension(KEY_USAGE, true, keyUsage),
        extension(EXT_KEY_USAGE, false, der.sequence(der.oid(CLIENT_AUTH), der.oid(SERVER_AUTH))),
        extension(BASIC_CONSTRAINTS, true, der.sequence(der.boolean(true))),
        extension(SUBJECT_ALT_NAME, false, der.sequence(der.implicitPrimitive(2, Buffer.from("localhost", "ascii")))),
      ),
    ),
  );
  const signature = sign("sha256", tbs, { key: privateKey, dsaEncoding: "der" });
  const cert = der.sequence(tbs, algorithm, der.bitString(signature));
  const b64 = cert.toString("base64").replace(/(.{64})/g, "$1\n");
  return {
    der: cert,
    certPem: `-----BEGIN CERTIFICATE-----\n${b64.trimEnd()}\n-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
  };
}
