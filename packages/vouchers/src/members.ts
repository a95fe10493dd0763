// A batch's members as `plan` reads them: sync's readLive (getpriceplans and getaccountlist once,
// viewaccount only for members whose list entry lacks what a card shows), ownership as the engine
// decides it (a member of the longest matching declared prefix, proven by the state file), then a
// stable natural order.
import type { Account, Config, HotSpotClient } from "@hotspot-iac/core";
import { serverIdentity, serverNow } from "@hotspot-iac/core";
import { compareUsernames, desiredSite, inUse, loadMembership, ownerOf, readLive } from "@hotspot-iac/sync";
import { cardFromAccount, type VoucherCard } from "./card.js";
import { VoucherError } from "./errors.js";

export interface BatchSource {
  /** The configuration as loadConfig returned it: it declares the batch. */
  config: Config;
  /** Site (its `name`); default: the only one. */
  site?: string;
  client: HotSpotClient;
  /** The URL the client talks to (no passphrase in it). */
  serverUrl: string;
  /** The state file that proves which accounts are the batch's members (sync's membership rule). */
  statePath: string;
  /** The batch's prefix, as declared. */
  batch: string;
  /**
   * Also members already used (logged in before, time used): their cards say "used". By default
   * only unused members are printed. Members online now are never printed.
   */
  all?: boolean;
}

/** The cards, and how many members were left out and why (for the line that says so). */
export interface BatchCards {
  cards: VoucherCard[];
  /** Members used before (left out unless `all`). */
  used: number;
  /** Members logged in now (always left out: someone is using that card). */
  online: number;
}

/** What a card shows, and whether the member is used or online: an entry lacking any of it is viewed. */
function lacksCardFields(a: Account): boolean {
  return (
    a.password === undefined ||
    a.pricePlanId === undefined ||
    (a.timeLeft === undefined && a.unlimitedTime !== true) ||
    (a.quota === undefined && a.unlimitedQuota !== true) ||
    a.enableExpire === undefined ||
    a.loggedIn === undefined ||
    a.timeUsed === undefined
  );
}

/**
 * The batch's members on the server, as cards, in natural order (CONF-2 before CONF-10): unused
 * ones, or with `all` used ones too (marked used); never one online now.
 */
export async function readBatchCards(src: BatchSource): Promise<BatchCards> {
  let desired: ReturnType<typeof desiredSite>;
  try {
    desired = desiredSite(src.config, src.site);
  } catch (err) {
    throw new VoucherError((err as Error).message);
  }
  const batch = desired.batches.find((b) => b.prefix === src.batch);
  if (!batch) {
    const declared = desired.batches.map((b) => b.prefix).sort();
    throw new VoucherError(
      `no batch with prefix ${JSON.stringify(src.batch)} in ${desired.name === "default" ? "the configuration" : `site ${desired.name}`}` +
        (declared.length > 0 ? ` (batches: ${declared.join(", ")})` : " (it declares no batch)"),
    );
  }
  // Members as the engine proves them: never a stranger's account that only shares the prefix.
  const member = await loadMembership(src.statePath, src.serverUrl, desired.batches);
  const isMember = (username: string) => {
    const owner = ownerOf(desired, username);
    return owner?.kind === "batch" && owner.batch.prefix === batch.prefix && member(batch.prefix, username);
  };
  const live = await readLive(src.client, desired, {
    appliedBefore: false,
    serverKey: serverIdentity(src.serverUrl),
    now: () => serverNow(0, desired.site.server?.timeZone),
    needs: (username, entry) => isMember(username) && lacksCardFields(entry),
  });
  const all = [...live.owned.values()].filter((a) => isMember(a.username));
  if (all.length === 0) {
    throw new VoucherError(`batch ${JSON.stringify(batch.prefix)} has no members on the server (apply the configuration first)`);
  }
  const online = all.filter((a) => a.loggedIn === true);
  const used = all.filter((a) => a.loggedIn !== true && inUse(a));
  const members = all.filter((a) => a.loggedIn !== true && (src.all === true || !inUse(a)));
  if (members.length === 0) {
    const why = [used.length > 0 && !src.all ? `${used.length} used (--all prints them)` : "", online.length > 0 ? `${online.length} online now` : ""];
    throw new VoucherError(`no card to print: of the ${all.length} members of batch ${JSON.stringify(batch.prefix)}, ${why.filter(Boolean).join(", ")}`);
  }
  members.sort((a, b) => compareUsernames(a.username, b.username));
  const plans = new Map(live.pricePlans.map((p) => [p.id, p]));
  const cards = members.map((a) => (inUse(a) ? { ...cardFromAccount(a, plans), used: true } : cardFromAccount(a, plans)));
  return { cards, used: src.all === true ? 0 : used.length, online: online.length };
}
