// getpriceplans: `<PricePlans><PricePlan>` with the seen fields (ID, Description, Price, Time,
// TimeHHMM, UnlimitedTime, Enabled) then ours (Quota, UnlimitedQuota, Download, Upload, Expire days).
import { formatCents, toCents } from "../money.js";
import { timeHHMM } from "../plans.js";
import { document, el, wrap } from "../xml/writer.js";
import type { CommandContext, CommandResult } from "./context.js";
import { plural } from "../plural.js";

const flag = (b: boolean): string => (b ? "True" : "False");

export function getPricePlans(ctx: CommandContext): CommandResult {
  const plans = [...ctx.plans.values()];
  const xml = plans
    .map((p) =>
      wrap(
        "PricePlan",
        el("ID", p.id) +
          el("Description", p.description) +
          el("Price", formatCents(toCents(p.price))) +
          el("Time", p.time) +
          el("TimeHHMM", timeHHMM(p.time)) +
          el("UnlimitedTime", flag(p.unlimitedTime)) +
          el("Enabled", flag(p.enabled)) +
          el("Quota", p.quota) +
          el("UnlimitedQuota", flag(p.unlimitedQuota)) +
          el("Download", p.download) +
          el("Upload", p.upload) +
          el("Expire", p.expireDays),
      ),
    )
    .join("");
  return { body: document(wrap("PricePlans", xml)), summary: plural(plans.length, "price plan"), count: plans.length };
}
