// refillaccount: adds the plan's time and quota (an unlimited plan makes them unlimited), overwrites
// rates and expiry with the plan's, and generates the account when it does not exist. Every refill
// is a sale at the plan's price. [ours] answer: the refilled account, in the viewaccount shape.
import { applyPlan, newAccount, recordSale, refillWithPlan } from "../state/accounts.js";
import { randomPassword } from "../state/codes.js";
import { accountsDocument } from "../xml/accounts.js";
import { viewXml } from "./account-view.js";
import type { CommandContext, CommandResult } from "./context.js";
import { fail } from "./errors.js";
import { planIdParam, requirePlan } from "./plan-param.js";

export function refillAccount(ctx: CommandContext): CommandResult {
  const { params: p, store, now } = ctx;
  const username = p.account();
  const planId = planIdParam(ctx) ?? fail("missing parameter priceplan");
  const plan = requirePlan(ctx, planId);
  if (!plan.enabled) fail("price plan is disabled");
  let a = store.accounts.get(username);
  if (a) {
    refillWithPlan(a, plan, now);
    store.changed(a);
  } else {
    const generateId = store.nextGenerateId++;
    store.addGeneration({ id: generateId, at: now, count: 1, planId, type: 0, print: false, preview: false });
    a = newAccount(username, randomPassword(6), 0, now, generateId);
    applyPlan(a, plan, now);
    store.putAccount(a);
    store.day(now).accountsCreated += 1;
  }
  recordSale(store, a, plan, now);
  return { body: accountsDocument([viewXml(ctx, a)]), summary: "1 account", count: 1 };
}
