// Import's deterministic names: account order, password variables and plan keys.
import { describe, expect, it } from "vitest";
import { compareUsernames, passwordEnvNames, pricePlanKey } from "../../src/import/naming.js";

describe("import naming", () => {
  it("sorts usernames naturally and totally", () => {
    const names = ["room-10", "Room-3", "room-2", "a01", "a1", "CONF-100", "CONF-99", "b", "a"];
    expect([...names].sort(compareUsernames)).toEqual(["CONF-99", "CONF-100", "Room-3", "a", "a01", "a1", "b", "room-2", "room-10"]);
    // Digit runs longer than a safe integer still compare by value.
    expect(compareUsernames("x99999999999999999999", "x100000000000000000000")).toBeLessThan(0);
  });

  it("gives every account its own password variable, stable across runs", () => {
    const vars = passwordEnvNames(["staff-a", "staff.a", "Zoë", "élan-2", "---"]);
    expect([...vars.values()]).toEqual([
      "HOTSPOT_PW_STAFF_A",
      "HOTSPOT_PW_STAFF_A_2",
      "HOTSPOT_PW_ZOE",
      "HOTSPOT_PW_ELAN_2",
      "HOTSPOT_PW_ACCOUNT",
    ]);
  });

  it("turns plan descriptions into readable keys", () => {
    expect(pricePlanKey("1 Day", 2)).toBe("1-day");
    expect(pricePlanKey("Daily 2 Hours (monthly)", 5)).toBe("daily-2-hours-monthly");
    expect(pricePlanKey("  ", 9)).toBe("plan-9");
  });
});
