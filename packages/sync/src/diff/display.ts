// Values as plans show them: the YAML's own units (`2h30m`, `5GB`, `1Mbit`, `2026-12-31T18:00`),
// secrets as a marker only.
import {
  type Account,
  type Comparable,
  type Expiry,
  type FieldSpec,
  formatMinute,
  formatValue,
  liveView,
} from "@hotspot-iac/core";
import type { PlanValue } from "../plan/model.js";

const v = (value: string | number | boolean | null): PlanValue => ({ kind: "value", value });
export const SENSITIVE: PlanValue = { kind: "sensitive" };
export const ABSENT: PlanValue = { kind: "absent" };
export const UNKNOWN: PlanValue = { kind: "unknown" };
/** The live side of a write-only field: the server does not report it. */
export const UNREPORTED: PlanValue = { kind: "unreported" };

function scalar(spec: FieldSpec, value: unknown, planNames: ReadonlyMap<number, string>, planKeyToId?: ReadonlyMap<string, number>): PlanValue {
  if (value === undefined) return ABSENT;
  if (spec.kind === "planRef" && value !== "unlimited") {
    if (typeof value === "number") return v(planNames.get(value) ?? `plan id ${value}`);
    const id = planKeyToId?.get(String(value));
    return v(id !== undefined ? (planNames.get(id) ?? `plan id ${id}`) : String(value));
  }
  // A date alone is shown as the instant it stands for (the end of that day), not as written.
  if (spec.kind === "expiry" && typeof value === "object" && value !== null && (value as Expiry).kind === "date") return v(formatMinute((value as { at: Date }).at));
  return v(formatValue(spec.kind, value));
}

/**
 * Taint (config.tainted, keyed by core's referenceKey): the references a declared value came
 * from, if it came from any. Such a value is shown as sensitive whatever the field, like
 * Terraform's sensitive values.
 */
export function taintOf(
  ctx: { site: string; tainted?: ReadonlyMap<string, string> | undefined },
  section: "accounts" | "batches",
  id: string,
  field: string,
): string | undefined {
  if (ctx.tainted === undefined || ctx.tainted.size === 0) return undefined; // no key built per field then
  // referenceKey's format, written out: names and fields are never empty here.
  return ctx.tainted.get(`${ctx.site}/${section}/${id}/${field}`);
}

/** A declared value, for the `after` side of a change; `from`: the references it came from. */
export function showDesired(
  spec: FieldSpec,
  value: unknown,
  pricePlanNames: ReadonlyMap<number, string>,
  pricePlanIds: ReadonlyMap<string, number>,
  from?: string,
): PlanValue {
  if (spec.sensitive || from !== undefined) {
    if (value === undefined) return ABSENT;
    return from !== undefined ? { kind: "sensitive", from } : SENSITIVE;
  }
  return scalar(spec, value, pricePlanNames, pricePlanIds);
}

/** A live value, for the `before` side of a change; `tainted`: the declared side is sensitive. */
export function showLive(spec: FieldSpec, live: Account | undefined, pricePlanNames: ReadonlyMap<number, string>, tainted = false): PlanValue {
  if (!live) return ABSENT;
  // The live value of a field declared from a reference may be that very value (applied before).
  if (spec.sensitive || tainted) return SENSITIVE;
  const c: Comparable | undefined = liveView(live)[spec.name];
  if (c === undefined) return ABSENT;
  if (spec.kind === "expiry") {
    if (c === "never") return v("never");
    return live.expire ? v(formatMinute(live.expire)) : v(String(c));
  }
  return scalar(spec, c, pricePlanNames);
}
