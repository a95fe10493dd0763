// What `hotspot import` (and `hotspot account list`) read from a server: its price plans and the
// full record of every account selected. Reading is separate from converting so the conversion
// stays a pure function.
import type { Account, HotSpotClient, PricePlan } from "@hotspot-iac/core";
import { isNotFound } from "@hotspot-iac/core";

export interface LiveServer {
  pricePlans: PricePlan[];
  /** Full viewaccount records. */
  accounts: Account[];
}

/** Told how many accounts will be viewed, then once per account viewed. */
export interface ReadProgress {
  start(total: number): void;
  viewed(): void;
}

/** True when `username` is selected by `prefixes` (every account when there are none). */
export function selected(username: string, prefixes: readonly string[]): boolean {
  return prefixes.length === 0 || prefixes.some((p) => username.startsWith(p));
}

/**
 * getpriceplans, getaccountlist, then viewaccount for each selected account (the client bounds
 * the requests in flight). An account deleted between the list and its view is left out.
 */
export async function readLiveServer(
  client: HotSpotClient,
  prefixes: readonly string[],
  progress?: ReadProgress,
): Promise<LiveServer> {
  const [pricePlans, list] = await Promise.all([client.getPricePlans(), client.getAccountList()]);
  const names = [...new Set(list.map((a) => a.username))].filter((u) => selected(u, prefixes));
  progress?.start(names.length);
  const viewed = await Promise.all(
    names.map(async (username) => {
      try {
        return await client.viewAccount(username);
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      } finally {
        progress?.viewed();
      }
    }),
  );
  return { pricePlans, accounts: viewed.filter((a): a is Account => a !== undefined) };
}
