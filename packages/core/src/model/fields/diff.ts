// Which enforced fields of an account differ from the server's: desired and live values in the
// same comparable form, then compared.

import type { Account } from "../../wire/types.js";
import type { DesiredAccount } from "../types.js";
import { enforcedFields } from "./account-classes.js";
import { ACCOUNT_FIELDS, type FieldSpec } from "./catalogue.js";
import type { Comparable } from "./comparison.js";
import { fieldValue } from "./paths.js";
import type { WireContext } from "./wire-encoding.js";

/** Comparable desired values of the account's enforced fields (plan needs ctx.planId). */
export function desiredView(account: DesiredAccount, ctx: Partial<WireContext> = {}): Record<string, Comparable> {
  const out: Record<string, Comparable> = {};
  for (const f of enforcedFields(account)) {
    const v = f.compare?.(fieldValue(account, f.name) as never, ctx);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

/** Comparable live values of every readable field present in the response. */
export function liveView(live: Account): Record<string, Comparable> {
  const out: Record<string, Comparable> = {};
  for (const f of ACCOUNT_FIELDS) {
    const v = f.read?.(live);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

/** Equality of a desired and a live comparable value. */
export function sameValue(_name: string, desired: Comparable, live: Comparable | undefined): boolean {
  if (live === undefined) return false;
  return desired === live;
}

export interface FieldDifference {
  field: FieldSpec;
  desired: Comparable;
  /** undefined: the live response lacked the element (fetch viewaccount). */
  live: Comparable | undefined;
}

/** Enforced fields whose live value differs from the declared one. */
export function diffEnforced(account: DesiredAccount, live: Account, ctx: Partial<WireContext> = {}): FieldDifference[] {
  // desiredView and liveView, restricted to the enforced fields: one pass, no whole-record views.
  const out: FieldDifference[] = [];
  for (const f of enforcedFields(account)) {
    const d = f.compare?.(fieldValue(account, f.name) as never, ctx);
    if (d === undefined) continue;
    const l = f.read?.(live);
    if (!sameValue(f.name, d, l)) out.push({ field: f, desired: d, live: l });
  }
  return out;
}

/** Enforced fields whose live value is needed but absent from a (getaccountlist) response. */
export function missingLiveFields(account: DesiredAccount, live: Account): FieldSpec[] {
  return enforcedFields(account).filter((f) => f.read?.(live) === undefined);
}
