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

/**
 * The order a batch converges in, one owner for apply (run/batch.ts) and the provider: existing
 * members are corrected first (a failure to grow must not keep them from it), then members are
 * removed, then new ones generated. Each step collects its own failures: all three always run.
 */
export async function convergeBatch(steps: { update: () => Promise<void>; remove: () => Promise<void>; grow: () => Promise<void> }): Promise<void> {
  await steps.update();
  await steps.remove();
  await steps.grow();
}

/** The members a shrink deletes: the unused ones chosen, and those in use only with force. */
export function membersToRemove(s: { remove: readonly string[]; inUseBlocked: readonly string[] }, force: boolean | undefined): string[] {
  return force ? [...s.remove, ...s.inUseBlocked] : [...s.remove];
}

/** The names a numbered batch's grow makes (prefix + counter from startNumber), as growBatch asks the server for them. */
export function numberedNames(prefix: string, startNumber: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${startNumber + i}`);
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
      // New names under the prefix, as the server lists them now (members of this batch only).
      const listNew = async () => (await client.getAccountList()).map((a) => a.username).filter((u) => u.startsWith(batch.prefix) && !known.has(u) && isMember(u));
      let fromList: string[] = [];
      const r = await writeResolved(
        () => client.generateAccounts(params),
        async () => {
          ambiguous++;
          fromList = await listNew();
          return fromList.length > 0;
        },
        policy,
      );
      const names = r === COMMITTED ? fromList : r.map((a) => a.username);
      // An answer is believed only when it names exactly what was asked, all new; anything else is
      // settled by reading the server (never by generating again): what exists was made.
      if (r === COMMITTED || !exactAnswer(names, number, known)) {
        const listed = r === COMMITTED ? fromList : await listNew();
        const contradiction = contradicts(names, number, known, listed);
        if (contradiction !== undefined) {
          // Recorded as made (they exist), but nothing more is sent on an answer that cannot be true.
          if (listed.length <= number) {
            for (const n of listed) known.add(n);
            created.push(...listed);
          }
          throw new Error(`generateaccounts for ${number} account(s) under ${JSON.stringify(batch.prefix)}: ${contradiction}; nothing more was generated (plan again to see what exists)`);
        }
        names.splice(0, names.length, ...listed);
      }
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

/** `number` distinct names, none known before. */
function exactAnswer(names: readonly string[], number: number, known: ReadonlySet<string>): boolean {
  return names.length === number && new Set(names).size === number && names.every((n) => !known.has(n));
}

/** Why an answer (checked against the server's list of new names) cannot be the truth, if it cannot. */
function contradicts(names: readonly string[], number: number, known: ReadonlySet<string>, listed: readonly string[]): string | undefined {
  if (names.length > number) return `the answer lists ${names.length}`;
  if (new Set(names).size < names.length) return "the answer lists an account twice";
  const old = names.find((n) => known.has(n));
  if (old !== undefined) return `the answer lists ${JSON.stringify(old)}, which existed before`;
  const listedSet = new Set(listed);
  const missing = names.find((n) => !listedSet.has(n));
  if (missing !== undefined) return `the answer lists ${JSON.stringify(missing)}, which the server's list does not hold`;
  if (listed.length > number) return `the server now lists ${listed.length} new accounts`;
  if (listed.length === 0) return "the server lists none of them";
  return undefined;
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
