// The `hotspot plan --json` document, version 1: a zod schema that is the contract. The committed
// JSON Schema (plan-json.schema.json) is generated from it and kept in sync by a test.
// Compatibility rule: within formatVersion 1 fields may be added, never renamed or removed; a
// breaking change bumps formatVersion.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} / ${file:…} references are text here
import { z } from "zod";

export const PLAN_JSON_FORMAT_VERSION = 1 as const;

const planValue = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("value"), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }),
    z
      .object({
        kind: z.literal("sensitive"),
        value: z.null().optional().describe("Always null: the value is never carried, not even hashed."),
        from: z.string().optional().describe("The references the value came from, e.g. ${env:NAME} or ${file:PATH} (never the value)."),
      })
      .describe("A secret by nature (password, card data) or a value from ${env:…} / ${file:…}: never carried in clear."),
    z.object({ kind: z.literal("unknown") }).describe("Known only after apply (e.g. generated ticket codes)."),
    z.object({ kind: z.literal("unreported") }).describe("The live side of a write-only field: the server never returns it."),
    z.object({ kind: z.literal("absent") }).describe("Not set."),
  ])
  .describe("A value as shown in a plan.");

const source = z
  .object({ file: z.string(), line: z.number().int(), col: z.number().int() })
  .describe("Where the resource is declared in the YAML.");

const impact = z
  .enum(["no-change", "safe", "may-disrupt", "destructive"])
  .describe("safe: creates and updates; may-disrupt: resets consumed time/quota or re-sends write-only fields; destructive: deletes.");

const action = z.enum(["create", "update", "delete", "no-op"]);

const fieldChange = z.object({
  field: z.string().describe('Field name as written in the YAML, e.g. "expires", "customer.email".'),
  class: z.enum(["identity", "enforced", "initial", "writeOnly"]).describe("How the field is compared."),
  before: planValue,
  after: planValue,
  note: z.string().optional(),
});

const sensitiveList = z
  .array(z.string())
  .optional()
  .describe("Fields of this change whose before or after value is withheld (like Terraform's after_sensitive); absent when none.");

const accountChange = z.object({
  resource: z.literal("account"),
  action,
  site: z.string(),
  username: z.string(),
  impact,
  owner: z.enum(["declared", "prefix"]).optional().describe("Owned because declared by name, or under an ownership prefix."),
  reason: z.string().optional(),
  takeover: z.boolean().optional().describe("A delete of an account this state file never created, imported or adopted: refused unless --allow-takeover."),
  rename: z
    .object({
      from: z.string().describe("The deleted account."),
      to: z.string().describe("The created account."),
      same: z.enum(["password", "settings"]).describe("What makes it look like a rename: the same password, or the same settings (password aside)."),
    })
    .optional()
    .describe("A delete and a create that look like a rename, on both changes: the create is sent first, and the delete only if it succeeded."),
  source: source.optional(),
  fields: z.array(fieldChange),
  sensitive: sensitiveList,
  had: z
    .array(fieldChange)
    .optional()
    .describe(
      "A delete: what the account had when planned (plan, timeLeft, timeUsed, quota, expires, loggedIn), read for every delete (one viewaccount where the list gives names only); `before` side only; not compared when a saved plan is applied.",
    ),
});

const batchChange = z.object({
  resource: z.literal("batch"),
  action,
  site: z.string(),
  prefix: z.string(),
  impact,
  countBefore: z.number().int(),
  countAfter: z.number().int(),
  ticket: z.boolean().optional().describe("Ticket batch: new members get server-chosen codes."),
  generate: z
    .object({
      count: z.number().int(),
      startNumber: z.number().int().optional(),
      calls: z.number().int().describe("generateaccounts calls"),
      perMemberUpdate: z.boolean(),
      perMemberFields: z.array(z.string()),
    })
    .optional()
    .describe("How a grow is sent."),
  updateMembers: z.array(z.string()).optional().describe("Existing members whose settings are updated."),
  removeMembers: z.array(z.string()).describe("Members deleted by a shrink, unused first."),
  inUseBlocked: z.array(z.string()).describe("Members in use that a shrink (or removing the batch) would remove: refused unless --force."),
  online: z.array(z.string()).optional().describe("Those of inUseBlocked logged in now (the others have been used); absent when none."),
  takeoverMembers: z
    .number()
    .int()
    .optional()
    .describe(
      "Accounts under the prefix this state file never created, imported or adopted for the batch: counted as its members (a dropped batch: deleted with it) only with --allow-takeover.",
    ),
  reason: z.string().optional(),
  source: source.optional(),
  fields: z.array(fieldChange),
  sensitive: sensitiveList,
});

const diagnostic = z.object({
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  code: z.string().optional().describe('Stable kind, e.g. "price-plan-missing", "safety-threshold".'),
  forceable: z.boolean().optional().describe("An error that --force overrides."),
  site: z.string().optional(),
  source: source.optional(),
});

export const planJsonSchema = z
  .object({
    formatVersion: z.literal(PLAN_JSON_FORMAT_VERSION),
    createdAt: z.string().describe("ISO 8601 time the plan was made."),
    severity: impact.describe("The worst impact of all changes."),
    site: z.string().optional().describe("The site planned."),
    server: z.string().optional().describe("The server URL of a single-site plan (no user-info, query or passphrase)."),
    servers: z
      .array(
        z.object({
          site: z.string(),
          url: z.string().describe("The server URL (no user-info, query or passphrase)."),
          emulator: z.boolean().describe("true: the CLI's embedded HotSpot emulator (--emulator), not a real server."),
        }),
      )
      .optional()
      .describe("The server(s) the plan was made against, one per site."),
    configuration: z
      .object({
        files: z.array(z.string()).describe("The configuration files read, as the command line named them (relative to its working folder)."),
        stateFile: z.string().describe("The state file consulted (and written by apply)."),
      })
      .optional()
      .describe("What the plan was made from: the text and Markdown headers' Configuration and State file lines."),
    ownedCount: z.number().int().optional().describe("Accounts on the server this configuration owns."),
    accounts: z
      .object({ create: z.number().int(), update: z.number().int(), delete: z.number().int() })
      .optional()
      .describe("Accounts touched (a batch growing by 50 counts 50 creates): the plan's summary line; summary counts changes."),
    batches: z
      .object({
        create: z.number().int(),
        grow: z.number().int(),
        shrink: z.number().int(),
        update: z.number().int(),
        delete: z.number().int(),
      })
      .optional()
      .describe("Batch-level changes by kind (a resize is a grow or a shrink): the plan's `Batches:` line."),
    summary: z.object({
      create: z.number().int(),
      update: z.number().int(),
      delete: z.number().int(),
      noop: z.number().int(),
    }),
    changes: z.array(z.discriminatedUnion("resource", [accountChange, batchChange])),
    diagnostics: z.array(diagnostic),
    venues: z
      .array(
        z.object({
          site: z.string(),
          server: z.string().optional().describe("The server URL (no user-info, query or passphrase)."),
          result: z
            .enum(["no-changes", "changes", "applied", "error", "refused", "not-reached"])
            .describe("refused: the venue's plan has errors (safety, takeover); not-reached: never planned (--fail-fast, --timeout)."),
          error: z.string().optional().describe("Why the venue could not be planned (no secret)."),
          accounts: z
            .object({ create: z.number().int(), update: z.number().int(), delete: z.number().int() })
            .optional()
            .describe("Accounts its plan touches; absent when it has no plan or errors."),
        }),
      )
      .optional()
      .describe(
        "A plan of several sites (a fleet): one entry per venue in configuration order, failed ones included. The plan's changes and diagnostics are those of the venues planned, each with its site.",
      ),
  })
  .describe("hotspot plan --json output");

export type PlanJson = z.infer<typeof planJsonSchema>;

/** The JSON Schema document for editors, CI scripts and other languages. */
export function planJsonSchemaDocument(): Record<string, unknown> {
  return {
    $id: "https://hotspot-iac.dev/schema/plan.v1.json",
    title: "hotspot plan --json (formatVersion 1)",
    ...z.toJSONSchema(planJsonSchema, { target: "draft-2020-12" }),
  };
}
