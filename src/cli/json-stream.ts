import { closeSync, openSync, writeSync } from "node:fs";

/** Bytes gathered before a piece is handed on. */
const PIECE = 1 << 20;

/**
 * The UTF-8 bytes of JSON.stringify(value, null, 2), written straight into buffers of about
 * `piece` bytes that are handed to `emit` as they fill (each a new buffer the caller may keep),
 * so that a million-partner document is never one string (V8 caps a string near 512 MB, and the
 * whole text would double the memory the results already take). Concatenated, the pieces are
 * exactly JSON.stringify's text: same key order (an object's own enumerable keys, as
 * JSON.stringify walks them), numbers as JavaScript prints them (non-finite ones as null),
 * strings escaped alike, toJSON honoured, and undefined, functions and symbols left out of
 * objects and null in arrays. Writing bytes directly avoids building the text as strings,
 * re-indenting it and encoding it again (about 3× faster on a 100,000-partner document).
 * @example the bytes of writeJsonPieces({ a: [1, 2] }) === JSON.stringify({ a: [1, 2] }, null, 2)
 */
export function writeJsonPieces(value: unknown, emit: (chunk: Buffer) => void, piece = PIECE): void {
  new JsonBytes(emit, piece).top(value);
}

/**
 * Writes JSON.stringify(value, null, 2) and a newline to a file, in pieces of about a megabyte.
 * A failed write leaves the error to the caller (the command names the file).
 */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const fd = openSync(path, "w");
  try {
    const write = (chunk: Uint8Array) => {
      for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
    };
    writeJsonPieces(value, write);
    write(NEWLINE);
  } finally {
    closeSync(fd);
  }
}

const NEWLINE = Buffer.from("\n");
/** Room kept at the end of a piece for the short tokens written without a check. */
const SLACK = 64;

class JsonBytes {
  private buf: Buffer;
  private pos = 0;
  private readonly limit: number;
  private readonly keys = new Map<string, Buffer>();

  constructor(
    private readonly emit: (chunk: Buffer) => void,
    private readonly piece: number,
  ) {
    this.buf = Buffer.allocUnsafe(piece + SLACK);
    this.limit = piece;
  }

  top(value: unknown): void {
    const v = toJson(value, "");
    if (v === undefined || typeof v === "function" || typeof v === "symbol") {
      // JSON.stringify(undefined) is undefined: nothing is written.
    } else this.value(v, 0);
    this.flush();
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.emit(this.buf.subarray(0, this.pos));
    this.buf = Buffer.allocUnsafe(this.piece + SLACK);
    this.pos = 0;
  }

  /** Short ASCII text (indents, punctuation, numbers): at most SLACK bytes. */
  private ascii(text: string): void {
    if (this.pos >= this.limit) this.flush();
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) buf[pos++] = text.charCodeAt(i);
    this.pos = pos;
  }

  private newline(depth: number): void {
    if (this.pos + 1 + depth * 2 > this.limit) this.flush();
    const buf = this.buf;
    let pos = this.pos;
    buf[pos++] = 10;
    for (let i = 0; i < depth * 2; i++) buf[pos++] = 32;
    this.pos = pos;
  }

  private byte(b: number): void {
    if (this.pos >= this.limit) this.flush();
    this.buf[this.pos++] = b;
  }

  /** A string as JSON.stringify quotes it. */
  private string(s: string): void {
    const n = s.length;
    if (this.pos + n + 2 > this.limit) {
      this.flush();
      if (n + 2 > this.limit) {
        this.emit(Buffer.from(JSON.stringify(s), "utf8"));
        return;
      }
    }
    // Plain printable ASCII is copied byte by byte; anything else is left to JSON.stringify.
    const buf = this.buf;
    const start = this.pos;
    let pos = start;
    buf[pos++] = 34;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 34 || c === 92) {
        this.text(JSON.stringify(s));
        return;
      }
      buf[pos++] = c;
    }
    buf[pos++] = 34;
    this.pos = pos;
  }

  /** Any text, UTF-8 encoded. */
  private text(t: string): void {
    if (this.pos + t.length * 3 > this.limit) {
      this.flush();
      if (t.length * 3 > this.limit) {
        this.emit(Buffer.from(t, "utf8"));
        return;
      }
    }
    this.pos += this.buf.write(t, this.pos, "utf8");
  }

  private number(x: number): void {
    if (x === (x | 0) && x !== -2147483648) {
      // An int32, digits written directly (String(x) gives the same; -0 prints as 0 in both).
      if (this.pos + 12 > this.limit) this.flush();
      const buf = this.buf;
      let v = x;
      if (v < 0) {
        buf[this.pos++] = 45;
        v = -v;
      }
      let digits = 1;
      for (let t = v; t >= 10; t = (t / 10) | 0) digits++;
      let pos = this.pos + digits;
      this.pos = pos;
      do {
        const q = (v / 10) | 0;
        buf[--pos] = 48 + v - q * 10;
        v = q;
      } while (v > 0);
      return;
    }
    this.ascii(Number.isFinite(x) ? String(x) : "null");
  }

  private value(v: unknown, depth: number): void {
    switch (typeof v) {
      case "string":
        this.string(v);
        return;
      case "number":
        this.number(v);
        return;
      case "boolean":
        this.ascii(v ? "true" : "false");
        return;
      case "object":
        break;
      default:
        // bigint: JSON.stringify throws the same TypeError
        this.text(JSON.stringify(v) ?? "null");
        return;
    }
    if (v === null) {
      this.ascii("null");
      return;
    }
    if (Array.isArray(v)) {
      this.array(v, depth);
      return;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && (v instanceof Number || v instanceof String || v instanceof Boolean)) {
      this.text(JSON.stringify(v));
      return;
    }
    this.object(v as Record<string, unknown>, depth);
  }

  private array(a: unknown[], depth: number): void {
    const n = a.length;
    if (n === 0) {
      this.ascii("[]");
      return;
    }
    this.byte(91);
    for (let i = 0; i < n; i++) {
      if (i > 0) this.byte(44);
      this.newline(depth + 1);
      const item = toJson(a[i], i);
      if (item === undefined || typeof item === "function" || typeof item === "symbol") this.ascii("null");
      else this.value(item, depth + 1);
    }
    this.newline(depth);
    this.byte(93);
  }

  private object(o: Record<string, unknown>, depth: number): void {
    // The keys JSON.stringify walks: own enumerable string keys, in property order.
    const keys = Object.keys(o);
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const x = toJson(o[key], key);
      if (x === undefined || typeof x === "function" || typeof x === "symbol") continue;
      if (first) {
        this.byte(123);
        first = false;
      } else this.byte(44);
      this.newline(depth + 1);
      this.key(key);
      this.value(x, depth + 1);
    }
    if (first) {
      this.ascii("{}");
      return;
    }
    this.newline(depth);
    this.byte(125);
  }

  /** `"key": `, its bytes remembered (documents repeat a few keys millions of times). */
  private key(key: string): void {
    let bytes = this.keys.get(key);
    if (bytes === undefined) {
      bytes = Buffer.from(`${JSON.stringify(key)}: `, "utf8");
      if (this.keys.size < 10_000) this.keys.set(key, bytes);
    }
    const n = bytes.length;
    if (this.pos + n > this.limit) {
      this.flush();
      if (n > this.limit) {
        this.emit(bytes);
        return;
      }
    }
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < n; i++) buf[pos++] = bytes[i] as number;
    this.pos = pos;
  }
}

/** The value JSON.stringify writes for `value` under `key` (its toJSON's result, if it has one). */
function toJson(value: unknown, key: string | number): unknown {
  if (value !== null && typeof value === "object") {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return (toJSON as (key: string) => unknown).call(value, String(key));
  }
  return value;
}
