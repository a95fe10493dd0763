// DynamicValue encoding: terraform always sends msgpack (cty's encoding).
// Unknown values are extension 0; refined unknowns ("not null, prefix b-")
// are extension 12 and are decoded as plain unknowns. 64-bit integers are
// kept exact as bigint; non-integral or huge numbers arrive as decimal text.
import { Decoder, Encoder, ExtensionCodec } from "@msgpack/msgpack";
import { Unknown, type Value, unknown } from "./value.js";

const UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;

const extensions = new ExtensionCodec();
extensions.register({
  type: UNKNOWN_EXT,
  encode: (v: unknown) => (v instanceof Unknown ? new Uint8Array([0]) : null),
  decode: () => unknown,
});
extensions.register({
  type: REFINED_UNKNOWN_EXT,
  encode: () => null,
  decode: () => unknown,
});

const decoder = new Decoder({ extensionCodec: extensions, useBigInt64: true });
const encoder = new Encoder({ extensionCodec: extensions, useBigInt64: true, ignoreUndefined: false });

const MAX_UINT64 = (1n << 64n) - 1n;
const MIN_INT64 = -(1n << 63n);

export function decodeMsgpack(bytes: Uint8Array): Value {
  if (bytes.length === 0) return null;
  return decoder.decode(bytes) as Value;
}

export function encodeMsgpack(value: Value): Uint8Array {
  return encoder.encode(prepare(value));
}

// The msgpack library truncates bigints wider than 64 bits silently, and
// encodes unsafe-integer doubles as floats: send both as decimal text, which
// terraform parses back into an exact number.
function prepare(v: Value): unknown {
  if (typeof v === "bigint") return v > MAX_UINT64 || v < MIN_INT64 ? v.toString() : v;
  if (typeof v === "number" && Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v).toString();
  if (Array.isArray(v)) return v.map(prepare);
  if (v !== null && typeof v === "object" && !(v instanceof Unknown)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = prepare(x);
    return out;
  }
  return v;
}
