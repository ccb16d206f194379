/**
 * The byte layouts of the ZIP records zip.ts writes (APPNOTE 4.3): local header, data
 * descriptor, central directory header and its end record, and the CRC-32 they carry.
 */
import { crc32 as nodeCrc32 } from "node:zlib";

/** One part of the package as the records describe it. */
export interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The largest size or offset without ZIP64. */
export const LIMIT = 0xffffffff;

/** Data descriptor follows (bit 3); names are UTF-8 (bit 11). */
const FLAGS = (1 << 3) | (1 << 11);

/** The local header: crc and sizes (bytes 14–25) follow in the data descriptor. */
export function localHeader(e: Entry, dosTime: number, dosDate: number): Buffer {
  const h = Buffer.alloc(30 + e.name.length);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
  h.writeUInt16LE(FLAGS, 6);
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt16LE(dosTime, 10);
  h.writeUInt16LE(dosDate, 12);
  h.writeUInt16LE(e.name.length, 26);
  e.name.copy(h, 30);
  return h;
}

export function descriptor(e: Entry): Buffer {
  const d = Buffer.alloc(16);
  d.writeUInt32LE(0x08074b50, 0);
  d.writeUInt32LE(e.crc >>> 0, 4);
  d.writeUInt32LE(e.compressed, 8);
  d.writeUInt32LE(e.size, 12);
  return d;
}

export function centralHeader(e: Entry, dosTime: number, dosDate: number): Buffer {
  const h = Buffer.alloc(46 + e.name.length);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(FLAGS, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt16LE(dosTime, 12);
  h.writeUInt16LE(dosDate, 14);
  h.writeUInt32LE(e.crc >>> 0, 16);
  h.writeUInt32LE(e.compressed, 20);
  h.writeUInt32LE(e.size, 24);
  h.writeUInt16LE(e.name.length, 28);
  h.writeUInt32LE(e.offset, 42);
  e.name.copy(h, 46);
  return h;
}

/** The end of the central directory: `count` entries in `size` bytes from `start`. */
export function endRecord(count: number, size: number, start: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(start, 16);
  return end;
}

/** CRC-32 (node:zlib's from Node 20.15; a table otherwise). */
export function crc32(data: Uint8Array, previous: number): number {
  if (typeof nodeCrc32 === "function") return nodeCrc32(data, previous);
  let crc = ~previous;
  for (let i = 0; i < data.length; i++) crc = (crc >>> 8) ^ (TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0);
  return ~crc >>> 0;
}

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();
