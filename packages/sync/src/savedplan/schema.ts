// A saved plan's shape (savedplan/saved-plan.ts), checked on read before `show` renders it or `apply`
// compares it. Loose objects: fields a later version adds are kept.
import { z } from "zod";
import { nameRecord } from "../state/shape.js";

const planValue = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("value"), value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }),
  z.looseObject({ kind: z.literal("sensitive"), from: z.string().optional() }),
  z.looseObject({ kind: z.literal("unknown") }),
  z.looseObject({ kind: z.literal("unreported") }),
  z.looseObject({ kind: z.literal("absent") }),
]);

const fieldChange = z.looseObject({
  field: z.string(),
  before: planValue,
  after: planValue,
  fieldClass: z.enum(["identity", "enforced", "initial", "writeOnly"]),
  note: z.string().optional(),
});

const sourceRef = z.looseObject({ file: z.string(), line: z.number(), col: z.number() });
const action = z.enum(["create", "update", "delete", "no-op"]);
const impact = z.number().int().min(0).max(3);

const accountChange = z.looseObject({
  resource: z.literal("account"),
  action,
  username: z.string(),
  site: z.string(),
  impact,
  fields: z.array(fieldChange),
  reason: z.string().optional(),
  source: sourceRef.optional(),
  owner: z.enum(["declared", "prefix"]).optional(),
  had: z.array(fieldChange).optional(),
  rename: z.looseObject({ from: z.string(), to: z.string(), same: z.enum(["password", "settings"]) }).optional(),
});

const batchChange = z.looseObject({
  resource: z.literal("batch"),
  action,
  prefix: z.string(),
  site: z.string(),
  impact,
  countBefore: z.number().int(),
  countAfter: z.number().int(),
  removeMembers: z.array(z.string()),
  inUseBlocked: z.array(z.string()),
  online: z.array(z.string()).optional(),
  fields: z.array(fieldChange),
  source: sourceRef.optional(),
  reason: z.string().optional(),
  ticket: z.boolean().optional(),
  generate: z
    .looseObject({
      count: z.number().int(),
      startNumber: z.number().int().optional(),
      calls: z.number().int(),
      perMemberUpdate: z.boolean(),
      perMemberFields: z.array(z.string()),
    })
    .optional(),
  updateMembers: z.array(z.string()).optional(),
});

const planSchema = z.looseObject({
  formatVersion: z.literal(1),
  createdAt: z.string(),
  changes: z.array(z.discriminatedUnion("resource", [accountChange, batchChange])),
  diagnostics: z.array(
    z.looseObject({
      severity: z.enum(["error", "warning"]),
      message: z.string(),
      code: z.string().optional(),
      forceable: z.boolean().optional(),
      site: z.string().optional(),
      source: sourceRef.optional(),
    }),
  ),
  summary: z.looseObject({ create: z.number().int(), update: z.number().int(), delete: z.number().int(), noop: z.number().int() }),
  severity: impact,
  site: z.string().optional(),
  server: z.string().optional(),
  ownedCount: z.number().int().optional(),
  accounts: z.looseObject({ create: z.number().int(), update: z.number().int(), delete: z.number().int() }).optional(),
});

export const savedPlanSchema = z.looseObject({
  kind: z.literal("hotspot-iac/saved-plan"),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  site: z.string(),
  server: z.string(),
  salt: z.string(),
  keyCheck: z.string(),
  stateSerial: z.number().int().nonnegative().optional(),
  fingerprint: z.looseObject({ digest: z.string(), pricePlans: z.string(), records: nameRecord(z.string()) }),
  secrets: nameRecord(z.string()),
  plan: planSchema,
  choices: z.looseObject({ force: z.boolean(), allowTakeover: z.boolean() }).optional(),
});
