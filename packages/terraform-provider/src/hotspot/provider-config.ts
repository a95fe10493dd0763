// The provider block: where the HotSpot server is and how hard to push it.
// url and passphrase fall back to HOTSPOT_URL / HOTSPOT_PASSPHRASE so the
// secret never has to be written into configuration.
import { isTimeZone, parseDuration, SERVER_LIMITS } from "@hotspot-iac/core";
import type { Diagnostics } from "../framework/diagnostics.js";
import type { Schema } from "../schema/schema.js";
import { types } from "../schema/types.js";
import { isUnknown, type ObjectValue } from "../values/value.js";

export const DEFAULT_TIMEOUT_SECONDS = 30;
export const DEFAULT_CONCURRENCY = 8;

export const providerSchema: Schema = {
  version: 0,
  description: "Manages the accounts of an Antamedia HotSpot server through its HTTP integration API.",
  attributes: {
    url: {
      type: types.string,
      optional: true,
      description: "Base URL of the HotSpot API, e.g. `http://hotspot.example:82`. Defaults to the `HOTSPOT_URL` environment variable.",
    },
    passphrase: {
      type: types.string,
      optional: true,
      sensitive: true,
      description: "The API's secret passphrase. Defaults to the `HOTSPOT_PASSPHRASE` environment variable; prefer the variable.",
    },
    timeout: {
      type: types.string,
      optional: true,
      description:
        `How long to wait for one API request before failing it, a duration as in the YAML's \`server.timeout\` (\`30s\`, \`2m\`). ` +
        `Default \`${DEFAULT_TIMEOUT_SECONDS}s\`. A bare number (\`timeout = 30\`, the 0.1.0 form) is still read as seconds.`,
    },
    concurrency: {
      type: types.number,
      optional: true,
      description: `Most API requests in flight at once, across all resources. Default ${DEFAULT_CONCURRENCY}.`,
    },
    time_zone: {
      type: types.string,
      optional: true,
      description:
        "The server's time zone, an IANA name (`Europe/Lisbon`), as the YAML's `server.timeZone`: its wall clock is what relative expiries count from and what the expired-on-arrival check compares with. Default: this machine's zone.",
    },
  },
};

export interface ConnectionSettings {
  url: string;
  passphrase: string;
  timeoutMs: number;
  concurrency: number;
  /** The server's IANA time zone; undefined: the machine's. */
  timeZone?: string;
}

function positiveInteger(v: unknown): number | undefined {
  const n = typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The timeout in seconds: a duration (`30s`), or a bare number of seconds (0.1.0's form); undefined when neither or not positive. */
function timeoutSeconds(v: unknown): number | undefined {
  const text = typeof v === "number" || typeof v === "bigint" ? String(v) : typeof v === "string" ? v.trim() : undefined;
  if (text === undefined) return undefined;
  const n = /^\d+$/.test(text) ? Number(text) : parseDuration(text);
  return n !== undefined && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Checks what can be checked before the values are known (plan time). */
export function validateProviderConfig(config: ObjectValue, diags: Diagnostics): void {
  const { url, timeout, concurrency, time_zone: timeZone } = config;
  if (typeof url === "string" && !/^https?:\/\/[^/]+/.test(url)) {
    diags.error("Invalid url", `Expected an http:// or https:// URL, got "${url}".`, ["url"]);
  }
  if (timeout !== null && timeout !== undefined && !isUnknown(timeout) && timeoutSeconds(timeout) === undefined) {
    diags.error("Invalid timeout", `"${String(timeout)}" is not a duration greater than 0 such as \`30s\` or \`2m\`.`, ["timeout"]);
  }
  if (typeof timeZone === "string" && !isTimeZone(timeZone)) {
    diags.error("Invalid time_zone", `"${timeZone}" is not a time zone this provider knows: expected an IANA name such as \`Europe/Lisbon\` or \`UTC\`.`, ["time_zone"]);
  }
  const { min, max } = SERVER_LIMITS.concurrency; // the bounds of the YAML's server.concurrency
  const n = positiveInteger(concurrency);
  if (concurrency !== null && concurrency !== undefined && !isUnknown(concurrency) && (n === undefined || n < min || n > max)) {
    diags.error("Invalid concurrency", `concurrency must be a whole number from ${min} to ${max}.`, ["concurrency"]);
  }
}

export function resolveConnection(config: ObjectValue, env: NodeJS.ProcessEnv, diags: Diagnostics): ConnectionSettings | undefined {
  validateProviderConfig(config, diags);
  const url = typeof config.url === "string" ? config.url : env.HOTSPOT_URL;
  const passphrase = typeof config.passphrase === "string" ? config.passphrase : env.HOTSPOT_PASSPHRASE;
  if (!url) diags.error("Missing HotSpot URL", "Set url in the provider block or the HOTSPOT_URL environment variable.", ["url"]);
  if (passphrase === undefined) {
    diags.error("Missing HotSpot passphrase", "Set the HOTSPOT_PASSPHRASE environment variable (or passphrase in the provider block).", ["passphrase"]);
  }
  if (diags.hasErrors || !url || passphrase === undefined) return undefined;
  return {
    url: url.replace(/\/+$/, ""),
    passphrase,
    timeoutMs: (timeoutSeconds(config.timeout) ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    concurrency: positiveInteger(config.concurrency) ?? DEFAULT_CONCURRENCY,
    ...(typeof config.time_zone === "string" ? { timeZone: config.time_zone } : {}),
  };
}
