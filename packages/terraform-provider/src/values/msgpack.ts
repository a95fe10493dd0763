// DynamicValue encoding: terraform always sends msgpack (cty's encoding).
// Unknown values are extension 0; refined unknowns ("not null, prefix b-")
// are extension 12 and are decoded as plain unknowns. 64-bit integers are
// kept exact as bigint; non-integral or huge numbers arrive as decimal text.
//
// Written for the values cty sends and we answer (maps with string keys,
// arrays, strings, numbers, booleans, nil, the unknown extension): every call
// of a plan decodes and encodes whole objects, and a general-purpose codec
// (extension registry, key caches, a prepared copy of each value first) cost
// a fifth of the provider's time per call.
import { Unknown, type Value, unknown } from "./value.js";

const UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;

const MAX_UINT64 = (1n << 64n) - 1n;
const MIN_INT64 = -(1n << 63n);

// ---- decoding ----

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  value(): Value {
    const b = this.byte();
    if (b <= 0x7f) return b;
    if (b >= 0xe0) return b - 0x100;
    if (b >= 0xa0 && b <= 0xbf) return this.str(b & 0x1f);
    if (b >= 0x80 && b <= 0x8f) return this.map(b & 0x0f);
    if (b >= 0x90 && b <= 0x9f) return this.array(b & 0x0f);
    const buf = this.buf;
    switch (b) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xca:
        return buf.readFloatBE(this.skip(4));
      case 0xcb:
        return buf.readDoubleBE(this.skip(8));
      case 0xcc:
        return buf.readUInt8(this.skip(1));
      case 0xcd:
        return buf.readUInt16BE(this.skip(2));
      case 0xce:
        return buf.readUInt32BE(this.skip(4));
      case 0xcf:
        return buf.readBigUInt64BE(this.skip(8));
      case 0xd0:
        return buf.readInt8(this.skip(1));
      case 0xd1:
        return buf.readInt16BE(this.skip(2));
      case 0xd2:
        return buf.readInt32BE(this.skip(4));
      case 0xd3:
        return buf.readBigInt64BE(this.skip(8));
      case 0xd9:
        return this.str(buf.readUInt8(this.skip(1)));
      case 0xda:
        return this.str(buf.readUInt16BE(this.skip(2)));
      case 0xdb:
        return this.str(buf.readUInt32BE(this.skip(4)));
      case 0xdc:
        return this.array(buf.readUInt16BE(this.skip(2)));
      case 0xdd:
        return this.array(buf.readUInt32BE(this.skip(4)));
      case 0xde:
        return this.map(buf.readUInt16BE(this.skip(2)));
      case 0xdf:
        return this.map(buf.readUInt32BE(this.skip(4)));
      // fixext 1, 2, 4, 8, 16
      case 0xd4:
        return this.ext(1);
      case 0xd5:
        return this.ext(2);
      case 0xd6:
        return this.ext(4);
      case 0xd7:
        return this.ext(8);
      case 0xd8:
        return this.ext(16);
      // ext 8, 16, 32
      case 0xc7:
        return this.ext(buf.readUInt8(this.skip(1)));
      case 0xc8:
        return this.ext(buf.readUInt16BE(this.skip(2)));
      case 0xc9:
        return this.ext(buf.readUInt32BE(this.skip(4)));
      default:
        throw new Error(`msgpack: unexpected type byte 0x${b.toString(16)} at offset ${this.pos - 1}`);
    }
  }

  private byte(): number {
    if (this.pos >= this.buf.length) throw new Error("msgpack: value ends early");
    return this.buf[this.pos++]!;
  }

  /** Advances over n bytes and returns where they start. */
  private skip(n: number): number {
    const at = this.pos;
    if (at + n > this.buf.length) throw new Error("msgpack: value ends early");
    this.pos = at + n;
    return at;
  }

  private str(n: number): string {
    const at = this.skip(n);
    return this.buf.toString("utf8", at, at + n);
  }

  /** A short map key (fixstr), from the cache of names seen before: every object repeats its schema's names. */
  private key(n: number): string {
    const at = this.pos + 1;
    if (at + n > this.buf.length) throw new Error("msgpack: value ends early");
    const buf = this.buf;
    let hash = n;
    for (let i = at; i < at + n; i++) hash = Math.imul(hash ^ buf[i]!, 0x01000193);
    const cached = keyCache.get(hash);
    if (cached && cached.bytes.length === n && sameBytes(cached.bytes, buf, at)) {
      this.pos = at + n;
      return cached.text;
    }
    this.pos = at + n;
    const text = buf.toString("utf8", at, at + n);
    if (keyCache.size < KEY_CACHE_SIZE) keyCache.set(hash, { bytes: Uint8Array.prototype.slice.call(buf, at, at + n), text });
    return text;
  }

  private array(n: number): Value[] {
    const out = new Array<Value>(n);
    for (let i = 0; i < n; i++) out[i] = this.value();
    return out;
  }

  private map(n: number): { [key: string]: Value } {
    const out: { [key: string]: Value } = {};
    for (let i = 0; i < n; i++) {
      const b = this.buf[this.pos];
      const key = b !== undefined && b >= 0xa0 && b <= 0xbf ? this.key(b & 0x1f) : this.value();
      if (typeof key !== "string") throw new Error("msgpack: a map key that is not a string");
      const v = this.value();
      // A key named __proto__ is data, never the object's prototype.
      if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  }

  private ext(n: number): Value {
    const type = this.buf.readInt8(this.skip(1));
    this.skip(n);
    if (type === UNKNOWN_EXT || type === REFINED_UNKNOWN_EXT) return unknown;
    throw new Error(`msgpack: unsupported extension type ${type}`);
  }
}

const KEY_CACHE_SIZE = 4096;
const keyCache = new Map<number, { bytes: Uint8Array; text: string }>();

function sameBytes(a: Uint8Array, buf: Buffer, at: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[at + i]) return false;
  return true;
}

export function decodeMsgpack(bytes: Uint8Array): Value {
  if (bytes.length === 0) return null;
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = new Reader(buf);
  const v = reader.value();
  if (reader.pos !== buf.length) throw new Error("msgpack: bytes after the value");
  return v;
}

// ---- encoding ----

class Writer {
  buf = Buffer.allocUnsafe(64 * 1024);
  pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  private u8(b: number): void {
    this.buf[this.pos++] = b;
  }

  value(v: Value | undefined): void {
    this.ensure(9);
    if (v === null || v === undefined) this.u8(0xc0);
    else if (typeof v === "string") this.str(v);
    else if (typeof v === "boolean") this.u8(v ? 0xc3 : 0xc2);
    else if (typeof v === "number") this.number(v);
    else if (typeof v === "bigint") this.bigint(v);
    else if (v instanceof Unknown) {
      this.u8(0xd4);
      this.u8(UNKNOWN_EXT);
      this.u8(0);
    } else if (Array.isArray(v)) {
      this.header(v.length, 0x90, 0xdc, 0xdd);
      for (const x of v) this.value(x);
    } else {
      const keys = Object.keys(v);
      this.header(keys.length, 0x80, 0xde, 0xdf);
      for (const k of keys) {
        this.str(k);
        this.value(v[k]);
      }
    }
  }

  /** A fix / 16-bit / 32-bit length header of an array or map. */
  private header(n: number, fix: number, b16: number, b32: number): void {
    this.ensure(5);
    if (n < 16) this.u8(fix | n);
    else if (n < 0x10000) {
      this.u8(b16);
      this.pos = this.buf.writeUInt16BE(n, this.pos);
    } else {
      this.u8(b32);
      this.pos = this.buf.writeUInt32BE(n, this.pos);
    }
  }

  private str(s: string): void {
    const n = s.length;
    // Short ASCII text (names, most values) written byte by byte: cheaper than a native call.
    if (n < 32) {
      this.ensure(1 + n);
      const start = this.pos;
      this.u8(0xa0 | n);
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        this.buf[this.pos++] = c;
      }
      if (i === n) return;
      this.pos = start;
    }
    const bytes = Buffer.byteLength(s, "utf8");
    this.ensure(5 + bytes);
    if (bytes < 32) this.u8(0xa0 | bytes);
    else if (bytes < 0x100) {
      this.u8(0xd9);
      this.u8(bytes);
    } else if (bytes < 0x10000) {
      this.u8(0xda);
      this.pos = this.buf.writeUInt16BE(bytes, this.pos);
    } else {
      this.u8(0xdb);
      this.pos = this.buf.writeUInt32BE(bytes, this.pos);
    }
    this.pos += this.buf.write(s, this.pos, bytes, "utf8");
  }

  private number(v: number): void {
    if (!Number.isInteger(v)) {
      this.u8(0xcb);
      this.pos = this.buf.writeDoubleBE(v, this.pos);
    } else if (!Number.isSafeInteger(v)) {
      // Encoded as a double it would lose digits: decimal text, which terraform parses exactly.
      this.str(BigInt(v).toString());
    } else if (v >= 0) {
      if (v < 0x80) this.u8(v);
      else if (v < 0x100) {
        this.u8(0xcc);
        this.u8(v);
      } else if (v < 0x10000) {
        this.u8(0xcd);
        this.pos = this.buf.writeUInt16BE(v, this.pos);
      } else if (v < 0x100000000) {
        this.u8(0xce);
        this.pos = this.buf.writeUInt32BE(v, this.pos);
      } else {
        this.u8(0xcf);
        this.pos = this.buf.writeBigUInt64BE(BigInt(v), this.pos);
      }
    } else if (v >= -0x20) this.u8(v + 0x100);
    else if (v >= -0x80) {
      this.u8(0xd0);
      this.pos = this.buf.writeInt8(v, this.pos);
    } else if (v >= -0x8000) {
      this.u8(0xd1);
      this.pos = this.buf.writeInt16BE(v, this.pos);
    } else if (v >= -0x80000000) {
      this.u8(0xd2);
      this.pos = this.buf.writeInt32BE(v, this.pos);
    } else {
      this.u8(0xd3);
      this.pos = this.buf.writeBigInt64BE(BigInt(v), this.pos);
    }
  }

  private bigint(v: bigint): void {
    // Wider than 64 bits: decimal text (a 64-bit field would truncate it).
    if (v > MAX_UINT64 || v < MIN_INT64) this.str(v.toString());
    else if (v >= 0n) {
      this.u8(0xcf);
      this.pos = this.buf.writeBigUInt64BE(v, this.pos);
    } else {
      this.u8(0xd3);
      this.pos = this.buf.writeBigInt64BE(v, this.pos);
    }
  }
}

// One writer per process, its buffer reused: each answer is copied out of it.
const writer = new Writer();

export function encodeMsgpack(value: Value): Buffer {
  writer.pos = 0;
  writer.value(value);
  return Buffer.from(writer.buf.subarray(0, writer.pos));
}
