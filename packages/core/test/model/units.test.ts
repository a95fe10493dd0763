import { describe, expect, it } from "vitest";
import { humanDuration, humanLimit, humanMinute, humanRate, humanSize, parseDuration, parseExpiry, parseMoney } from "../../src/model/index.js";
import { formatDuration, formatExpiry, formatMinute, formatRate, formatSize, parseRate, parseSize } from "../../src/model/units.js";
import { wallClock } from "../../src/wire/wall-clock.js";

describe("units", () => {
  it("durations", () => {
    expect(parseDuration("2h30m")).toBe(9000);
    expect(parseDuration("30d")).toBe(2_592_000);
    expect(parseDuration("1w2d")).toBe(777_600);
    expect(parseDuration("0")).toBe(0);
    for (const bad of ["", "90", "2h 30m", "30m2h", "1.5h", "-1h"]) expect(parseDuration(bad)).toBeUndefined();
    for (const s of [0, 45, 9000, 86_400, 144_000, 2_592_000, 90_061]) expect(parseDuration(formatDuration(s))).toBe(s);
    expect([formatDuration(144_000), formatDuration(604_800), formatDuration(90_061)]).toEqual(["40h", "7d", "25h1m1s"]);
  });

  it("sizes are binary", () => {
    expect(parseSize("500MB")).toBe(524_288_000);
    expect(parseSize("5GB")).toBe(5_368_709_120);
    expect(parseSize("5 GiB")).toBe(5_368_709_120);
    expect(parseSize("1.5GB")).toBe(1_610_612_736);
    expect(parseSize("0.1B")).toBeUndefined();
    for (const b of [0, 1, 1023, 1024, 524_288_000, 1_610_612_736]) expect(parseSize(formatSize(b))).toBe(b);
    expect(formatSize(1_610_612_736)).toBe("1536MB");
  });

  it("rates are binary bits per second: 1Mbit = 131072 bytes/s", () => {
    expect(parseRate("1Mbit")).toBe(131_072);
    expect(parseRate("512kbit")).toBe(65_536);
    expect(parseRate("512kbit/s")).toBe(65_536);
    expect(parseRate("3bit")).toBeUndefined();
    expect(parseRate("1MB")).toBeUndefined();
    for (const b of [1, 128, 65_536, 131_072, 1_000_000]) expect(parseRate(formatRate(b))).toBe(b);
    expect([formatRate(131_072), formatRate(65_536), formatRate(1)]).toEqual(["1Mbit", "512kbit", "8bit"]);
  });

  it("expiry: absolute in server wall clock, relative, never", () => {
    // A date alone means until the end of that day: its last minute (expiredatetime has minutes).
    expect(parseExpiry("2026-12-31")).toEqual({ kind: "date", at: wallClock(2026, 12, 31, 23, 59) });
    expect(parseExpiry("2026-12-31T18:00")).toEqual({ kind: "dateTime", at: wallClock(2026, 12, 31, 18, 0) });
    expect(parseExpiry("2026-12-31 18:00")).toEqual({ kind: "dateTime", at: wallClock(2026, 12, 31, 18, 0) });
    expect(parseExpiry("in 30d")).toEqual({ kind: "relative", seconds: 2_592_000 });
    expect(parseExpiry("never")).toEqual({ kind: "never" });
    for (const bad of ["tomorrow", "2026-02-30", "2026-12-31T25:00", "in 0", "in", "31/12/2026"]) {
      expect(parseExpiry(bad)).toBeUndefined();
    }
    for (const t of ["2026-12-31", "2026-12-31T18:00", "in 12h", "never"]) expect(formatExpiry(parseExpiry(t)!)).toBe(t);
  });

  it("a wall-clock minute: the YAML's form with a T, people's with a space (plans, listings, cards)", () => {
    const at = wallClock(2026, 1, 5, 9, 7, 42);
    expect(formatMinute(at)).toBe("2026-01-05T09:07");
    expect(humanMinute(at)).toBe("2026-01-05 09:07");
  });

  it("a limit the server may mark unlimited reads unlimited, else its human form; absent when not reported", () => {
    expect(humanLimit(true, 60, humanDuration)).toBe("unlimited");
    expect(humanLimit(false, 5400, humanDuration)).toBe("1h30m");
    expect(humanLimit(undefined, undefined, humanDuration)).toBeUndefined();
  });

  it("money has at most two decimals", () => {
    expect(parseMoney("12.50")).toBe(12.5);
    expect(parseMoney(3)).toBe(3);
    expect(parseMoney("12.555")).toBeUndefined();
    expect(parseMoney("-1")).toBeUndefined();
  });
});

describe("human units (operator listings, cards)", () => {
  it("formats bytes in binary multiples", () => {
    expect(humanSize(0)).toBe("0 B");
    expect(humanSize(512)).toBe("512 B");
    expect(humanSize(1536)).toBe("1.5 KB");
    expect(humanSize(5 * 1024 ** 3)).toBe("5 GB");
    expect(humanSize(1024 * 1024 - 1)).toBe("1 MB");
    expect(humanSize(123 * 1024 ** 2)).toBe("123 MB");
  });
  it("formats durations compactly, largest units first", () => {
    expect(humanDuration(0)).toBe("0s");
    expect(humanDuration(9000)).toBe("2h30m");
    expect(humanDuration(86_400 + 5)).toBe("1d5s");
    expect(humanDuration(3 * 86_400 + 3600 + 60 + 1)).toBe("3d1h1m");
    expect(humanDuration(45)).toBe("45s");
  });
  it("formats rates as bits per second, binary like the model", () => {
    expect(humanRate(131072)).toBe("1 Mbit/s");
    expect(humanRate(65536)).toBe("512 kbit/s");
    expect(humanRate(100_000)).toBe("781.3 kbit/s");
    expect(humanRate(0)).toBe("unlimited");
  });
});
