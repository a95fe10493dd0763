// Batch building blocks, shared by apply and the Terraform provider: grow with one
// generateaccounts per 10,000 members, then (only when the batch declares settings that
// generateaccounts cannot carry, e.g. an absolute expiry) one updateaccount per new member;
// shrink by deleting the chosen members. A lost generateaccounts answer is resolved by listing the
// accounts under the prefix before any retry: never a duplicate member.
import {
  type Batch,
  batchGenerateParams,
  type GenerateAccountsParams,
  type HotSpotClient,
  isHotSpotError,
  memberAccount,
  type WireContext,
} from "@hotspot-iac/core";
import { GENERATE_CHUNK } from "../diff/statements.js";
import { forEachPooled } from "../read/pool.js";
import { deleteAccount, updateAccount } from "./account.js";
import { COMMITTED, type WritePolicy, writeResolved } from "./write.js";

/**
 * What a batch's new members are generated with: generateaccounts parameters without
 * account/count/startnumber (growBatch sets them per call), and the fields generateaccounts
 * cannot carry (one updateaccount per new member).
 */
export function growParameters(batch: Batch, ctx: WireContext): { generate: GenerateAccountsParams; memberUpdateFields: string[] } {
  const { generate, memberUpdateFields } = batchGenerateParams(batch, { ...ctx, number: GENERATE_CHUNK, startNumber: 1 });
  delete generate.account;
  delete generate.count;
  delete generate.startNumber;
  return { generate, memberUpdateFields };
}

export interface GrowRequest {
  /** Members to add. */
  count: number;
  /** First counter for numbered (non-ticket) batches. */
  startNumber: number;
  /** generateaccounts parameters besides account/count/startnumber. */
  generate: GenerateAccountsParams;
  /** Every member name under the prefix before growing (to recognise new ones after a lost answer). */
  existing: Iterable<string>;
  /** Names under the prefix that are not members (declared accounts, longer batch prefixes). */
  isMember?: (username: string) => boolean;
}

export interface GrowResult {
  created: string[];
  /** Lost answers resolved by listing. */
  ambiguous: number;
}

/** Add `count` members to the batch. Throws after partial progress with `created` on the error. */
export async function growBatch(client: HotSpotClient, batch: Batch, req: GrowRequest, policy: WritePolicy = {}): Promise<GrowResult> {
  const ticket = batch.type === "ticket";
  const known = new Set(req.existing);
  const created: string[] = [];
  let ambiguous = 0;
  let start = req.startNumber;
  const isMember = req.isMember ?? (() => true);

  try {
    while (created.length < req.count) {
      const number = Math.min(GENERATE_CHUNK, req.count - created.length);
      const params: GenerateAccountsParams = {
        ...req.generate,
        account: number === 1 && !ticket ? `${batch.prefix}${start}` : batch.prefix,
        count: number,
      };
      if (!ticket && number > 1) params.startNumber = start;
      let fromList: string[] = [];
      const r = await writeResolved(
        () => client.generateAccounts(params),
        async () => {
          ambiguous++;
          const list = await client.getAccountList();
          fromList = list.map((a) => a.username).filter((u) => u.startsWith(batch.prefix) && !known.has(u) && isMember(u));
          return fromList.length > 0;
        },
        policy,
      );
      const names = r === COMMITTED ? fromList : r.map((a) => a.username);
      for (const n of names) {
        known.add(n);
        created.push(n);
      }
      // Continue after the highest counter now in use (a partial commit or a concurrent writer).
      if (!ticket) {
        let highest = start + names.length - 1;
        for (const n of known) {
          const rest = n.slice(batch.prefix.length);
          if (/^\d{1,15}$/.test(rest)) highest = Math.max(highest, Number(rest));
        }
        start = highest + 1;
      }
    }
  } catch (err) {
    throw Object.assign(err instanceof Error ? err : new Error(String(err)), { created });
  }
  return { created, ambiguous };
}

export interface MemberFailure {
  username: string;
  error: string;
}

/** One updateaccount per member with the fields it needs; failures collected, never stopping the rest. */
export async function updateMembers(
  client: HotSpotClient,
  batch: Batch,
  updates: ReadonlyArray<{ username: string; fields: readonly string[] }>,
  ctx: WireContext,
  opts: { concurrency: number; onDone?: () => void; policy?: WritePolicy },
): Promise<MemberFailure[]> {
  const failures: MemberFailure[] = [];
  await forEachPooled(updates, opts.concurrency, async (u) => {
    try {
      await updateAccount(client, memberAccount(batch, u.username), u.fields, ctx, opts.policy);
    } catch (err) {
      failures.push({ username: u.username, error: message(err) });
    }
    opts.onDone?.();
  });
  return failures;
}

/** Delete the given members; failures collected. */
export async function shrinkBatch(
  client: HotSpotClient,
  members: readonly string[],
  opts: { concurrency: number; onDone?: () => void; policy?: WritePolicy; onGone?: (username: string) => void },
): Promise<MemberFailure[]> {
  const failures: MemberFailure[] = [];
  await forEachPooled(members, opts.concurrency, async (username) => {
    try {
      if ((await deleteAccount(client, username, opts.policy)) === "gone") opts.onGone?.(username);
    } catch (err) {
      failures.push({ username, error: message(err) });
    }
    opts.onDone?.();
  });
  return failures;
}

const message = (err: unknown) => (isHotSpotError(err) || err instanceof Error ? err.message : String(err));
