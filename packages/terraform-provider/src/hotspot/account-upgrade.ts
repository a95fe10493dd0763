// hotspot_account's state from older schema versions. Version 0 (provider 0.1.0) had the customer
// as 14 flat `customer_*` attributes, the card twice (`card_*` stored, sensitive; `card_*_wo`) and
// the plan by id only. Version 1 nests the customer, keeps no card data at all (it stays on the
// server; a stored card number must not survive the upgrade) and names the plan beside its id
// (`plan` is left null here: the refresh that follows fills it from the server's plans).
import { ACCOUNT_FIELDS, attributeLocation, CUSTOMER_ATTRIBUTE } from "@hotspot-iac/core";
import type { ObjectValue, Value } from "../values/value.js";

const CUSTOMER_FIELDS = ACCOUNT_FIELDS.filter((f) => attributeLocation(f).attribute === CUSTOMER_ATTRIBUTE);

export function upgradeAccountState(raw: ObjectValue, version: number): ObjectValue {
  if (version >= 1) return raw;
  const out: ObjectValue = {};
  const customer: ObjectValue = {};
  let hasCustomer = false;
  for (const [k, v] of Object.entries(raw)) {
    // Every card attribute of version 0, stored or write-only, is dropped.
    if (k.startsWith("card_") && k !== "card_wo_version") continue;
    const f = CUSTOMER_FIELDS.find((c) => c.snake === k);
    if (f) {
      customer[attributeLocation(f).child!] = v as Value;
      if (v !== null) hasCustomer = true;
      continue;
    }
    out[k] = v as Value;
  }
  out[CUSTOMER_ATTRIBUTE] = hasCustomer ? customer : null;
  out.plan = null;
  return out;
}
