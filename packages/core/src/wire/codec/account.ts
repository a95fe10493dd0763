// <Accounts><Account>…</Account></Accounts> (generateaccounts, viewaccount, getaccountlist,
// refillaccount) → Account[]. Element names and order as captured from real servers; the newer
// monthly fields are listed with the server's own misspellings and the correct ones.

import type { Account } from "../types.js";
import { isNamed, type XmlElement } from "../xml.js";
import type { RecordDecoder } from "./decoder.js";
import { ResponseFormatError } from "./failures.js";
import { decodeRecord, type FieldTable } from "./record.js";
import { assertNotRefused, isSuccess, resultDescription } from "./result.js";

const ACCOUNT_FIELDS: FieldTable = {
  username: ["username", "string"],
  password: ["password", "string"],
  timeused: ["timeUsed", "integer"],
  timeleft: ["timeLeft", "integer"],
  unlimitedtime: ["unlimitedTime", "flag"],
  quota: ["quota", "integer"],
  unlimitedquota: ["unlimitedQuota", "flag"],
  groupplanid: ["pricePlanId", "integer"],
  priceplanid: ["pricePlanId", "integer"],
  accessfromto: ["accessFromTo", "flag"],
  accessid: ["accessId", "integer"],
  enableexpire: ["enableExpire", "flag"],
  expire: ["expire", "date"],
  expirein: ["expireIn", "integer"],
  expireafter: ["expireAfter", "integer"],
  enabledailytime: ["enableDailyTime", "flag"],
  dailytime: ["dailyTime", "integer"],
  enabledailyquota: ["enableDailyQuota", "flag"],
  dailyquota: ["dailyQuota", "integer"],
  enabledailylogins: ["enableDailyLogins", "flag"],
  dailylogins: ["dailyLogins", "integer"],
  download: ["download", "integer"],
  upload: ["upload", "integer"],
  generateid: ["generateId", "integer"],
  loggedin: ["loggedIn", "flag"],
  dailyquotaleft: ["dailyQuotaLeft", "integer"],
  firstused: ["firstUsed", "date"],
  lastused: ["lastUsed", "date"],
  enablemonthlytime: ["enableMonthlyTime", "flag"],
  montlytime: ["monthlyTime", "integer"],
  monthlytime: ["monthlyTime", "integer"],
  enablemonthyquota: ["enableMonthlyQuota", "flag"],
  enablemonthlyquota: ["enableMonthlyQuota", "flag"],
  monthlyquota: ["monthlyQuota", "integer"],
};

/** One <Account> element. Username is the only field required. */
function decodeAccount(el: XmlElement): Account {
  const { fields, extra } = decodeRecord(el, ACCOUNT_FIELDS);
  if (typeof fields.username !== "string" || fields.username === "") {
    throw new ResponseFormatError("an <Account> without <Username>");
  }
  const account = fields as unknown as Account;
  return extra ? { ...account, extra } : account;
}

/**
 * Every <Account> of an answer, each decoded as it closes. Throws ServerRefusal for an ERROR
 * answer, ResponseFormatError for an answer that is not an account list.
 */
export const accountsDecoder: RecordDecoder<Account[]> = {
  record: "Account",
  begin() {
    const accounts: Account[] = [];
    return {
      take: (el) => {
        accounts.push(decodeAccount(el));
      },
      end: (root) => {
        assertNotRefused(root);
        if (accounts.length === 0 && !isNamed(root, "Accounts")) {
          const d = resultDescription(root);
          // A bare SUCCESS carries no account; the caller decides whether that is acceptable.
          if (d !== undefined && isSuccess(d)) return [];
          throw new ResponseFormatError(`expected <Accounts>, got <${root.name}>`);
        }
        return accounts;
      },
    };
  },
};
