/**
 * The candidate index of the prefix-filtered search: rows listed under each key they are
 * indexed by (a single capability or a pair of capabilities, per go-to-market role) in one CSR
 * table of typed arrays, sized by a counting pass before it is filled. Pair keys are hashed
 * into buckets, each entry keeping its two capability ids so a probe can skip other pairs.
 */
import { CO_SELL } from "./encode";

/** Marks a single-capability key in the postings' second position. */
export const SINGLE = -1;

/**
 * Rows by key in one CSR table (room for every entry counted beforehand, filled as rows are
 * indexed). Single capabilities have a bucket each, per role; pairs of capabilities are hashed
 * (with the role) into the buckets after those, and each pair entry keeps its two capability
 * ids, so a probe skips the entries of another pair that hashed alike. A row met under the other
 * role than the one probed is still checked for a shared role before it is scored.
 */
export class KeyIndex {
  readonly offsets: Int32Array;
  /** Next free slot of each bucket: a bucket's entries so far are [offsets[k], fill[k]). */
  fill: Int32Array;
  rows = new Int32Array(0);
  /** Position in the row of the key's capability (single) or second capability (pair). */
  position = new Int32Array(0);
  /** A pair entry's two capability ids. */
  firstId = new Int32Array(0);
  secondId = new Int32Array(0);
  private readonly singles: number;
  private readonly mask: number;

  constructor(capabilities: number, pairEntries: number) {
    this.singles = 2 * capabilities;
    let pairBuckets = 16;
    while (pairBuckets < pairEntries) pairBuckets *= 2;
    this.mask = pairBuckets - 1;
    this.offsets = new Int32Array(this.singles + pairBuckets + 1);
    this.fill = this.offsets;
  }

  bucket(id1: number, id2: number, g: number): number {
    if (id2 === SINGLE) return 2 * id1 + (g === CO_SELL ? 0 : 1);
    let h = Math.imul(id1 ^ Math.imul(id2 + 1, 0x85ebca6b), 0x9e3779b1) ^ Math.imul(g, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    return this.singles + (h & this.mask);
  }

  /** First pass: one more entry in this bucket. */
  count(bucket: number): void {
    this.offsets[bucket + 1] = (this.offsets[bucket + 1] ?? 0) + 1;
  }

  allocate(): void {
    const buckets = this.offsets.length - 1;
    for (let k = 0; k < buckets; k++) this.offsets[k + 1] = (this.offsets[k + 1] ?? 0) + (this.offsets[k] ?? 0);
    const total = this.offsets[buckets] ?? 0;
    this.rows = new Int32Array(total);
    this.position = new Int32Array(total);
    this.firstId = new Int32Array(total);
    this.secondId = new Int32Array(total);
    this.fill = this.offsets.slice(0, buckets);
  }

  add(bucket: number, row: number, position: number, id1: number, id2: number): void {
    const at = this.fill[bucket] ?? 0;
    this.rows[at] = row;
    this.position[at] = position;
    this.firstId[at] = id1;
    this.secondId[at] = id2;
    this.fill[bucket] = at + 1;
  }
}
