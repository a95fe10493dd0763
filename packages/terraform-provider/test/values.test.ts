import { describe, expect, it } from "vitest";
import { decodeMsgpack, encodeMsgpack } from "../src/values/msgpack.js";
import { containsUnknown, unknown, valuesEqual } from "../src/values/value.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => Buffer.from(h, "hex");

describe("msgpack DynamicValue codec", () => {
  it("decodes terraform's null prior state (c0) as null", () => {
    expect(decodeMsgpack(bytes("c0"))).toBeNull();
  });

  it("encodes unknown values as extension 0 (d4 00 00), as cty does", () => {
    expect(hex(encodeMsgpack({ id: unknown }))).toBe(`81a26964${"d40000"}`);
  });

  it("decodes refined unknowns (extension 12) as plain unknowns", () => {
    // fixext1 of type 12 would be d4 0c ..; terraform sends refinements as ext8 with a payload.
    const refined = bytes("81a178c7030c010203");
    const v = decodeMsgpack(refined) as Record<string, unknown>;
    expect(v.x).toBe(unknown);
    expect(containsUnknown(v as never)).toBe(true);
  });

  it("keeps 64-bit integers exact and passes decimal strings through", () => {
    const big = 2n ** 63n + 5n;
    const v = decodeMsgpack(encodeMsgpack({ big, small: 7, decimal: "0.1" })) as Record<string, unknown>;
    expect(v.big).toBe(big);
    expect(v.small).toBe(7);
    expect(v.decimal).toBe("0.1");
  });

  it("sends integers wider than 64 bits as decimal text instead of truncating them", () => {
    const huge = 2n ** 70n;
    expect(decodeMsgpack(encodeMsgpack({ n: huge }))).toEqual({ n: huge.toString() });
  });

  it("compares numbers by value across number and bigint", () => {
    expect(valuesEqual({ a: 5, b: [1n] }, { a: 5n, b: [1] })).toBe(true);
    expect(valuesEqual({ a: unknown }, { a: null })).toBe(false);
  });
});
