import { TerraformVariable } from "cdktf";
import { describe, expect, it } from "vitest";
import { DataHotspotPricePlan, EventWifi, HotspotProvider, voucherCount } from "../src/index.js";
import { synthStack } from "./support/synth.js";

describe("EventWifi", () => {
  it("synthesizes a voucher batch, staff accounts and a sensitive voucher output (golden)", async () => {
    const { text } = await synthStack((stack) => {
      new HotspotProvider(stack, "hotspot");
      const plan = new DataHotspotPricePlan(stack, "day-pass", { description: "1 Day" });
      const staffPlan = new DataHotspotPricePlan(stack, "staff", { description: "30 Days Unlimited" });
      const password = new TerraformVariable(stack, "staff_password", { type: "string", sensitive: true });
      new EventWifi(stack, "devconf", {
        name: "DevConf 2026",
        start: "2026-12-05T08:00",
        end: "2026-12-05T23:00",
        expectedAttendees: 250,
        plan,
        staffPlan,
        staff: [{ username: "staff-alice", password: password.stringValue }, { username: "staff-bob" }],
      });
    });
    await expect(text).toMatchFileSnapshot("./golden/event-wifi.json");
  });

  it("sizes the batch for attendees plus the margin, expiring at the event's end", async () => {
    const { json } = await synthStack((stack) => {
      new HotspotProvider(stack, "hotspot", { url: "http://hotspot.example:82" });
      new EventWifi(stack, "gala", {
        name: "Gala",
        start: new Date(Date.UTC(2026, 11, 31, 19, 0)),
        end: new Date(Date.UTC(2027, 0, 1, 2, 30)),
        expectedAttendees: 120,
        marginPercent: 25,
        plan: 3,
        prefix: "GALA26-",
        voucherType: "prepaid",
      });
    });
    const batches = Object.values(json.resource?.["hotspot_voucher_batch"] ?? {});
    expect(batches).toEqual([{ prefix: "GALA26-", member_count: 150, plan_id: 3, type: "prepaid", expires: "2027-01-01T02:30" }]);
    expect(json.resource?.["hotspot_account"]).toBeUndefined();
    expect(json.output?.["gala_vouchers"]?.["sensitive"]).toBe(true);
  });

  it("names a price plan by its name on the server (plan), as the YAML does", async () => {
    const { json } = await synthStack((stack) => {
      new HotspotProvider(stack, "hotspot");
      new EventWifi(stack, "gala", {
        name: "Gala",
        start: "2026-12-31T19:00",
        end: "2027-01-01T02:30",
        expectedAttendees: 10,
        plan: "1 Day",
        staffPlan: 4,
        staff: [{ username: "s-1" }],
      });
    });
    expect(Object.values(json.resource?.["hotspot_voucher_batch"] ?? {})).toEqual([
      { prefix: "GALA-", member_count: 11, plan: "1 Day", type: "ticket", expires: "2027-01-01T02:30" },
    ]);
    expect(Object.values(json.resource?.["hotspot_account"] ?? {})).toEqual([{ username: "s-1", plan_id: 4, type: "prepaid", expires: "2027-01-01T02:30" }]);
  });

  it("rounds the margin up and keeps exact arithmetic", () => {
    expect(voucherCount(250)).toBe(275);
    expect(voucherCount(250, 0)).toBe(250);
    expect(voucherCount(3, 10)).toBe(4);
    expect(voucherCount(100, 12.5)).toBe(113);
  });

  it.each([
    [{ end: "2026-12-05T07:00" }, "end: the event must end after it starts (2026-12-05T08:00 → 2026-12-05T07:00)"],
    [{ end: "2026-12-05" }, 'end: expected a date-time like 2026-12-05T23:00 (server time), got "2026-12-05"'],
    [{ start: "tomorrow" }, 'start: expected a date-time like 2026-12-05T23:00 (server time), got "tomorrow"'],
    [{ expectedAttendees: 0 }, "expectedAttendees: expected a whole number of at least 1, got 0"],
    [{ marginPercent: -5 }, "marginPercent: expected a number of at least 0, got -5"],
    [{ name: "***" }, 'name: "***" has no letters or digits to make a voucher prefix from; pass prefix'],
    [{ staff: [{ username: "s1" }, { username: "s1" }] }, "staff: s1 is listed twice"],
  ])("refuses %j before synthesis", async (override, message) => {
    await expect(
      synthStack((stack) => {
        new HotspotProvider(stack, "hotspot");
        new EventWifi(stack, "bad", {
          name: "Conf",
          start: "2026-12-05T08:00",
          end: "2026-12-05T23:00",
          expectedAttendees: 10,
          plan: 1,
          ...override,
        });
      }),
    ).rejects.toThrow(message);
  });
});
