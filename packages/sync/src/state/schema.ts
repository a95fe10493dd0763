// The state file's shape (state/state-file.ts), checked on read. Loose objects: fields added by later
// versions (all optional) are kept, so an older tool neither rejects nor drops them.
import { z } from "zod";
import { nameRecord } from "./shape.js";

const hashes = nameRecord(z.string());
const names = z.array(z.string());

const accountStateSchema = z.looseObject({
  created: z.boolean().optional(),
  adopted: z.boolean().optional(),
  writeOnly: hashes,
  owed: names.optional(),
  creating: z.boolean().optional(),
});

const batchStateSchema = z.looseObject({
  created: z.boolean().optional(),
  writeOnly: hashes,
  pendingMembers: names.optional(),
  members: names.optional(),
  owedMembers: nameRecord(names).optional(),
  growing: z.looseObject({ fields: names, from: z.number().optional(), before: names.optional() }).optional(),
});

export const serverStateSchema = z.looseObject({
  url: z.string(),
  keyCheck: z.string().optional(),
  kdf: z.enum(["scrypt", "sha256"]).optional(),
  site: z.string().optional(),
  lastAppliedAt: z.string().optional(),
  accounts: nameRecord(accountStateSchema),
  batches: nameRecord(batchStateSchema),
  imported: names.optional(),
});

export const stateFileSchema = z.looseObject({
  version: z.literal(1),
  salt: z.string(),
  serial: z.number().int().nonnegative().optional(),
  servers: nameRecord(serverStateSchema),
});
