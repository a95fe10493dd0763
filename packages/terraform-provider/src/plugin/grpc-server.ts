// A unary gRPC server on node:http2: all that go-plugin's client asks of a provider. Every call
// terraform makes is unary (one request message, one response message); go-plugin's streaming
// services (stdio, broker) are answered UNIMPLEMENTED, which go-plugin takes as "not offered".
// The wire format (gRPC over HTTP/2): a request is a POST to /package.Service/Method with
// content-type application/grpc, its body one length-prefixed message (1 byte compressed flag,
// 4 bytes big-endian length, the protobuf bytes); the answer is status 200, the same framing,
// and the outcome in trailers (grpc-status, grpc-message). A failure before any message is a
// "trailers-only" answer: the status in the headers, nothing else.
// grpc-js did the same with per-call machinery (interceptors, stream objects, deadline timers,
// channelz) that cost a sizeable share of each call; this answers from the stream's events.
import { HotspotIacError } from "@hotspot-iac/core";
import { constants, createSecureServer, createServer, type Http2Server, type Http2Session, type ServerHttp2Stream, type IncomingHttpHeaders } from "node:http2";

/** gRPC status codes used here. */
export const GrpcStatus = { OK: 0, INTERNAL: 13, UNIMPLEMENTED: 12, INVALID_ARGUMENT: 3, RESOURCE_EXHAUSTED: 8 } as const;

/** A unary method: the request message's bytes in, the response message's bytes out. */
export type UnaryMethod = (request: Uint8Array) => Promise<Uint8Array>;

export interface GrpcServerOptions {
  /** AutoMTLS: our key and certificate (PEM), and the client certificate terraform gave us, as the only CA. */
  tls?: { key: string; cert: string; clientCert: string };
  /** By path, `/package.Service/Method`. */
  methods: Map<string, UnaryMethod>;
  /** Largest request accepted (bytes). */
  maxMessageBytes?: number;
  onError?: (err: Error) => void;
}

const HEADER_BYTES = 5;

/** A failure with its gRPC status, answered as such. */
export class GrpcError extends HotspotIacError {
  override get code() {
    return "provider-grpc" as const;
  }
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** grpc-message is percent-encoded (gRPC spec): anything outside printable ASCII, and '%'. */
function encodeMessage(message: string): string {
  return encodeURIComponent(message).replace(/%20/g, " ");
}

function trailersOnly(stream: ServerHttp2Stream, status: number, message: string): void {
  if (stream.destroyed || stream.headersSent) return;
  stream.respond(
    { [constants.HTTP2_HEADER_STATUS]: 200, [constants.HTTP2_HEADER_CONTENT_TYPE]: "application/grpc", "grpc-status": String(status), "grpc-message": encodeMessage(message) },
    { endStream: true },
  );
}

/** One length-prefixed message, uncompressed. */
export function frame(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, HEADER_BYTES);
  return out;
}

/** The single message of a unary request body. */
export function unframe(body: Buffer): Uint8Array {
  if (body.length < HEADER_BYTES) throw new GrpcError(GrpcStatus.INTERNAL, "request without a message");
  if (body[0] !== 0) throw new GrpcError(GrpcStatus.UNIMPLEMENTED, "compressed messages are not supported");
  const length = body.readUInt32BE(1);
  if (body.length !== HEADER_BYTES + length) throw new GrpcError(GrpcStatus.INTERNAL, "a unary request carries exactly one message");
  return body.subarray(HEADER_BYTES);
}

function answer(stream: ServerHttp2Stream, method: UnaryMethod, body: Buffer, onError?: (err: Error) => void): void {
  let request: Uint8Array;
  try {
    request = unframe(body);
  } catch (err) {
    trailersOnly(stream, err instanceof GrpcError ? err.status : GrpcStatus.INTERNAL, (err as Error).message);
    return;
  }
  method(request).then(
    (response) => {
      if (stream.destroyed) return;
      stream.respond({ [constants.HTTP2_HEADER_STATUS]: 200, [constants.HTTP2_HEADER_CONTENT_TYPE]: "application/grpc" }, { waitForTrailers: true });
      stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
      stream.end(frame(response));
    },
    (err: unknown) => {
      const e = err instanceof Error ? err : new Error(String(err));
      onError?.(e);
      trailersOnly(stream, e instanceof GrpcError ? e.status : GrpcStatus.INTERNAL, e.message);
    },
  );
}

function onStream(options: GrpcServerOptions, stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
  stream.on("error", (err) => options.onError?.(err));
  const path = String(headers[constants.HTTP2_HEADER_PATH] ?? "");
  const contentType = String(headers[constants.HTTP2_HEADER_CONTENT_TYPE] ?? "");
  if (headers[constants.HTTP2_HEADER_METHOD] !== "POST" || !contentType.startsWith("application/grpc")) {
    if (!stream.headersSent) stream.respond({ [constants.HTTP2_HEADER_STATUS]: 415 }, { endStream: true });
    return;
  }
  const method = options.methods.get(path);
  if (!method) {
    // Streaming services too (go-plugin's stdio and broker): the client gives up on them.
    trailersOnly(stream, GrpcStatus.UNIMPLEMENTED, `${path} is not served by this plugin`);
    stream.resume();
    return;
  }
  const max = options.maxMessageBytes ?? 256 * 1024 * 1024;
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > max + HEADER_BYTES) {
      trailersOnly(stream, GrpcStatus.RESOURCE_EXHAUSTED, `request larger than ${max} bytes`);
      stream.close(constants.NGHTTP2_CANCEL);
      return;
    }
    chunks.push(chunk);
  });
  stream.on("end", () => {
    if (stream.headersSent || stream.destroyed) return;
    answer(stream, method, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size), options.onError);
  });
}

export interface GrpcServer {
  listen(socketPath: string): Promise<void>;
  /** Stops serving: no new calls, answers under way still go out (the process exits right after). */
  close(): void;
}

export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  // Large flow-control windows: a plan of a big batch or the schema travels in one go.
  const settings = { initialWindowSize: 4 * 1024 * 1024, maxFrameSize: 1024 * 1024 };
  const common = { settings, maxSessionMemory: 256 };
  const server: Http2Server = options.tls
    ? createSecureServer({ ...common, key: options.tls.key, cert: options.tls.cert, ca: options.tls.clientCert, requestCert: true, rejectUnauthorized: true, allowHTTP1: false })
    : createServer(common);
  const sessions = new Set<Http2Session>();
  server.on("session", (session: Http2Session) => {
    sessions.add(session);
    session.once("connect", () => session.setLocalWindowSize(settings.initialWindowSize));
    session.once("close", () => sessions.delete(session));
    session.on("error", (err) => options.onError?.(err));
  });
  server.on("stream", (stream, headers) => onStream(options, stream, headers));
  return {
    listen: (socketPath) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(socketPath, () => {
          server.off("error", reject);
          resolve();
        });
      }),
    close() {
      // Graceful: Shutdown's own answer (and its trailers) is still being written.
      for (const s of sessions) s.close();
      server.close();
    },
  };
}
