// <PricePlans><PricePlan>…</PricePlan></PricePlans> (getpriceplans) → PricePlan[].
// The root name is our convention; any element holding <PricePlan> children is accepted.

import type { PricePlan } from "../types.js";
import { findAll, type XmlElement } from "../xml.js";
import { ResponseFormatError } from "./failures.js";
import { decodeRecord, type FieldTable } from "./record.js";
import { assertNotRefused } from "./result.js";

const PRICE_PLAN_FIELDS: FieldTable = {
  id: ["id", "integer"],
  description: ["description", "string"],
  price: ["price", "number"],
  time: ["time", "integer"],
  timehhmm: ["timeHHMM", "string"],
  unlimitedtime: ["unlimitedTime", "flag"],
  enabled: ["enabled", "flag"],
  quota: ["quota", "integer"],
  unlimitedquota: ["unlimitedQuota", "flag"],
  download: ["download", "integer"],
  upload: ["upload", "integer"],
  expire: ["expireDays", "integer"],
};

function decodePricePlan(el: XmlElement): PricePlan {
  const { fields, extra } = decodeRecord(el, PRICE_PLAN_FIELDS);
  if (typeof fields.id !== "number") throw new ResponseFormatError("a <PricePlan> without a numeric <ID>");
  const plan = { ...fields, description: typeof fields.description === "string" ? fields.description : "" };
  return (extra ? { ...plan, extra } : plan) as PricePlan;
}

export function decodePricePlans(root: XmlElement): PricePlan[] {
  assertNotRefused(root);
  return findAll(root, "PricePlan").map(decodePricePlan);
}
