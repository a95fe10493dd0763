// Expired on arrival: creating an account (or a batch's members), or moving one, to an absolute
// expiry that has already passed on the server's clock is almost always a date that rotted in the
// configuration (last year's event). A forceable plan error, like the safety thresholds.
import { type Expiry, formatMinute, type SourceLocation } from "@hotspot-iac/core";
import type { PlanDiagnostic, SourceRef } from "../plan/model.js";

export interface ExpiryTarget {
  /** `account "x"` or `batch "p-"`. */
  what: string;
  expires: Expiry | undefined;
  /** created, or moved to this expiry by an update. */
  action: "create" | "update";
  /** The resource's declaration: the diagnostic points at its `expires` (or the resource, when inherited). */
  source?: SourceLocation;
}

function located(source: SourceLocation | undefined): SourceRef | undefined {
  if (!source) return undefined;
  const at = source.fields?.expires;
  return at ? { file: source.file, line: at.line, col: at.col } : { file: source.file, line: source.line, col: source.col };
}

/** The instant an absolute expiry falls on (server wall clock), or undefined. */
function absolute(e: Expiry | undefined): Date | undefined {
  return e && (e.kind === "date" || e.kind === "dateTime") ? e.at : undefined;
}

export function expiredOnArrival(targets: readonly ExpiryTarget[], now: Date, opts: { force?: boolean; site: string; forceName?: string }): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  for (const t of targets) {
    const at = absolute(t.expires);
    if (at === undefined || at.getTime() > now.getTime()) continue;
    const verb = t.action === "create" ? "would be created" : "would be moved to an expiry";
    const flag = opts.forceName ?? "--force";
    const when = `${formatMinute(at)}, already past on the server's clock (${formatMinute(now)})`;
    out.push({
      severity: opts.force ? "warning" : "error",
      code: "expired-on-arrival",
      forceable: true,
      site: opts.site,
      ...(t.source ? { source: located(t.source) } : {}),
      message: opts.force
        ? `${t.what} ${t.action === "create" ? "is created" : "is moved"} already expired: expires ${when} (${flag})`
        : `${t.what} ${verb} already expired: expires ${when}; use a later date or a relative expiry (in 30d), or ${flag} to apply anyway`,
    });
  }
  return out;
}
