/**
 * The candidate index of the prefix-filtered search: rows listed under each key they are
 * indexed by (a single capability or a pair of capabilities, per go-to-market role) in one CSR
 * table of typed arrays, sized by a counting pass before it is filled. Each key has a bucket of
 * its own while the catalogue is small enough for a bucket per pair of capabilities; past that,
 * pair keys are hashed into buckets and each entry keeps its two capability ids so a probe can
 * skip other pairs.
 */
import { CO_SELL } from "./encode";

/** Marks a single-capability key in the postings' second position. */
export const SINGLE = -1;

/**
 * Pair keys get a bucket each (no hashing, no check per entry) while the table of every pair
 * of capabilities, per role, has at most this many buckets …
 */
export const MAX_DIRECT_PAIR_BUCKETS = 1 << 21;
/**
 * … and at most this many per pair entry the portfolio indexes: a sparse table costs more to
 * clear and sum than hashing saves (measured at 100,000 partners × 1,000 capabilities).
 */
const DIRECT_BUCKETS_PER_ENTRY = 2;

/**
 * How pair keys find their bucket: "direct" (one per pair of capabilities and role), "hashed",
 * or "auto" (direct when the table is small enough, see MAX_DIRECT_PAIR_BUCKETS).
 */
export type PairKeys = "auto" | "direct" | "hashed";

/**
 * Rows by key in one CSR table (room for every entry counted beforehand, filled as rows are
 * indexed). Single capabilities have a bucket each, per role. Pairs of capabilities (id1 ≤ id2)
 * have one each as well when `direct`; otherwise they are hashed (with the role) into the
 * buckets after the singles, and each pair entry keeps its two capability ids, so a probe skips
 * the entries of another pair that hashed alike (a row met under the other role than the one
 * probed is then checked for a shared role before it is scored).
 */
export class KeyIndex {
  readonly offsets: Int32Array;
  /** Next free slot of each bucket: a bucket's entries so far are [offsets[k], fill[k]). */
  fill: Int32Array;
  rows = new Int32Array(0);
  /** Position in the row of the key's capability (single) or second capability (pair). */
  position = new Int32Array(0);
  /** A hashed pair entry's two capability ids (empty when `direct`). */
  firstId = new Int32Array(0);
  secondId = new Int32Array(0);
  /** True when every pair key has a bucket of its own: no entry of another key is met. */
  readonly direct: boolean;
  private readonly singles: number;
  /** Direct: pairs per role (id1 ≤ id2). Hashed: bucket mask. */
  private readonly pairs: number;
  private readonly mask: number;

  constructor(capabilities: number, pairEntries: number, keys: PairKeys = "auto") {
    this.singles = 2 * capabilities;
    const pairs = (capabilities * (capabilities + 1)) / 2;
    this.direct =
      keys === "direct" ||
      (keys === "auto" &&
        2 * pairs <= MAX_DIRECT_PAIR_BUCKETS &&
        2 * pairs <= Math.max(1 << 12, DIRECT_BUCKETS_PER_ENTRY * pairEntries));
    let pairBuckets: number;
    if (this.direct) {
      this.pairs = pairs;
      this.mask = 0;
      pairBuckets = 2 * pairs;
    } else {
      pairBuckets = 16;
      while (pairBuckets < pairEntries) pairBuckets *= 2;
      this.pairs = 0;
      this.mask = pairBuckets - 1;
    }
    this.offsets = new Int32Array(this.singles + pairBuckets + 1);
    this.fill = this.offsets;
  }

  /** The bucket of capability `id` under role g. */
  single(id: number, g: number): number {
    return 2 * id + (g === CO_SELL ? 0 : 1);
  }

  /** The bucket of the pair (id1, id2), id1 ≤ id2 (ids ascending in a row), under role g. */
  pair(id1: number, id2: number, g: number): number {
    if (this.direct) return this.singles + (g === CO_SELL ? 0 : this.pairs) + ((id2 * (id2 + 1)) >>> 1) + id1;
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
    if (!this.direct) {
      this.firstId = new Int32Array(total);
      this.secondId = new Int32Array(total);
    }
    this.fill = this.offsets.slice(0, buckets);
  }

  add(bucket: number, row: number, position: number, id1: number, id2: number): void {
    const at = this.fill[bucket] ?? 0;
    this.rows[at] = row;
    this.position[at] = position;
    if (!this.direct) {
      this.firstId[at] = id1;
      this.secondId[at] = id2;
    }
    this.fill[bucket] = at + 1;
  }
}
