// The rules other packages call instead of keeping copies: value forms, attribute names, field
// paths, site choice. Through the package's public exports, as the callers use them.
import { describe, expect, it } from "vitest";
import { ACCOUNT_FIELDS, attributeName, BATCH_FIELDS, batchAttributeName, fieldValue, formatValue, parseConfig, parseDuration, parseExpiry, parseValue, selectSite, setFieldValue, snakeName } from "../../src/index.js";
import { parseRate, parseSize } from "../../src/model/units.js";

describe("formatValue", () => {
  it("writes the YAML's own units, which the parsers read back to the same value", () => {
    expect(formatValue("seconds", 9000)).toBe("2h30m");
    expect(parseDuration(formatValue("seconds", 9000) as string)).toBe(9000);
    expect(formatValue("bytes", 5 * 1024 ** 3)).toBe("5GB");
    expect(parseSize(formatValue("bytes", 1536) as string)).toBe(1536);
    expect(formatValue("rate", 131072)).toBe("1Mbit");
    expect(parseRate(formatValue("rate", 65536) as string)).toBe(65536);
    expect(formatValue("money", 12.5)).toBe("12.50");
    expect(formatValue("expiry", parseExpiry("2026-12-31T18:00"))).toBe("2026-12-31T18:00");
    expect(formatValue("expiry", parseExpiry("in 30d"))).toBe("in 30d");
    expect(formatValue("expiry", "never")).toBe("never");
  });

  it("keeps unlimited, and reads a rate of 0 as no limit", () => {
    for (const kind of ["seconds", "bytes", "rate"] as const) expect(formatValue(kind, "unlimited")).toBe("unlimited");
    expect(formatValue("rate", 0)).toBe("unlimited");
    expect(formatValue("rate", 0, "human")).toBe("unlimited");
  });

  it("keeps Terraform numbers as numbers in the attribute form", () => {
    expect(formatValue("money", 12.5, "attribute")).toBe(12.5);
    expect(formatValue("seconds", 90, "attribute")).toBe("1m30s");
    expect(formatValue("integer", 3, "attribute")).toBe(3);
    expect(formatValue("boolean", false, "attribute")).toBe(false);
  });

  it("rounds for reading in the human form", () => {
    expect(formatValue("bytes", 1536 * 1024, "human")).toBe("1.5 MB");
    expect(formatValue("rate", 131072, "human")).toBe("1 Mbit/s");
    expect(formatValue("seconds", 2 * 86400 + 4 * 3600 + 61, "human")).toBe("2d4h1m");
  });

  it("leaves a price plan reference to the caller", () => {
    expect(formatValue("planRef", 4)).toBe(4);
    expect(formatValue("planRef", "day")).toBe("day");
  });
});

describe("parseValue", () => {
  it("reads back what formatValue writes, unlimited included", () => {
    for (const [kind, value] of [
      ["seconds", 9000],
      ["bytes", 5 * 1024 ** 3],
      ["rate", 65536],
      ["seconds", "unlimited"],
      ["bytes", "unlimited"],
    ] as const) {
      expect(parseValue(kind, formatValue(kind, value) as string), `${kind} ${value}`).toBe(value);
    }
    expect(parseValue("expiry", "in 30d")).toEqual({ kind: "relative", seconds: 30 * 86400 });
    expect(parseValue("enum", "ticket")).toBe("ticket");
  });

  it("refuses text that is not valid for the kind", () => {
    expect(parseValue("seconds", "2 hours")).toBeUndefined();
    expect(parseValue("rate", "1Mbps")).toBeUndefined();
    expect(parseValue("expiry", "tomorrow")).toBeUndefined();
  });
});

describe("attribute names", () => {
  it("are the snake_case paths, customer and card nested, and member_count for a batch's count", () => {
    const byName = new Map(ACCOUNT_FIELDS.map((f) => [f.name, attributeName(f)]));
    expect(byName.get("rates.download")).toBe("rates_download");
    expect(byName.get("customer.firstName")).toBe("customer.first_name");
    expect(byName.get("card.cvv2")).toBe("card_wo.cvv2");
    expect(byName.get("plan")).toBe("plan");
    const batch = new Map(BATCH_FIELDS.map((f) => [f.name, batchAttributeName(f)]));
    expect(batch.get("count")).toBe("member_count");
    expect(batch.get("plan")).toBe("plan");
    expect(batch.get("startNumber")).toBe("start_number");
    expect(snakeName("timeLeft")).toBe("time_left");
  });

  it("are unique per resource", () => {
    const names = ACCOUNT_FIELDS.map(attributeName);
    expect(new Set(names).size).toBe(names.length);
    const batch = BATCH_FIELDS.map(batchAttributeName);
    expect(new Set(batch).size).toBe(batch.length);
  });
});

describe("field paths", () => {
  it("read and write a field by its model path", () => {
    const target: Record<string, unknown> = { rates: "oops" };
    setFieldValue(target, "rates.download", 131072);
    setFieldValue(target, "customer.email", "a@example.org");
    setFieldValue(target, "plan", "day");
    expect(target).toEqual({ rates: { download: 131072 }, customer: { email: "a@example.org" }, plan: "day" });
    expect(fieldValue(target, "rates.download")).toBe(131072);
    expect(fieldValue(target, "customer.phone")).toBeUndefined();
    expect(fieldValue(target, "plan.id")).toBeUndefined();
  });
});

describe("selectSite", () => {
  const two = parseConfig("version: 1\nsites:\n  paris: {}\n  lyon: {}\n", "sites.yaml");
  const one = parseConfig("version: 1\naccounts: [{ username: a }]\n", "one.yaml");

  it("returns the site named, or the only one", () => {
    expect(selectSite(two, "lyon").name).toBe("lyon");
    expect(selectSite(one).name).toBe("default");
  });

  it("names the declared sites when the name is unknown or several are declared", () => {
    expect(() => selectSite(two, "nice")).toThrow('no site named "nice" in the configuration (sites: paris, lyon)');
    expect(() => selectSite(two)).toThrow("the configuration declares 2 sites (paris, lyon): choose one");
    expect(() => selectSite(two, undefined, "pass --site")).toThrow("(paris, lyon): pass --site");
  });
});
