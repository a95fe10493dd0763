// Logs go to stderr only: stdout carries the go-plugin handshake line and
// nothing else. terraform copies a provider's stderr into its own log when
// TF_LOG (or TF_LOG_PROVIDER) is set, so we honour the same level names.

import { redactUrlsIn } from "@hotspot-iac/core";

const LEVELS = ["trace", "debug", "info", "warn", "error", "off"] as const;
export type LogLevel = (typeof LEVELS)[number];

export interface Logger {
  trace(msg: string): void;
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export function levelFromEnv(env: NodeJS.ProcessEnv): LogLevel {
  const raw = (env.TF_LOG_PROVIDER ?? env.TF_LOG ?? "").toLowerCase();
  if (raw === "json") return "trace";
  if ((LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  // Unset: only errors, so a plain `terraform plan` stays quiet.
  return raw === "" ? "error" : "info";
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const threshold = LEVELS.indexOf(level);
  const at = (lvl: LogLevel) => (msg: string) => {
    if (LEVELS.indexOf(lvl) < threshold) return;
    // Every URL in a message loses its user-info and secret parameters (core's list).
    msg = redactUrlsIn(msg);
    // go-hclog's line shape lets terraform re-level the line in its own log.
    write(`${new Date().toISOString()} [${lvl.toUpperCase()}] hotspot: ${msg}\n`);
  };
  return { trace: at("trace"), debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
