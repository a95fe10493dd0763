// The class a field has for one account, which can differ from the catalogue's: relative expiry
// is initial, an initial field listed in `enforce` is enforced, a ticket's password is write-only.

import type { DesiredAccount, EnforceableField } from "../types.js";
import { ACCOUNT_FIELDS, accountField, type FieldSpec } from "./catalogue.js";
import type { FieldClass } from "./definitions.js";
import { fieldValue } from "./paths.js";

/**
 * The class a field has for this account: relative expiry is initial; an initial field listed
 * in the account's `enforce` is enforced; a ticket's password cannot be read back (write-only).
 */
export function effectiveClass(account: DesiredAccount, name: string): FieldClass {
  return classOf(account, accountField(name));
}

// effectiveClass for a spec in hand: the filters below run it for every field of every account.
function classOf(account: DesiredAccount, spec: FieldSpec): FieldClass {
  const name = spec.name;
  if (name === "expires" && account.expires?.kind === "relative") return "initial";
  if (name === "password" && account.type === "ticket") return "writeOnly";
  if (spec.class === "initial" && account.enforce?.includes(name as EnforceableField)) return "enforced";
  return spec.class;
}

// The class is decided first: it is cheaper than walking the field's path for its value.

/** Fields this account declares that apply diffs correct, in catalogue order. */
export function enforcedFields(account: DesiredAccount): FieldSpec[] {
  return ACCOUNT_FIELDS.filter(
    (f) => f.class !== "identity" && classOf(account, f) === "enforced" && fieldValue(account, f.name) !== undefined,
  );
}

/** Fields this account declares that only a hash can track. */
export function writeOnlyFields(account: DesiredAccount): FieldSpec[] {
  return ACCOUNT_FIELDS.filter((f) => classOf(account, f) === "writeOnly" && fieldValue(account, f.name) !== undefined);
}
