/**
 * A small ZIP writer for the .xlsx package, written as it is produced: each part is deflated
 * in pieces of about a megabyte (each piece ends with a sync flush, so the pieces join into one
 * deflate stream), so a worksheet of a million rows never exists as one string or buffer. The
 * output depends only on the parts and the date given: the same parts give the same bytes.
 * Sizes follow after each part in a data descriptor (general purpose flag bit 3), as streaming
 * zip writers do; Excel, JSZip and Python's zipfile read it. No ZIP64: a part or an archive past
 * 4 GB is refused (a full sheet of 1,048,576 rows stays far below).
 */
import { Worker } from "node:worker_threads";
import { constants, crc32 as nodeCrc32, deflateRawSync } from "node:zlib";

export type Sink = (chunk: Uint8Array) => void;

/**
 * Deflates one piece of a part (raw deflate ending in a sync flush, so pieces join into one
 * stream): at once on this thread, or later (a promise) on a worker thread.
 */
export type Deflater = (piece: Uint8Array, level: number) => Uint8Array | Promise<Uint8Array>;

/** Deflates on the calling thread. */
export const deflateHere: Deflater = (piece, level) =>
  deflateRawSync(piece, { level, finishFlush: constants.Z_SYNC_FLUSH });

/** The worker's whole program: deflate each piece it is sent, as deflateHere does, in order. */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { constants, deflateRawSync } = require("node:zlib");
parentPort.on("message", ({ id, piece, level }) => {
  try {
    const out = deflateRawSync(piece, { level, finishFlush: constants.Z_SYNC_FLUSH });
    parentPort.postMessage({ id, out, piece }, [piece.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error), piece }, [piece.buffer]);
  }
});
`;

/**
 * A deflater on a worker thread of its own: pieces go over (moved, not copied) and come back
 * deflated, so a second core compresses while this thread builds the next rows. (zlib's own
 * thread pool, `deflateRaw` with a callback, was tried first: its per-call stream set-up cost
 * this thread about as much as it saved — 2.99 s best of 5 writing the 100,000-partner report
 * in place, 3.87 s with the pool.) The worker did not pay either on the shared 2-core machine
 * (3.2–4.2 s in place, 3.7–4.8 s with it, load 5–9), so the command line uses it only with
 * PED_DEFLATE=worker. `close()` ends the worker.
 */
export function deflateInWorker(): { deflate: Deflater; close: () => Promise<void> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const pending = new Map<number, { resolve: (out: Uint8Array) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  worker.on("message", (m: { id: number; out?: Uint8Array; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.out) p?.resolve(Buffer.from(m.out.buffer, m.out.byteOffset, m.out.byteLength));
    else p?.reject(new Error(m.error ?? "deflate failed"));
  });
  worker.on("error", (error) => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  });
  return {
    deflate: (piece, level) => {
      if (failure) return Promise.reject(failure);
      const id = next++;
      // The piece is copied once into a buffer of its own, which moves to the worker.
      const own = new Uint8Array(piece);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, piece: own, level }, [own.buffer]);
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

export interface ZipOptions {
  /** Deflate level (LEVEL when not given). */
  level?: number;
  /** How pieces are deflated (deflateHere when not given). */
  deflate?: Deflater;
}

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** What goes out next, in order: bytes known now, a piece being deflated, or bytes made when their turn comes. */
type Item =
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "piece"; entry: Entry; out: Uint8Array | undefined }
  | { kind: "later"; make: () => Uint8Array };

const LIMIT = 0xffffffff;
/** An empty final deflate block: ends a stream of sync-flushed pieces. */
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));
/** Pieces being deflated at once, at most, before the producer waits (bounded memory). */
const IN_FLIGHT = 3;

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;
  private readonly level: number;
  private readonly deflater: Deflater;
  /** Items not yet given to the sink, oldest first (only pieces can hold the line up). */
  private readonly queue: Item[] = [];
  private head = 0;
  private inFlight = 0;
  private failure: unknown = undefined;
  /** Piece buffers free for reuse (a new part or piece takes one rather than allocate). */
  private readonly spare: Buffer[] = [];
  private waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly sink: Sink,
    date: Date,
    options: ZipOptions = {},
  ) {
    this.level = options.level ?? LEVEL;
    this.deflater = options.deflate ?? deflateHere;
    // DOS time read in UTC, so that every machine stamps the same bytes for the same run.
    this.dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
    this.dosDate =
      (Math.max(0, date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  }

  /** A whole part at once. */
  file(name: string, content: string | Uint8Array): void {
    const part = this.open(name);
    part.write(content);
    part.close();
  }

  /** A part written piece by piece: write() as often as needed, then close(). */
  open(name: string): PartWriter {
    const entry: Entry = { name: Buffer.from(name, "utf8"), crc: 0, compressed: 0, size: 0, offset: 0 };
    this.push({
      kind: "later",
      make: () => {
        entry.offset = this.offset;
        return this.localHeader(entry);
      },
    });
    // Text is encoded straight into a buffer; a full buffer is deflated as one piece (a new
    // buffer follows when the piece is deflated elsewhere while this thread goes on).
    let buffer = this.spare.pop() ?? Buffer.allocUnsafe(PIECE);
    let used = 0;
    let closed = false;
    const deflate = (data: Uint8Array, owner?: Buffer): boolean => {
      entry.crc = crc32(data, entry.crc);
      entry.size += data.length;
      return this.piece(entry, data, owner);
    };
    const flush = () => {
      if (used === 0) return;
      if (deflate(buffer.subarray(0, used), buffer)) buffer = this.spare.pop() ?? Buffer.allocUnsafe(PIECE);
      used = 0;
    };
    return {
      write: (content) => {
        if (closed) throw new Error(`${name} is already closed`);
        // A UTF-16 code unit takes at most 3 bytes in UTF-8.
        if (typeof content === "string" && content.length * 3 <= PIECE) {
          if (used + content.length * 3 > PIECE) flush();
          used += buffer.write(content, used, "utf8");
          return;
        }
        flush();
        const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
        if (bytes.length > 0) deflate(bytes);
      },
      ready: () => this.ready(),
      close: () => {
        if (closed) return;
        flush();
        closed = true;
        this.spare.push(buffer);
        if (entry.size > LIMIT) throw new Error(`${name} is larger than 4 GB`);
        this.push({ kind: "bytes", bytes: FINAL_BLOCK });
        this.push({
          kind: "later",
          make: () => {
            entry.compressed += FINAL_BLOCK.length;
            if (entry.compressed > LIMIT) throw new Error(`${name} is larger than 4 GB`);
            return this.descriptor(entry);
          },
        });
        this.entries.push(entry);
      },
    };
  }

  /**
   * Undefined while few pieces are being deflated; otherwise a promise that settles when the
   * producer may go on (rejected if a piece failed).
   */
  ready(): Promise<void> | undefined {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.inFlight < IN_FLIGHT) return undefined;
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Waits until every piece is deflated and written. */
  private async drained(): Promise<void> {
    while (this.failure === undefined && this.head < this.queue.length) {
      await new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    }
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Hands a piece to the deflater; true when it is deflated elsewhere (its buffer is still in
   * use: `owner`, the buffer it lies in, is kept for another piece once the deflater is done).
   */
  private piece(entry: Entry, data: Uint8Array, owner?: Buffer): boolean {
    const out = this.deflater(data, this.level);
    if (!(out instanceof Promise)) {
      this.push({ kind: "piece", entry, out });
      return false;
    }
    const item: Item = { kind: "piece", entry, out: undefined };
    this.inFlight++;
    this.push(item);
    out.then(
      (bytes) => {
        item.out = bytes;
        if (owner && this.spare.length < IN_FLIGHT + 1) this.spare.push(owner);
        this.inFlight--;
        this.settled();
      },
      (error: unknown) => {
        this.inFlight--;
        this.failure ??= error;
        this.settled();
      },
    );
    return true;
  }

  private settled(): void {
    try {
      this.pump();
    } catch (error) {
      this.failure ??= error;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) {
      if (this.failure !== undefined) w.reject(this.failure);
      else w.resolve();
    }
  }

  private push(item: Item): void {
    this.queue.push(item);
    this.pump();
  }

  /**
   * Stops the package where it is: nothing more reaches the sink, not even a piece still being
   * deflated (the sink's file may be closed and its descriptor reused by then).
   */
  abort(error: unknown): void {
    this.failure ??= error;
  }

  /** Gives the sink every item whose turn has come and whose bytes are known. */
  private pump(): void {
    while (this.failure === undefined && this.head < this.queue.length) {
      const item = this.queue[this.head] as Item;
      let bytes: Uint8Array;
      if (item.kind === "bytes") bytes = item.bytes;
      else if (item.kind === "later") bytes = item.make();
      else {
        if (item.out === undefined) return;
        bytes = item.out;
        item.entry.compressed += bytes.length;
      }
      this.head++;
      this.emit(bytes);
    }
    // All written: start the queue afresh rather than let it grow.
    this.queue.length = 0;
    this.head = 0;
  }

  /** Once every piece is written: the central directory and its end record. */
  async finish(): Promise<void> {
    await this.drained();
    const start = this.offset;
    for (const e of this.entries) this.emit(this.centralHeader(e));
    const size = this.offset - start;
    if (this.offset > LIMIT || this.entries.length > 0xffff) throw new Error("The workbook is larger than 4 GB");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    this.emit(end);
  }

  private emit(chunk: Uint8Array): void {
    this.offset += chunk.length;
    this.sink(chunk);
  }

  private localHeader(e: Entry): Buffer {
    const h = Buffer.alloc(30 + e.name.length);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    h.writeUInt16LE(FLAGS, 6);
    h.writeUInt16LE(8, 8); // deflate
    h.writeUInt16LE(this.dosTime, 10);
    h.writeUInt16LE(this.dosDate, 12);
    // crc and sizes (14–25) follow in the data descriptor
    h.writeUInt16LE(e.name.length, 26);
    e.name.copy(h, 30);
    return h;
  }

  private descriptor(e: Entry): Buffer {
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(e.crc >>> 0, 4);
    d.writeUInt32LE(e.compressed, 8);
    d.writeUInt32LE(e.size, 12);
    return d;
  }

  private centralHeader(e: Entry): Buffer {
    const h = Buffer.alloc(46 + e.name.length);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(FLAGS, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt16LE(this.dosTime, 12);
    h.writeUInt16LE(this.dosDate, 14);
    h.writeUInt32LE(e.crc >>> 0, 16);
    h.writeUInt32LE(e.compressed, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(e.name.length, 28);
    h.writeUInt32LE(e.offset, 42);
    e.name.copy(h, 46);
    return h;
  }
}

export interface PartWriter {
  write(content: string | Uint8Array): void;
  /**
   * Undefined when the producer may go on writing; a promise to await first when enough
   * pieces are being deflated elsewhere (a loop writing many rows checks after each).
   */
  ready(): Promise<void> | undefined;
  close(): void;
}

/**
 * Deflate level 3: on a 100,000-partner report (193 MB of XML) it took 1.1 s for 26.9 MB, where
 * level 6 (zlib's default, and JSZip's) took 3.6 s for 24.1 MB and level 1 0.8 s for 29.7 MB.
 */
const LEVEL = 3;

/** Data descriptor follows (bit 3); names are UTF-8 (bit 11). */
const FLAGS = (1 << 3) | (1 << 11);
/** Bytes gathered before a piece is deflated. */
const PIECE = 1 << 20;

/** CRC-32 (node:zlib's from Node 20.15; a table otherwise). */
function crc32(data: Uint8Array, previous: number): number {
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
