import { Decoder, Encoder, ExtensionCodec } from "@msgpack/msgpack";
import { describe, expect, it } from "vitest";
import { decodeMsgpack, encodeMsgpack } from "../src/values/msgpack.js";
import { containsUnknown, Unknown, unknown, type Value, valuesEqual } from "../src/values/value.js";

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

  it("reads and writes the same msgpack as a general-purpose codec, for every width of string, number, array and map", () => {
    const ext = new ExtensionCodec();
    ext.register({ type: 0, encode: (v: unknown) => (v instanceof Unknown ? new Uint8Array([0]) : null), decode: () => unknown });
    const reference = { decoder: new Decoder({ extensionCodec: ext, useBigInt64: true }), encoder: new Encoder({ extensionCodec: ext, useBigInt64: true }) };
    const numbers = [0, 127, 128, 255, 256, 65535, 65536, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, -1, -32, -33, -128, -129, -32768, -32769, -(2 ** 31), -(2 ** 31) - 1, 0.5, -1.25];
    const strings = ["", "a", "é", "日本語", "x".repeat(31), "x".repeat(32), "y".repeat(300), "z".repeat(70_000)];
    const wide = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`k${i}`, i]));
    const values: Value[] = [
      ...numbers,
      ...strings,
      2n ** 63n + 5n,
      -(2n ** 63n),
      { numbers, strings, nested: { a: [null, true, false, unknown], wide }, list: Array.from({ length: 20 }, (_, i) => `m${i}`), long: Array.from({ length: 70_000 }, () => 1) },
    ];
    for (const v of values) {
      expect(valuesEqual(reference.decoder.decode(encodeMsgpack(v)) as Value, v)).toBe(true);
      expect(valuesEqual(decodeMsgpack(reference.encoder.encode(v)), v)).toBe(true);
    }
  });

  it("reads a map key named __proto__ as data, never as the object's prototype", () => {
    const v = decodeMsgpack(bytes("81a95f5f70726f746f5f5f01")) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(["__proto__"]);
  });
});
