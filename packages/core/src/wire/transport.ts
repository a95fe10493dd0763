// HTTP to one HotSpot server: keep-alive connections (an undici Pool bound to the server's origin,
// sent a path: no URL parsed per request), a timeout per request that
// covers headers and body, bounded concurrency (p-limit), retries with backoff for read commands
// only, and the translation of every failure into a HotSpotError. Writes are never retried: a lost
// answer does not mean the write did not happen, so the caller gets mayHaveCommitted instead.

import { EventEmitter } from "node:events";
import pLimit, { type LimitFunction } from "p-limit";
import { Pool } from "./undici-pool.js";
import { BodyTooLargeError, DEFAULT_MAX_LIST_RESPONSE_BYTES, DEFAULT_MAX_RESPONSE_BYTES, readBodyLimited } from "./body.js";
import { type Decoder, decodeAnswer } from "./codec/decoder.js";
import { ResponseFormatError, ResponseMismatchError, ServerRefusal } from "./codec/failures.js";
import { type HotSpotCommand, isReadCommand } from "./commands.js";
import { HotSpotError, type HotSpotErrorKind } from "./errors.js";
import { classifyNetworkError } from "./network-errors.js";
import { commandPath, commandUrl, type WireParams } from "./query.js";
import { isSecretParam, redactUrl, scrubSecrets } from "./redact.js";
import { XmlSyntaxError } from "./xml.js";

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 200;
const MAX_RETRY_DELAY_MS = 5_000;

/** What the logger sees. URLs are always redacted. */
export type HotSpotLogEvent =
  | { type: "request"; command: HotSpotCommand; url: string; attempt: number }
  | {
      type: "response";
      command: HotSpotCommand;
      url: string;
      attempt: number;
      status: number;
      bytes: number;
      durationMs: number;
    }
  | {
      type: "retry";
      command: HotSpotCommand;
      url: string;
      /** The attempt that failed; the next one is attempt + 1 of maxAttempts. */
      attempt: number;
      maxAttempts: number;
      /** The account the command is about, unless it is a secret value (a referenced name). */
      account?: string;
      delayMs: number;
      error: HotSpotError;
    }
  | { type: "error"; command: HotSpotCommand; url: string; attempt: number; error: HotSpotError };

export type HotSpotLogger = (event: HotSpotLogEvent) => void;

/** A read about to be sent again: what a caller shows as it happens (`viewaccount x: …, retry 2 of 3`). */
export type HotSpotRetryEvent = Extract<HotSpotLogEvent, { type: "retry" }>;

export interface TransportOptions {
  /** Base URL of the server, e.g. `http://10.0.0.1:82`. */
  url: string;
  passphrase: string;
  /** Per request, headers and body together. Default 30 s. */
  timeoutMs?: number;
  /** Requests in flight at most. Default 8. */
  concurrency?: number;
  /** Extra attempts for read commands. Default 2. Writes are never retried. */
  retries?: number;
  /** First backoff delay; doubles each retry, with jitter. Default 200 ms. */
  retryDelayMs?: number;
  /** Largest body accepted, getaccountlist aside. Default 64 MiB. */
  maxResponseBytes?: number;
  /** Largest getaccountlist body accepted (it grows with the server). Default 256 MiB. */
  maxListResponseBytes?: number;
  logger?: HotSpotLogger;
  /** Told of each retry as it happens (without the cost of a logger's per-request events). */
  onRetry?: (event: HotSpotRetryEvent) => void;
  /**
   * Values secret wherever they go (those from `${env:…}` / `${file:…}` references, whatever the
   * field): a parameter carrying one is redacted in every URL of an error or log, and longer ones
   * are scrubbed from failure texts like the passphrase.
   */
  redactValues?: Iterable<string>;
}

/** A failure of one attempt, before it is known whether it will be retried. */
interface AttemptFailure {
  kind: HotSpotErrorKind;
  status?: number;
  description?: string;
  detail?: string;
  cause?: { name: string; code?: string; message: string };
  beforeSend?: boolean;
}

export class Transport {
  private readonly pool: Pool;
  /** The base URL's path without its trailing slash ("" for `http://host:82`). */
  private readonly basePath: string;
  private readonly limit: LimitFunction;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly maxResponseBytes: number;
  private readonly maxListResponseBytes: number;
  private closed = false;
  /** User name and password of the base URL, if any: scrubbed from failure texts like the passphrase. */
  private readonly userInfo: string[];
  private readonly redactValues: ReadonlySet<string>;

  constructor(private readonly opts: TransportOptions) {
    this.timeoutMs = positive(opts.timeoutMs, DEFAULT_TIMEOUT_MS, "timeoutMs");
    this.retries = opts.retries ?? DEFAULT_RETRIES;
    if (!Number.isInteger(this.retries) || this.retries < 0) throw new RangeError("retries must be a whole number ≥ 0");
    this.retryDelayMs = opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
    this.maxResponseBytes = positive(opts.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, "maxResponseBytes");
    this.maxListResponseBytes = positive(opts.maxListResponseBytes, DEFAULT_MAX_LIST_RESPONSE_BYTES, "maxListResponseBytes");
    const concurrency = positive(opts.concurrency, DEFAULT_CONCURRENCY, "concurrency");
    this.limit = pLimit(concurrency);
    const base = new URL(opts.url);
    this.userInfo = [decodeURIComponent(base.username), decodeURIComponent(base.password)].filter((s) => s.length >= 3);
    this.redactValues = new Set([...(opts.redactValues ?? [])].filter((v) => v !== ""));
    this.basePath = base.pathname.replace(/\/+$/, "");
    this.pool = new Pool(base.origin, {
      connections: concurrency,
      keepAliveTimeout: 4_000,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      connect: { timeout: this.timeoutMs },
    });
  }

  /**
   * Sends one command and decodes its XML answer. `decode` may throw ServerRefusal or
   * ResponseFormatError; everything becomes a HotSpotError.
   */
  async call<T>(command: HotSpotCommand, params: WireParams, decode: Decoder<T>): Promise<T> {
    if (this.closed) throw new Error("HotSpotClient is closed");
    const path = commandPath(this.basePath, command, params, this.opts.passphrase);
    const read = isReadCommand(command);
    const attempts = read ? 1 + this.retries : 1;

    for (let attempt = 1; ; attempt++) {
      const outcome = await this.limit(() => this.attempt(command, params, path, attempt, decode));
      if (outcome.ok) return outcome.value;
      const f = outcome.failure;
      const safeUrl = this.safeUrl(command, params);
      // Built only on failure: the success path never needs it.
      const secrets = [
        this.opts.passphrase,
        ...this.userInfo,
        ...params.filter(([k]) => isSecretParam(k)).map(([, v]) => v),
        // Values from references, long enough not to mangle the text around them.
        ...params.filter(([k, v]) => !isSecretParam(k) && v.length >= 3 && this.redactValues.has(v)).map(([, v]) => v),
      ];
      const error = new HotSpotError({
        command,
        kind: f.kind,
        url: safeUrl,
        status: f.status,
        description: f.description === undefined ? undefined : scrubSecrets(f.description, secrets),
        detail: f.detail === undefined ? undefined : scrubSecrets(f.detail, secrets),
        cause: f.cause && { ...f.cause, message: scrubSecrets(f.cause.message, secrets) },
        mayHaveCommitted: !read && mayHaveCommitted(f),
        attempts: attempt,
      });
      if (attempt < attempts && retryable(f) && !this.closed) {
        const delayMs = backoff(this.retryDelayMs, attempt);
        const account = params.find(([k]) => k === "account")?.[1];
        const named = account !== undefined && !this.redactValues.has(account) ? { account } : {};
        const retry: HotSpotRetryEvent = { type: "retry", command, url: safeUrl, attempt, maxAttempts: attempts, ...named, delayMs, error };
        this.log(retry);
        try {
          this.opts.onRetry?.(retry);
        } catch {
          // a failing listener must not change the outcome of a command
        }
        await new Promise((r) => setTimeout(r, delayMs));
        continue;
      }
      this.log({ type: "error", command, url: safeUrl, attempt, error });
      throw error;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.close();
  }

  /**
   * Stop now: requests in flight fail (a write's outcome then unknown, as after a lost answer) and
   * new ones are refused. For a caller's deadline over a whole run; close() waits for them instead.
   */
  async destroy(): Promise<void> {
    this.closed = true;
    await this.pool.destroy().catch(() => undefined);
  }

  /** The redacted full URL for logs and errors; built only when one of them needs it. */
  private safeUrl(command: HotSpotCommand, params: WireParams): string {
    return redactUrl(commandUrl(this.opts.url, command, params, this.opts.passphrase), this.redactValues);
  }

  private async attempt<T>(
    command: HotSpotCommand,
    params: WireParams,
    path: string,
    attempt: number,
    decode: Decoder<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; failure: AttemptFailure }> {
    const started = performance.now();
    // One deadline for headers and body. undici takes an EventEmitter as signal: much cheaper
    // than an AbortController per request; the reason is the one AbortController.abort() gives.
    const signal = new EventEmitter() as EventEmitter & { reason?: unknown };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      signal.reason = new DOMException("This operation was aborted", "AbortError");
      signal.emit("abort");
    }, this.timeoutMs);
    if (this.opts.logger) this.log({ type: "request", command, url: this.safeUrl(command, params), attempt });
    let status: number | undefined;
    try {
      const res = await this.pool.request({ method: "GET", path, signal, headers: ACCEPT });
      status = res.statusCode;
      if (status !== 200) {
        await res.body.dump().catch(() => undefined);
        return { ok: false, failure: { kind: "http", status } };
      }
      const limit = command === "getaccountlist" ? this.maxListResponseBytes : this.maxResponseBytes;
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > limit) {
        res.body.destroy();
        throw new BodyTooLargeError(limit);
      }
      const text = await readBodyLimited(res.body, limit);
      // Skipped without a logger: byteLength scans the whole text.
      if (this.opts.logger) {
        this.log({
          type: "response",
          command,
          url: this.safeUrl(command, params),
          attempt,
          status,
          bytes: Buffer.byteLength(text),
          durationMs: Math.round(performance.now() - started),
        });
      }
      return { ok: true, value: decodeAnswer(decode, text) };
    } catch (err) {
      return { ok: false, failure: this.toFailure(err, status, timedOut) };
    } finally {
      clearTimeout(timer);
    }
  }

  private toFailure(err: unknown, status: number | undefined, timedOut: boolean): AttemptFailure {
    const base = status === undefined ? {} : { status };
    if (err instanceof ServerRefusal) return { ...base, kind: "server", description: err.description };
    if (err instanceof ResponseMismatchError) return { ...base, kind: "protocol", detail: err.message };
    if (err instanceof XmlSyntaxError || err instanceof ResponseFormatError) {
      return { ...base, kind: "parse", detail: err.message };
    }
    if (err instanceof BodyTooLargeError) {
      return { ...base, kind: "too-large", detail: `limit ${err.limit} bytes (maxResponseBytes; maxListResponseBytes for getaccountlist)` };
    }
    const cause = sanitize(err);
    if (timedOut) return { ...base, kind: "timeout", detail: `after ${this.timeoutMs} ms`, cause };
    const net = classifyNetworkError(err);
    return {
      ...base,
      kind: net.kind,
      beforeSend: net.beforeSend,
      cause,
      detail: net.kind === "timeout" ? `after ${this.timeoutMs} ms` : (net.code ?? cause.message),
    };
  }

  private log(event: HotSpotLogEvent): void {
    try {
      this.opts.logger?.(event);
    } catch {
      // a failing logger must not change the outcome of a command
    }
  }
}

const ACCEPT = { accept: "application/xml, text/xml, */*" };

function mayHaveCommitted(f: AttemptFailure): boolean {
  switch (f.kind) {
    case "server":
    case "refused":
      return false;
    case "http":
      return (f.status ?? 0) >= 500;
    default:
      return !f.beforeSend;
  }
}

function retryable(f: AttemptFailure): boolean {
  switch (f.kind) {
    case "timeout":
    case "refused":
    case "dropped":
    case "network":
    case "parse":
      return true;
    case "http":
      return (f.status ?? 0) >= 500;
    default:
      return false;
  }
}

function backoff(base: number, attempt: number): number {
  const exp = Math.min(MAX_RETRY_DELAY_MS, base * 2 ** (attempt - 1));
  return Math.round(exp / 2 + (Math.random() * exp) / 2);
}

function positive(value: number | undefined, fallback: number, what: string): number {
  const v = value ?? fallback;
  if (!Number.isFinite(v) || v <= 0) throw new RangeError(`${what} must be a number > 0`);
  return v;
}

function sanitize(err: unknown): { name: string; code?: string; message: string } {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === "string" ? { name: err.name, code, message: err.message } : { name: err.name, message: err.message };
  }
  return { name: "Error", message: String(err) };
}
