// `hotspot plans`: the server's price plans, the values accounts are generated and refilled with.
import { humanDuration, humanLimit, humanRate, humanSize, type PricePlan } from "@hotspot-iac/core";
import { renderTable } from "./table.js";
import { bitsPerSecond } from "./units.js";

/** One key per value, units in the names; null: unlimited (never, for expiry); absent: not reported. */
export function planJson(p: PricePlan): Record<string, unknown> {
  return {
    id: p.id,
    description: p.description,
    price: p.price,
    timeSeconds: p.unlimitedTime ? null : p.time,
    quotaBytes: p.unlimitedQuota ? null : p.quota,
    rates: { downloadBitsPerSecond: bitsPerSecond(p.download), uploadBitsPerSecond: bitsPerSecond(p.upload) },
    expireDays: p.expireDays === 0 ? null : p.expireDays,
    enabled: p.enabled,
  };
}

const dash = (v: string | undefined): string => v ?? "-";

export function renderPlans(plans: readonly PricePlan[]): string {
  if (plans.length === 0) return "No price plans on the server.\n";
  const sorted = [...plans].sort((a, b) => a.id - b.id);
  return renderTable(
    [
      { header: "ID", value: (p: PricePlan) => String(p.id), align: "right" },
      { header: "DESCRIPTION", value: (p) => p.description },
      { header: "PRICE", value: (p) => dash(p.price?.toFixed(2)), align: "right" },
      {
        header: "TIME",
        value: (p) => dash(humanLimit(p.unlimitedTime, p.time, humanDuration)),
      },
      {
        header: "QUOTA",
        value: (p) => dash(humanLimit(p.unlimitedQuota, p.quota, humanSize)),
      },
      { header: "DOWNLOAD", value: (p) => dash(p.download === undefined ? undefined : humanRate(p.download)) },
      { header: "UPLOAD", value: (p) => dash(p.upload === undefined ? undefined : humanRate(p.upload)) },
      { header: "EXPIRES", value: (p) => (p.expireDays === undefined ? "-" : p.expireDays === 0 ? "never" : `${p.expireDays}d`) },
      { header: "ENABLED", value: (p) => (p.enabled === undefined ? "-" : p.enabled ? "yes" : "no") },
    ],
    sorted,
  );
}
