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

// The filters below run for every account of a plan, several times: each looks only at the fields
// that can have its class (a field's class differs from the catalogue's only in the three cases
// of classOf), and skips a field whose first path segment the account does not have, before
// deciding the class and walking the path.
interface Candidate {
  spec: FieldSpec;
  first: string;
}

const candidates = (can: (f: FieldSpec) => boolean): Candidate[] =>
  ACCOUNT_FIELDS.filter(can).map((spec) => ({ spec, first: spec.name.split(".")[0]! }));

const MAY_BE_ENFORCED = candidates((f) => f.class === "enforced" || f.class === "initial");
const MAY_BE_WRITE_ONLY = candidates((f) => f.class === "writeOnly" || f.name === "password");

function declaring(account: DesiredAccount, of: readonly Candidate[], cls: FieldClass): FieldSpec[] {
  const out: FieldSpec[] = [];
  const fields = account as unknown as Record<string, unknown>;
  for (const { spec, first } of of) {
    if (fields[first] === undefined) continue;
    if (classOf(account, spec) === cls && fieldValue(account, spec.name) !== undefined) out.push(spec);
  }
  return out;
}

/** Fields this account declares that apply diffs correct, in catalogue order. */
export function enforcedFields(account: DesiredAccount): FieldSpec[] {
  return declaring(account, MAY_BE_ENFORCED, "enforced");
}

/** Fields this account declares that only a hash can track. */
export function writeOnlyFields(account: DesiredAccount): FieldSpec[] {
  return declaring(account, MAY_BE_WRITE_ONLY, "writeOnly");
}
