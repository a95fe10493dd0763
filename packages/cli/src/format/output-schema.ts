// The JSON (and YAML) that `-o json` prints, as a zod contract: one key per value, each number
// named with its unit (`…Seconds`, `…Bytes`, `…BitsPerSecond`) and described here; `null` means
// unlimited (never, for an expiry), an absent key not reported or not applicable. The committed
// JSON Schema (schema/output.schema.json) is generated from it and kept in sync by a test, which
// also parses what the commands print with it, strictly. Used by tests and the generator only:
// zod is not bundled into the CLI.
import { z } from "zod";

const seconds = (what: string) => z.number().nullable().optional().describe(`${what}, in seconds (null: unlimited; absent: not reported).`);
const bytes = (what: string) => z.number().nullable().optional().describe(`${what}, in bytes (null: unlimited; absent: not reported).`);
const bitsPerSecond = (what: string) => z.number().nullable().optional().describe(`${what}, in bits per second as the YAML writes rates (5Mbit = 5242880; null: unlimited).`);
const count = (what: string) => z.number().optional().describe(what);
const wallClock = z.string().optional().describe("Server wall-clock time, ISO 8601 without a zone (the server's local time); absent when none.");
const rates = z.strictObject({ downloadBitsPerSecond: bitsPerSecond("Download rate"), uploadBitsPerSecond: bitsPerSecond("Upload rate") });

export const accountJsonSchema = z
  .strictObject({
    username: z.string(),
    password: z
      .string()
      .nullable()
      .optional()
      .describe("null when masked (listed in `sensitive`); the clear value only with --show-password; absent when not reported."),
    pricePlan: z.strictObject({ id: z.number().int(), description: z.string().optional() }).optional(),
    timeLeftSeconds: seconds("Time left"),
    timeUsedSeconds: seconds("Time used"),
    quotaBytes: bytes("Quota left"),
    rates,
    expires: z.string().nullable().optional().describe("Server wall-clock time, ISO 8601 without a zone; null: never expires; absent: not reported."),
    dailyTimeSeconds: seconds("Daily time limit"),
    dailyQuotaBytes: bytes("Daily quota"),
    dailyQuotaLeftBytes: count("Daily quota left today, in bytes; only where a daily quota applies."),
    dailyLogins: z.number().int().nullable().optional().describe("Logins allowed per day (null: no limit)."),
    loggedIn: z.boolean().optional(),
    firstUsed: wallClock,
    lastUsed: wallClock,
    generateId: z.number().int().optional().describe("The generateaccounts call (batch) that made the account."),
    sensitive: z.array(z.literal("password")).optional().describe("Fields whose values are withheld (null), as in Terraform's JSON."),
  })
  .describe("hotspot account view / list / refill -o json");

export const pricePlanJsonSchema = z
  .strictObject({
    id: z.number().int(),
    description: z.string(),
    price: count("In the server's currency."),
    timeSeconds: seconds("Time the plan gives"),
    quotaBytes: bytes("Quota the plan gives"),
    rates,
    expireDays: z.number().int().nullable().optional().describe("Days until an account on this plan expires (null: never)."),
    enabled: z.boolean().optional(),
  })
  .describe("hotspot plans -o json (one per plan)");

export const sessionJsonSchema = z
  .strictObject({
    username: z.string(),
    ip: z.string().optional(),
    mac: z.string().optional(),
    start: wallClock,
    stop: wallClock,
    durationSeconds: count("Session length, in seconds."),
    downloadBytes: count("Downloaded, in bytes."),
    uploadBytes: count("Uploaded, in bytes."),
  })
  .describe("hotspot log -o json (one per session)");

/** Sessions, time used and traffic: an account's summary and each day of the statistics. */
const usage = {
  sessions: z.number().int(),
  timeUsedSeconds: z.number().describe("Time used, in seconds."),
  downloadBytes: z.number().describe("Downloaded, in bytes."),
  uploadBytes: z.number().describe("Uploaded, in bytes."),
};

export const summaryJsonSchema = z
  .strictObject({ username: z.string(), ...usage, firstUsed: wallClock, lastUsed: wallClock })
  .describe("hotspot summary -o json");

const counters = {
  ...usage,
  accountsCreated: z.number().int(),
  sales: z.number().describe("In the server's currency."),
};

export const statsJsonSchema = z
  .strictObject({
    from: z.string().describe("First day, YYYY-MM-DD (server time)."),
    to: z.string().describe("Last day, YYYY-MM-DD (server time)."),
    days: z.array(z.strictObject({ date: z.string(), ...counters })),
    totals: z.strictObject(counters),
  })
  .describe("hotspot stats -o json");

/** The JSON Schema document: one definition per output. */
export function outputJsonSchemaDocument(): Record<string, unknown> {
  const defs = {
    account: accountJsonSchema,
    pricePlan: pricePlanJsonSchema,
    session: sessionJsonSchema,
    summary: summaryJsonSchema,
    stats: statsJsonSchema,
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://hotspot-iac.dev/schema/output.v1.json",
    title: "hotspot operator commands, -o json",
    $defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, z.toJSONSchema(v, { target: "draft-2020-12" })])),
  };
}
