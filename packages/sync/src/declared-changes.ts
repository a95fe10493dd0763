// Which fields differ between two declarations of the same account or batch (the Terraform
// provider's prior and planned attributes). Enforced fields compare as the diff compares a
// declaration with the server (core's desiredView and sameValue: units normalised, a date-only
// expiry by its day); the others by the canonical text the write-only hashes are taken of.
import { type DesiredAccount, desiredView, fieldValue, isSecret, sameValue, type WireContext } from "@hotspot-iac/core";
import { canonical } from "./state/hash.js";

export interface Declaration {
  /** A DesiredAccount, or a Batch (its member settings sit at the same paths). */
  value: object;
  /** The wire context its values resolve in (the price-plan id of a plan reference). */
  ctx?: Partial<WireContext>;
}

const revealed = (v: unknown): unknown => (isSecret(v) ? v.reveal() : v);

/** The names among `names` whose declared values differ. */
export function declaredChanges(before: Declaration, after: Declaration, names: readonly string[]): string[] {
  const b = desiredView(before.value as DesiredAccount, before.ctx);
  const a = desiredView(after.value as DesiredAccount, after.ctx);
  return names.filter((name) => {
    const da = a[name];
    const db = b[name];
    if (da !== undefined || db !== undefined) return da === undefined || !sameValue(name, da, db);
    return canonical(revealed(fieldValue(before.value, name))) !== canonical(revealed(fieldValue(after.value, name)));
  });
}
