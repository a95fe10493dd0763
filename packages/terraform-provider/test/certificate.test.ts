import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createServerCertificate } from "../src/plugin/certificate.js";
import { handshakeLine } from "../src/plugin/handshake.js";

describe("AutoMTLS server certificate", () => {
  it("is a valid self-signed P-256 certificate for localhost (SAN, not just CN)", () => {
    const cert = createServerCertificate();
    const x = new X509Certificate(cert.certPem);
    expect(x.subjectAltName).toBe("DNS:localhost");
    expect(x.checkHost("localhost")).toBe("localhost");
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(Buffer.compare(x.raw, cert.der)).toBe(0);
    expect(new Date(x.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("puts the DER in the handshake line as unpadded base64", () => {
    const cert = createServerCertificate();
    const line = handshakeLine("/tmp/x/plugin.sock", cert.der);
    const fields = line.trimEnd().split("|");
    expect(fields.slice(0, 5)).toEqual(["1", "6", "unix", "/tmp/x/plugin.sock", "grpc"]);
    expect(fields[5]).not.toMatch(/=/);
    expect(Buffer.from(fields[5]!, "base64").equals(cert.der)).toBe(true);
  });
});
