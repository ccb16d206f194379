/**
 * The capabilities two partners of a reported pair both hold, in partnerA's listed order, as
 * one array per distinct list. Dense portfolios are families of near-copies, so the same
 * intersection comes back for thousands of pairs (3,904 distinct lists for 63,687 pairs on the
 * bench's dense portfolio): each is made once and shared, like the market lists (market-cache.ts).
 * Results are read, never changed, so sharing is not observable.
 */
import type { EncodedPartners } from "./encode";

/** Filled slots of the hash table stay under this fraction of it. */
const MAX_LOAD = 0.5;

/**
 * Shared capability lists by content: a list is the ids of row A's capabilities that row B
 * also holds, in A's order, hashed into an open-addressing table of typed arrays (no key
 * string per pair); each distinct id list gets one string array.
 */
export class CapabilityLists {
  /** Ids of the current pair's shared capabilities, in A's order. */
  private readonly ids: Int32Array;
  /** Row whose capabilities are marked in `mark` (+1; 0 = none), when there are no bit sets. */
  private marked = 0;
  private readonly mark: Int32Array | null;
  /** Slot → list number + 1 (0 = empty). */
  private slots = new Int32Array(1024);
  /** List k's ids are pool[start[k], start[k] + length[k]). */
  private pool = new Int32Array(1024);
  private poolUsed = 0;
  private start: number[] = [];
  private length: number[] = [];
  private hashes: number[] = [];
  private readonly lists: string[][] = [];

  constructor(private readonly enc: EncodedPartners) {
    let widest = 0;
    for (let r = 0; r < enc.index.length; r++) {
      const size = (enc.capStart[r + 1] ?? 0) - (enc.capStart[r] ?? 0);
      if (size > widest) widest = size;
    }
    this.ids = new Int32Array(widest);
    this.mark = enc.caps === null ? new Int32Array(enc.capCount) : null;
  }

  /**
   * A's capabilities that B also holds, in A's order: `own` (A's own list) when B holds all of
   * them, else the one shared array with that content.
   */
  shared(rowA: number, rowB: number, own: string[]): string[] {
    const enc = this.enc;
    const from = enc.capStart[rowA] ?? 0;
    const to = enc.capStart[rowA + 1] ?? 0;
    const listed = enc.capListed;
    const ids = this.ids;
    let count = 0;
    const caps = enc.caps;
    if (caps !== null) {
      const base = rowB * enc.capWords;
      for (let k = from; k < to; k++) {
        const id = listed[k] ?? 0;
        if (((caps[base + (id >>> 5)] ?? 0) & (1 << (id & 31))) !== 0) ids[count++] = id;
      }
    } else {
      // Wide catalogues: B's sorted ids marked once, then A's looked up in the marks.
      const mark = this.mark as Int32Array;
      if (this.marked !== rowB + 1) {
        this.marked = rowB + 1;
        const end = enc.capStart[rowB + 1] ?? 0;
        for (let k = enc.capStart[rowB] ?? 0; k < end; k++) mark[enc.capSorted[k] ?? 0] = rowB + 1;
      }
      for (let k = from; k < to; k++) {
        const id = listed[k] ?? 0;
        if (mark[id] === rowB + 1) ids[count++] = id;
      }
    }
    if (count === to - from && own.length === count) return own;
    return this.intern(count);
  }

  /** The one array listing ids[0..count)'s names, made the first time that content is asked for. */
  private intern(count: number): string[] {
    const ids = this.ids;
    let h = count;
    for (let k = 0; k < count; k++) h = Math.imul(h ^ (ids[k] ?? 0), 0x9e3779b1) ^ (h >>> 15);
    h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
    h ^= h >>> 16;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) {
        const list = this.add(count, h);
        this.slots[slot] = this.lists.length;
        if (this.lists.length > MAX_LOAD * this.slots.length) this.rehash();
        return list;
      }
      const k = entry - 1;
      if (this.hashes[k] === h && this.same(k, count)) return this.lists[k] as string[];
    }
  }

  private same(k: number, count: number): boolean {
    if (this.length[k] !== count) return false;
    const at = this.start[k] ?? 0;
    for (let i = 0; i < count; i++) if (this.pool[at + i] !== this.ids[i]) return false;
    return true;
  }

  /** Stores ids[0..count) as list number lists.length, and returns its array. */
  private add(count: number, hash: number): string[] {
    if (this.poolUsed + count > this.pool.length) {
      const pool = new Int32Array(Math.max(2 * this.pool.length, this.poolUsed + count));
      pool.set(this.pool);
      this.pool = pool;
    }
    const names = this.enc.capNames;
    const list = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const id = this.ids[i] ?? 0;
      this.pool[this.poolUsed + i] = id;
      list[i] = names[id] ?? "";
    }
    this.start.push(this.poolUsed);
    this.length.push(count);
    this.poolUsed += count;
    this.hashes.push(hash);
    this.lists.push(list);
    return list;
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let k = 0; k < this.lists.length; k++) {
      let slot = (this.hashes[k] ?? 0) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}
