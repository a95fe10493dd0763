// One voucher card: what a guest needs to get online, already in the words printed on it. Cards
// are made from a batch member as the server reports it, or from a code alone (terraform output).
import { type Account, humanDuration, humanMinute, humanSize, type PricePlan, UNLIMITED, type Unlimited } from "@hotspot-iac/core";

export interface VoucherCard {
  /** The code a guest types (the account's username). */
  username: string;
  /** The password, when the account has one (tickets have none). A secret. */
  password?: string;
  /** The price plan's description. */
  plan?: string;
  /** What the card gives: time and quota in core's human form, e.g. `1d · 5 GB`, `unlimited time`. */
  gives?: string;
  /** Connection time in seconds, or unlimited (words chosen when the card is drawn). */
  time?: number | Unlimited;
  /** Data quota in bytes, or unlimited. */
  quota?: number | Unlimited;
  /** Server wall-clock expiry, `YYYY-MM-DD HH:MM`. */
  expires?: string;
  /** The member was used before (printed with --all): the card says so. */
  used?: boolean;
}

function gives(a: Account): string | undefined {
  const time = a.unlimitedTime ? "unlimited time" : a.timeLeft !== undefined && a.timeLeft > 0 ? humanDuration(a.timeLeft, 2) : undefined;
  const quota = a.unlimitedQuota ? "unlimited data" : a.quota !== undefined && a.quota > 0 ? humanSize(a.quota) : undefined;
  const parts = [time, quota].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/** A member's card: its plan named from the server's price plans, units as people read them. */
export function cardFromAccount(a: Account, plans: ReadonlyMap<number, PricePlan>): VoucherCard {
  const card: VoucherCard = { username: a.username };
  if (a.password) card.password = a.password;
  const plan = a.pricePlanId !== undefined ? plans.get(a.pricePlanId)?.description : undefined;
  if (plan) card.plan = plan;
  const g = gives(a);
  if (g) card.gives = g;
  if (a.unlimitedTime) card.time = UNLIMITED;
  else if (a.timeLeft !== undefined && a.timeLeft > 0) card.time = a.timeLeft;
  if (a.unlimitedQuota) card.quota = UNLIMITED;
  else if (a.quota !== undefined && a.quota > 0) card.quota = a.quota;
  if (a.enableExpire !== false && a.expire && !Number.isNaN(a.expire.getTime())) card.expires = humanMinute(a.expire);
  return card;
}
