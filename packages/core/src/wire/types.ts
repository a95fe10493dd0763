// Typed objects of the HotSpot integration API (the emulator's README says what is documented and what is ours).
// Units are normalised here: seconds, bytes, Date, booleans. The wire formats live in the codec.

/** Account types as the server numbers them. */
export enum AccountType {
  Prepaid = 0,
  Postpaid = 1,
  Ticket = 2,
}

/** One account as generateaccounts / viewaccount / getaccountlist / refillaccount return it. */
export interface Account {
  username: string;
  /** Empty for tickets. A secret: never log it. */
  password?: string;
  timeUsed?: number; // seconds
  timeLeft?: number; // seconds
  unlimitedTime?: boolean;
  quota?: number; // bytes
  unlimitedQuota?: boolean;
  pricePlanId?: number; // GroupPlanID
  accessFromTo?: boolean;
  accessId?: number;
  enableExpire?: boolean; // viewaccount only
  expire?: Date; // server local time, parsed as such
  expireIn?: number;
  expireAfter?: number;
  enableDailyTime?: boolean;
  dailyTime?: number; // seconds
  enableDailyQuota?: boolean;
  dailyQuota?: number; // bytes
  enableDailyLogins?: boolean;
  dailyLogins?: number;
  download?: number; // rate limit, bytes per second
  upload?: number; // rate limit, bytes per second
  generateId?: number;
  loggedIn?: boolean; // viewaccount only
  dailyQuotaLeft?: number;
  firstUsed?: Date;
  lastUsed?: Date;
  enableMonthlyTime?: boolean;
  monthlyTime?: number;
  enableMonthlyQuota?: boolean;
  monthlyQuota?: number;
  /** Elements the client did not recognise, kept verbatim (element name → text). */
  extra?: Record<string, string>;
}

export interface PricePlan {
  id: number;
  description: string;
  price?: number;
  time?: number; // seconds
  timeHHMM?: string;
  unlimitedTime?: boolean;
  enabled?: boolean;
  quota?: number;
  unlimitedQuota?: boolean;
  download?: number;
  upload?: number;
  expireDays?: number;
  extra?: Record<string, string>;
}

/** One entry of getaccountlog. */
export interface Session {
  username: string;
  ip?: string;
  mac?: string;
  start?: Date;
  stop?: Date;
  duration?: number; // seconds
  download?: number; // bytes transferred
  upload?: number; // bytes transferred
  extra?: Record<string, string>;
}

/** getaccountsummary. */
export interface Summary {
  username: string;
  sessions: number;
  timeUsed: number;
  download: number;
  upload: number;
  firstUsed?: Date;
  lastUsed?: Date;
  extra?: Record<string, string>;
}

/** One day of getstatistics. */
export interface DailyStatistics {
  date: string; // YYYY-MM-DD
  sessions: number;
  timeUsed: number;
  download: number;
  upload: number;
  accountsCreated: number;
  sales: number;
  extra?: Record<string, string>;
}
