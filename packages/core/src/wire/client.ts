// HotSpotClient: one typed method per command of the HotSpot integration API. Parameters are
// encoded by params.ts, answers decoded by codec/*, HTTP and failures handled by transport.ts.
// Every failure is a HotSpotError (see errors.ts); invalid arguments throw RangeError before
// anything is sent.

import { accountsDecoder } from "./codec/account.js";
import { mapDecoder } from "./codec/decoder.js";
import { assertUsername, ResponseMismatchError, sameUsername, ServerRefusal } from "./codec/failures.js";
import { decodePricePlans } from "./codec/price-plan.js";
import { decodeSuccess } from "./codec/result.js";
import { decodeSessions } from "./codec/session.js";
import { decodeStatistics } from "./codec/statistics.js";
import { decodeSummary } from "./codec/summary.js";
import {
  accountQuery,
  accountRangeQuery,
  type DateRange,
  type GenerateAccountsParams,
  generateAccountsQuery,
  type LoginAccountParams,
  type LogoutAccountParams,
  loginAccountQuery,
  logoutAccountQuery,
  refillAccountQuery,
  statisticsQuery,
  type UpdateAccountParams,
  updateAccountQuery,
} from "./params.js";
import { checkBaseUrl } from "./query.js";
import { Transport, type TransportOptions } from "./transport.js";
import type { Account, DailyStatistics, PricePlan, Session, Summary } from "./types.js";

export type HotSpotClientOptions = TransportOptions;

/** What viewaccount / refillaccount say when the answer holds no account at all. */
const NO_ACCOUNT = "account not found (the answer holds no account)";

export class HotSpotClient {
  private readonly transport: Transport;

  constructor(opts: HotSpotClientOptions) {
    if (typeof opts.passphrase !== "string") throw new TypeError("passphrase must be a string");
    this.transport = new Transport({ ...opts, url: checkBaseUrl(opts.url) });
  }

  /** generateaccounts: creates `count` accounts (default 1) and returns them, passwords included. */
  async generateAccounts(params: GenerateAccountsParams): Promise<Account[]> {
    // Every account made is named `account` (one) or starts with it (a prefix): anything else is
    // not an answer to this request.
    const asked = params.account;
    return this.transport.call(
      "generateaccounts",
      generateAccountsQuery(params),
      asked === undefined
        ? accountsDecoder
        : mapDecoder(accountsDecoder, (accounts) => {
            for (const a of accounts) {
              if (!a.username.toLowerCase().startsWith(asked.toLowerCase())) assertUsername(asked, a.username, "an account");
            }
            return accounts;
          }),
    );
  }

  /** updateaccount: changes only the fields given. */
  async updateAccount(username: string, params: UpdateAccountParams): Promise<void> {
    await this.transport.call("updateaccount", updateAccountQuery(username, params), decodeSuccess);
  }

  /**
   * refillaccount: adds the plan's time and quota, overwrites its rates and expiry; creates the
   * account if it does not exist. Returns the account as the server reports it afterwards.
   */
  async refillAccount(username: string, pricePlanId: number): Promise<Account> {
    const account = await this.transport.call(
      "refillaccount",
      refillAccountQuery(username, pricePlanId),
      mapDecoder(accountsDecoder, (accounts) => pick(accounts, username)),
    );
    // A server that answers a bare SUCCESS: the refill happened, read the account back.
    return account ?? this.viewAccount(username);
  }

  /** viewaccount: the full record. A missing account is a HotSpotError for which isNotFound() holds. */
  async viewAccount(username: string): Promise<Account> {
    return this.transport.call(
      "viewaccount",
      accountQuery(username),
      mapDecoder(accountsDecoder, (accounts) => {
        const account = pick(accounts, username);
        if (!account) throw new ServerRefusal(NO_ACCOUNT);
        return account;
      }),
    );
  }

  /** deleteaccount */
  async deleteAccount(username: string): Promise<void> {
    await this.transport.call("deleteaccount", accountQuery(username), decodeSuccess);
  }

  /** getpriceplans */
  async getPricePlans(): Promise<PricePlan[]> {
    return this.transport.call("getpriceplans", [], decodePricePlans);
  }

  /** getstatistics: one entry per day from `from` to `to` (wall-clock Dates, day precision). */
  async getStatistics(from: Date, to: Date): Promise<DailyStatistics[]> {
    return this.transport.call("getstatistics", statisticsQuery(from, to), decodeStatistics);
  }

  /** getaccountlog: the account's sessions, optionally within a day range. */
  async getAccountLog(username: string, range?: DateRange): Promise<Session[]> {
    return this.transport.call("getaccountlog", accountRangeQuery(username, range), (root) =>
      decodeSessions(root, username),
    );
  }

  /**
   * getaccountlist: every account. Records may be partial (real servers send Username only);
   * whatever fields are present are parsed. Use viewAccount for the rest.
   */
  async getAccountList(): Promise<Account[]> {
    return this.transport.call("getaccountlist", [], accountsDecoder);
  }

  /** loginaccount */
  async loginAccount(params: LoginAccountParams): Promise<void> {
    await this.transport.call("loginaccount", loginAccountQuery(params), decodeSuccess);
  }

  /** logoutaccount: by account, ip or mac (at least one). */
  async logoutAccount(params: LogoutAccountParams): Promise<void> {
    await this.transport.call("logoutaccount", logoutAccountQuery(params), decodeSuccess);
  }

  /** getaccountsummary: totals for the account, optionally within a day range. */
  async getAccountSummary(username: string, range?: DateRange): Promise<Summary> {
    return this.transport.call("getaccountsummary", accountRangeQuery(username, range), (root) =>
      decodeSummary(root, username),
    );
  }

  /** Closes the kept-alive connections. The client cannot be used afterwards. */
  close(): Promise<void> {
    return this.transport.close();
  }

  /** Aborts the requests in flight (writes among them may have happened) and refuses new ones. */
  destroy(): Promise<void> {
    return this.transport.destroy();
  }
}

/**
 * The account with this username (exact, then case-insensitive as the server compares), or
 * undefined for an answer holding none. Records for other names only are a protocol error: a
 * hostile or confused server's record for "alice" is never taken for "bob".
 */
function pick(accounts: Account[], username: string): Account | undefined {
  const found = accounts.find((a) => a.username === username) ?? accounts.find((a) => sameUsername(a.username, username));
  if (found || accounts.length === 0) return found;
  throw new ResponseMismatchError(
    `an account record for ${JSON.stringify(accounts[0]!.username)} in answer to a request about ${JSON.stringify(username)}`,
  );
}
