import { describe, expect, it } from "vitest";
import {
  bar,
  formatBytes,
  formatDuration,
  formatRate,
  formatWallClock,
  renderBarChart,
  renderTable,
  resolveOutputFormat,
} from "../../src/format/index.js";

describe("display units", () => {
  it("formats bytes in binary multiples", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5 GB");
    expect(formatBytes(1024 * 1024 - 1)).toBe("1 MB");
    expect(formatBytes(123 * 1024 ** 2)).toBe("123 MB");
  });
  it("formats durations compactly, largest units first", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(9000)).toBe("2h30m");
    expect(formatDuration(86_400 + 5)).toBe("1d5s");
    expect(formatDuration(3 * 86_400 + 3600 + 60 + 1)).toBe("3d1h1m");
    expect(formatDuration(45)).toBe("45s");
  });
  it("formats rates as bits per second, binary like the model", () => {
    expect(formatRate(131072)).toBe("1 Mbit/s");
    expect(formatRate(65536)).toBe("512 kbit/s");
    expect(formatRate(100_000)).toBe("781.3 kbit/s");
    expect(formatRate(0)).toBe("unlimited");
  });
  it("formats server wall-clock from UTC fields, never the machine zone", () => {
    expect(formatWallClock(new Date(Date.UTC(2026, 11, 31, 18, 0, 5)))).toBe("2026-12-31 18:00:05");
    expect(formatWallClock(undefined)).toBe("-");
  });
});

describe("tables and charts", () => {
  it("aligns columns, numbers right", () => {
    const text = renderTable(
      [
        { header: "NAME", value: (r: { n: string; v: number }) => r.n },
        { header: "COUNT", value: (r) => String(r.v), align: "right" },
      ],
      [
        { n: "a", v: 1 },
        { n: "longer", v: 100 },
      ],
    );
    expect(text).toBe("NAME    COUNT\na           1\nlonger    100\n");
  });
  it("sizes columns of 200,000 rows (a spread into Math.max overflows the stack past ~125k)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `guest-${i}`);
    const text = renderTable([{ header: "NAME", value: (r: string) => r }], rows);
    const lines = text.split("\n");
    expect(lines[0]).toBe("NAME");
    expect(lines[200_000]).toBe("guest-199999");
  });
  it("draws bars scaled to the largest value with eighth blocks", () => {
    expect(bar(10, 10, 4)).toBe("████");
    expect(bar(5, 10, 4)).toBe("██");
    expect(bar(1, 16, 2)).toBe("▏");
    expect(bar(0, 10, 4)).toBe("");
    const chart = renderBarChart("T", [
      { label: "d1", value: 2, display: "2" },
      { label: "d2", value: 4, display: "4" },
    ], 4);
    expect(chart).toBe("T\nd1 │██   2\nd2 │████ 4\n");
  });
});

describe("output flags", () => {
  it("maps --json and -o", () => {
    expect(resolveOutputFormat({})).toBe("table");
    expect(resolveOutputFormat({ json: true })).toBe("json");
    expect(resolveOutputFormat({ output: "yaml" })).toBe("yaml");
    expect(() => resolveOutputFormat({ output: "xml" })).toThrow(/unknown output format "xml"/);
    expect(() => resolveOutputFormat({ json: true, output: "yaml" })).toThrow(/conflicts/);
  });
});
