// The operator commands' argument readers: plan references and day ranges. Pure, so tested
// directly; the commands that use them are exercised through the CLI in operator.test.ts.
import type { PricePlan } from "@hotspot-iac/core";
import { describe, expect, it } from "vitest";
import { parseDay } from "../../src/commands/operator.js";
import { findPlan } from "../../src/commands/plan-ref.js";
import { dayRange } from "../../src/commands/range.js";

const plans: PricePlan[] = [
  { id: 1, description: "1 Hour" },
  { id: 2, description: "1 Day" },
  { id: 7, description: "Promo" },
  { id: 8, description: "Promo" },
  { id: 30, description: "2" },
];

describe("--plan ID|DESCRIPTION", () => {
  it("finds a plan by id first, then by description, ignoring case when nothing matches exactly", () => {
    expect(findPlan(plans, "2").id).toBe(2);
    expect(findPlan(plans, "1 Day").id).toBe(2);
    expect(findPlan(plans, "1 day").id).toBe(2);
    expect(findPlan(plans, " 1 HOUR ").id).toBe(1);
  });
  it("refuses an ambiguous description and an unknown plan, listing what exists", () => {
    expect(() => findPlan(plans, "promo")).toThrow(/--plan "promo" names 2 plans: give the id/);
    expect(() => findPlan(plans, "Nope")).toThrow('--plan "Nope": no such price plan on the server (plans: 1 "1 Hour", 2 "1 Day"');
    expect(() => findPlan([], "x")).toThrow("(plans: none)");
  });
});

describe("--from / --to", () => {
  it("reads server wall-clock days", () => {
    expect(parseDay("2026-11-30", "--from").toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(parseDay("20261130", "--from").toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(() => parseDay("2026-13-01", "--from")).toThrow('--from: expected a date like 2026-11-30, got "2026-13-01"');
    expect(() => parseDay("2026-02-30", "--to")).toThrow("--to: expected a date");
    expect(() => parseDay("yesterday", "--to")).toThrow("--to: expected a date");
  });
  it("keeps the range optional and ordered", () => {
    expect(dayRange({})).toEqual({});
    expect(dayRange({ from: "2026-11-01" }).from?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(() => dayRange({ from: "2026-11-29", to: "2026-11-01" })).toThrow("--from 2026-11-29 is after --to 2026-11-01");
  });
});
