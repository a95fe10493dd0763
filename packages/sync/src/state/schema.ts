// The state file's shape (state/file.ts), checked on read. Loose objects: fields added by later
// versions (all optional) are kept, so an older tool neither rejects nor drops them.
import { z } from "zod";
import { nameRecord } from "./shape.js";

const hashes = nameRecord(z.string());

export const accountStateSchema = z.looseObject({
  created: z.boolean().optional(),
  writeOnly: hashes,
});

export const batchStateSchema = z.looseObject({
  created: z.boolean().optional(),
  writeOnly: hashes,
  pendingMembers: z.array(z.string()).optional(),
});

export const serverStateSchema = z.looseObject({
  url: z.string(),
  keyCheck: z.string().optional(),
  lastAppliedAt: z.string().optional(),
  accounts: nameRecord(accountStateSchema),
  batches: nameRecord(batchStateSchema),
});

export const stateFileSchema = z.looseObject({
  version: z.literal(1),
  salt: z.string(),
  servers: nameRecord(serverStateSchema),
});
