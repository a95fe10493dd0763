// The JSON (and YAML) that `-o json` prints, as a zod contract: each number is named with its
// unit (`…Seconds`, `…Bytes`, `…BytesPerSecond`) and described here; the committed JSON Schema
// (schema/output.schema.json) is generated from it and kept in sync by a test, which also parses
// what the commands print with it, strictly. Used by tests and the generator only: zod is not
// bundled into the CLI.
// Compatibility: keys are only added. The unit-less keys (`timeLeft`, `quota`, `rates.download`…)
// came first and stay; new scripts read the named ones.
import { z } from "zod";

const seconds = (what: string) => z.number().nullable().describe(`${what}, in seconds (null: unlimited or not reported).`);
const bytes = (what: string) => z.number().nullable().describe(`${what}, in bytes (null: unlimited or not reported).`);
const bytesPerSecond = (what: string) => z.number().nullable().describe(`${what}, in bytes per second (5 Mbit/s = 655360).`);
const wallClock = z.string().nullable().describe("Server wall-clock time, ISO 8601 without a zone (the server's local time).");
const legacy = (unit: string) => z.union([z.number(), z.literal("unlimited"), z.null()]).describe(`Unit-less form (${unit}); kept for older scripts.`);

export const accountJsonSchema = z
  .strictObject({
    username: z.string(),
    password: z
      .string()
      .nullable()
      .describe("null when masked (listed in `sensitive`) or absent; the clear value only with --show-password."),
    pricePlan: z.strictObject({ id: z.number().int(), description: z.string().nullable() }).nullable(),
    timeLeft: legacy("seconds"),
    timeLeftSeconds: seconds("Time left"),
    unlimitedTime: z.boolean().nullable(),
    timeUsed: legacy("seconds"),
    timeUsedSeconds: seconds("Time used"),
    quota: legacy("bytes"),
    quotaBytes: bytes("Quota left"),
    unlimitedQuota: z.boolean().nullable(),
    rates: z.strictObject({
      download: legacy("bytes per second"),
      upload: legacy("bytes per second"),
      downloadBytesPerSecond: bytesPerSecond("Download rate"),
      uploadBytesPerSecond: bytesPerSecond("Upload rate"),
    }),
    expires: z.union([wallClock, z.literal("never")]),
    dailyTime: legacy("seconds"),
    dailyTimeSeconds: seconds("Daily time limit"),
    dailyQuota: legacy("bytes"),
    dailyQuotaBytes: bytes("Daily quota"),
    dailyQuotaLeft: legacy("bytes"),
    dailyQuotaLeftBytes: bytes("Daily quota left today"),
    dailyLogins: z.number().int().nullable(),
    loggedIn: z.boolean().nullable(),
    firstUsed: wallClock,
    lastUsed: wallClock,
    generateId: z.number().int().nullable().describe("The generateaccounts call (batch) that made the account."),
    sensitive: z.array(z.literal("password")).optional().describe("Fields whose values are withheld (null), as in Terraform's JSON."),
  })
  .describe("hotspot account view / list / refill -o json");

export const pricePlanJsonSchema = z
  .strictObject({
    id: z.number().int(),
    description: z.string(),
    price: z.number().nullable().describe("In the server's currency."),
    time: legacy("seconds"),
    timeSeconds: seconds("Time the plan gives"),
    quota: legacy("bytes"),
    quotaBytes: bytes("Quota the plan gives"),
    rates: z.strictObject({
      download: legacy("bytes per second"),
      upload: legacy("bytes per second"),
      downloadBytesPerSecond: bytesPerSecond("Download rate"),
      uploadBytesPerSecond: bytesPerSecond("Upload rate"),
    }),
    expireDays: z.number().int().nullable().describe("Days until an account on this plan expires."),
    enabled: z.boolean().nullable(),
  })
  .describe("hotspot plans -o json (one per plan)");

export const sessionJsonSchema = z
  .strictObject({
    username: z.string(),
    ip: z.string().nullable(),
    mac: z.string().nullable(),
    start: wallClock,
    stop: wallClock,
    duration: legacy("seconds"),
    durationSeconds: seconds("Session length"),
    download: legacy("bytes"),
    upload: legacy("bytes"),
    downloadBytes: bytes("Downloaded"),
    uploadBytes: bytes("Uploaded"),
  })
  .describe("hotspot log -o json (one per session)");

/** Sessions, time used and traffic: an account's summary and each day of the statistics. */
const usage = {
  sessions: z.number().int(),
  timeUsed: legacy("seconds"),
  timeUsedSeconds: seconds("Time used"),
  download: legacy("bytes"),
  upload: legacy("bytes"),
  downloadBytes: bytes("Downloaded"),
  uploadBytes: bytes("Uploaded"),
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
