// Parameter builders: an account's declared values → the typed parameters of generateaccounts and
// updateaccount, through each field's encoders (wire-encoding.ts).

import type { GenerateAccountsParams, UpdateAccountParams } from "../../wire/params.js";
import type { DesiredAccount } from "../types.js";
import { ACCOUNT_FIELDS, accountField } from "./catalogue.js";
import { fieldValue } from "./paths.js";
import type { WireContext } from "./wire-encoding.js";

/**
 * Adds to `generate` every declared field generateaccounts can carry; returns the names of the
 * declared fields it cannot (they need an updateaccount), in catalogue order.
 */
export function fillGenerate(account: object, generate: GenerateAccountsParams, ctx: WireContext): string[] {
  const rest: string[] = [];
  for (const f of ACCOUNT_FIELDS) {
    if (f.class === "identity") continue;
    const v = fieldValue(account, f.name);
    if (v === undefined) continue;
    const g = f.toGenerate?.(v as never, ctx);
    if (g) Object.assign(generate, g);
    else rest.push(f.name);
  }
  return rest;
}

/**
 * A create: one generateaccounts (count 1) with what it accepts, and one updateaccount with the
 * rest (daily limits, absolute expiry, multilogin, money, customer and card fields), or undefined.
 */
export function createParams(
  account: DesiredAccount,
  ctx: WireContext,
): { generate: GenerateAccountsParams; update: UpdateAccountParams | undefined } {
  const generate: GenerateAccountsParams = { account: account.username, count: 1 };
  const update = updateParams(account, fillGenerate(account, generate, ctx), ctx);
  return { generate, update: Object.keys(update).length > 0 ? update : undefined };
}

/** One updateaccount (for account.username) setting the given fields to their declared values. */
export function updateParams(account: DesiredAccount, fields: readonly string[], ctx: WireContext): UpdateAccountParams {
  const params: UpdateAccountParams = {};
  for (const name of fields) {
    const f = accountField(name);
    const v = fieldValue(account, name);
    if (v === undefined || !f.toUpdate) continue;
    Object.assign(params, f.toUpdate(v as never, ctx));
  }
  return params;
}
