// Introspect: server → LiveState. getpriceplans once, getaccountlist once, then viewaccount only
// for owned accounts whose list entry lacks a field the diff needs (real servers list Username
// only; where the list carries the fields, no viewaccount is sent at all). Undeclared accounts under
// an ownership prefix are deleted: viewed (when the list lacks it) for what the plan shows they lose.
// Any failure aborts: a failed, partial or empty read must never become a plan full of deletes.
// Nor of creates: names the state file knows (accounts and batch members this checkout created or
// adopted) that the list leaves out are looked up; if any still exists the list is incomplete and
// nothing is planned (a well-formed but partial list once generated duplicate vouchers).
import { type Account, type HotSpotClient, isNotFound, memberAccount, missingLiveFields, type PricePlan } from "@hotspot-iac/core";
import { type DesiredSite, ownerOf } from "../plan/desired.js";
import { type LiveState, PlanAbortedError } from "./live-state.js";
import { forEachPooled } from "./pool.js";

export interface ReadOptions {
  /** viewaccount requests in flight (the client's pool bounds it too). Default 8. */
  concurrency?: number;
  /** The state file says this checkout applied accounts to this server before. */
  appliedBefore: boolean;
  /** Plan even when the read looks empty against the state file. */
  force?: boolean;
  /** Names the state file knows on this server; those still owned and not listed are looked up. */
  known?: Iterable<string>;
  serverKey: string;
  now: () => Date;
  /** Progress of the viewaccount phase. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Which owned list entries to view, for a caller that needs other fields than the diff (voucher
   * cards: one batch's passwords, plans and usage). Default: those lacking what the diff needs.
   */
  needs?: (username: string, entry: Account) => boolean;
}

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function readLive(client: HotSpotClient, d: DesiredSite, opts: ReadOptions): Promise<LiveState> {
  let pricePlans: PricePlan[];
  let list: Account[];
  try {
    [pricePlans, list] = await Promise.all([client.getPricePlans(), client.getAccountList()]);
  } catch (err) {
    throw new PlanAbortedError("read-failed", `reading the server failed, nothing was planned: ${reason(err)}`, false, { cause: err });
  }

  const owned = new Map<string, Account>();
  const batchMembers = new Map<string, number>();
  for (const entry of list) {
    const owner = ownerOf(d, entry.username);
    if (!owner) continue;
    owned.set(entry.username, slim(entry));
    if (owner.kind === "batch") batchMembers.set(owner.batch.prefix, (batchMembers.get(owner.batch.prefix) ?? 0) + 1);
  }

  if (opts.appliedBefore && owned.size === 0 && !opts.force) {
    throw new PlanAbortedError(
      "empty-read",
      list.length === 0
        ? "the server listed no accounts at all, but the state file says accounts were applied to it before: refusing to plan (a server reset or a bad read would turn into re-creating everything); use --force if the server really is empty"
        : `the server listed ${list.length} accounts but none this configuration owns, although the state file says accounts were applied before: refusing to plan; use --force if that is right`,
      true,
    );
  }

  const vanished = await lookUpUnlisted(client, d, owned, opts);

  // Which owned entries lack what the diff needs. Members compare against one template per batch
  // (the username plays no part in the comparison): no per-member allocation at 100,000 vouchers.
  const templates = new Map(d.batches.map((b) => [b.prefix, memberAccount(b, b.prefix)]));
  const toView: string[] = [];
  for (const [username, entry] of owned) {
    const owner = ownerOf(d, username)!;
    if (opts.needs) {
      if (opts.needs(username, entry)) toView.push(username);
    } else if (owner.kind === "declared") {
      if (missingLiveFields(owner.account, entry).length > 0) toView.push(username);
    } else if (owner.kind === "batch") {
      const shrinking = (batchMembers.get(owner.batch.prefix) ?? 0) > owner.batch.count;
      const needsUsage = shrinking && entry.loggedIn === undefined;
      if (needsUsage || missingLiveFields(templates.get(owner.batch.prefix)!, entry).length > 0) toView.push(username);
    } else if (lacksWhatADeleteShows(entry)) {
      // Undeclared under an ownership prefix: deleted. The reviewer sees what it had (plan, time
      // and quota left, expiry, use, logged in now), and a dropped batch's members in use are kept.
      toView.push(username);
    }
  }

  let done = 0;
  try {
    await forEachPooled(
      toView,
      opts.concurrency ?? 8,
      async (username) => {
        try {
          owned.set(username, slim(await client.viewAccount(username)));
        } catch (err) {
          if (isNotFound(err)) {
            throw new PlanAbortedError(
              "changed-during-read",
              `account ${JSON.stringify(username)} was listed but is gone: the server changed during the read; plan again`,
            );
          }
          throw err;
        }
        opts.onProgress?.(++done, toView.length);
      },
      { stopOnError: true },
    );
  } catch (err) {
    if (err instanceof PlanAbortedError) throw err;
    throw new PlanAbortedError("read-failed", `reading an account failed, nothing was planned: ${reason(err)}`, false, { cause: err });
  }

  return {
    server: opts.serverKey,
    pricePlans,
    listed: list.length,
    owned,
    viewed: toView.length + (vanished?.looked ?? 0),
    readAt: opts.now(),
    ...(vanished && vanished.gone.length > 0 ? { vanished: vanished.gone } : {}),
  };
}

/**
 * Known names the configuration still wants (declared, or members of a declared batch) that the
 * list left out: one viewaccount each. Existing → the list is incomplete: abort. Gone → deleted
 * outside this tool: returned so the plan re-creates them with a warning. No request when the
 * list holds every known name.
 */
async function lookUpUnlisted(
  client: HotSpotClient,
  d: DesiredSite,
  owned: ReadonlyMap<string, Account>,
  opts: ReadOptions,
): Promise<{ gone: string[]; looked: number } | undefined> {
  if (!opts.known) return undefined;
  const missing: string[] = [];
  for (const name of opts.known) {
    if (owned.has(name)) continue;
    const kind = ownerOf(d, name)?.kind;
    if (kind === "declared" || kind === "batch") missing.push(name);
  }
  if (missing.length === 0) return undefined;
  const present: string[] = [];
  const gone: string[] = [];
  try {
    await forEachPooled(
      missing,
      opts.concurrency ?? 8,
      async (username) => {
        try {
          await client.viewAccount(username);
          present.push(username);
        } catch (err) {
          if (!isNotFound(err)) throw err;
          gone.push(username);
        }
      },
      { stopOnError: true },
    );
  } catch (err) {
    throw new PlanAbortedError("read-failed", `looking up accounts the list left out failed, nothing was planned: ${reason(err)}`, false, { cause: err });
  }
  if (present.length > 0) {
    present.sort();
    throw new PlanAbortedError(
      "incomplete-read",
      `the server's account list is incomplete: it left out ${present.length} account(s) this checkout created or adopted that still exist (e.g. ${JSON.stringify(present[0])}); refusing to plan (accounts planned in their place would be duplicates); plan again, and check the server if this persists`,
    );
  }
  return { gone: gone.sort(), looked: missing.length };
}

/** A list entry without the plan, usage or expiry a delete's plan shows (real servers list names only). */
function lacksWhatADeleteShows(a: Account): boolean {
  return (
    a.loggedIn === undefined ||
    a.pricePlanId === undefined ||
    a.timeUsed === undefined ||
    (a.timeLeft === undefined && a.unlimitedTime !== true) ||
    (a.quota === undefined && a.unlimitedQuota !== true) ||
    a.enableExpire === undefined
  );
}

// Only what diff, fingerprint and shrink read: keeps 100,000 live records small. Written out field
// by field, in this order, an absent field left absent: a store under a name known here is cheap,
// where a loop storing under a variable key cost more than decoding the record.
function slim(a: Account): Account {
  const out: Partial<Account> = {};
  if (a.username !== undefined) out.username = a.username;
  if (a.password !== undefined) out.password = a.password;
  if (a.timeUsed !== undefined) out.timeUsed = a.timeUsed;
  if (a.timeLeft !== undefined) out.timeLeft = a.timeLeft;
  if (a.unlimitedTime !== undefined) out.unlimitedTime = a.unlimitedTime;
  if (a.quota !== undefined) out.quota = a.quota;
  if (a.unlimitedQuota !== undefined) out.unlimitedQuota = a.unlimitedQuota;
  if (a.pricePlanId !== undefined) out.pricePlanId = a.pricePlanId;
  if (a.enableExpire !== undefined) out.enableExpire = a.enableExpire;
  if (a.expire !== undefined) out.expire = a.expire;
  if (a.enableDailyTime !== undefined) out.enableDailyTime = a.enableDailyTime;
  if (a.dailyTime !== undefined) out.dailyTime = a.dailyTime;
  if (a.enableDailyQuota !== undefined) out.enableDailyQuota = a.enableDailyQuota;
  if (a.dailyQuota !== undefined) out.dailyQuota = a.dailyQuota;
  if (a.download !== undefined) out.download = a.download;
  if (a.upload !== undefined) out.upload = a.upload;
  if (a.loggedIn !== undefined) out.loggedIn = a.loggedIn;
  if (a.firstUsed !== undefined) out.firstUsed = a.firstUsed;
  return out as Account;
}
