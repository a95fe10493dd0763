import { describe, expect, it } from "vitest";
import {
  bar,
  renderBarChart,
  renderTable,
  resolveOutputFormat,
  wallClockOrDash,
} from "../../src/format/index.js";

describe("display units", () => {
  it("formats server wall-clock from UTC fields, never the machine zone", () => {
    expect(wallClockOrDash(new Date(Date.UTC(2026, 11, 31, 18, 0, 5)))).toBe("2026-12-31 18:00:05");
    expect(wallClockOrDash(undefined)).toBe("-");
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
