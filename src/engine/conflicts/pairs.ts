import { TOLERANCE } from "../tiering/compare";
import { andCount, intersects, popcount } from "./bitset";
import { CO_MARKET, CO_SELL, type EncodedPartners } from "./encode";

/**
 * The pairs found, in flat typed arrays (pair k is rows a[k] < b[k], sharing shared[k] of
 * union[k] capabilities): no object is made for a pair until it is known to be reported.
 */
export interface FoundPairs {
  a: Int32Array;
  b: Int32Array;
  shared: Int32Array;
  union: Int32Array;
  length: number;
  /** Candidate pairs looked at (met through the index, or every pair when the threshold is ≤ 0). */
  examined: number;
  /** True when more than `maxPairs` pairs passed and the search stopped there. */
  stopped: boolean;
}

/** True when two rows share a go-to-market role, a segment and a region (empty = all). */
export function eligible(e: EncodedPartners, a: number, b: number): boolean {
  return (
    ((e.gtm[a] ?? 0) & (e.gtm[b] ?? 0)) !== 0 &&
    (e.segAll[a] === 1 || e.segAll[b] === 1 || intersects(e.segs, e.segWords, a, b)) &&
    (e.regAll[a] === 1 || e.regAll[b] === 1 || intersects(e.regs, e.regWords, a, b))
  );
}

/** |A ∩ B| of two rows' capability sets: popcount of the bit sets, or a merge of the sorted ids. */
export function sharedCount(e: EncodedPartners, a: number, b: number): number {
  if (e.caps !== null) return andCount(e.caps, e.capWords, a, b);
  let i = e.capStart[a] ?? 0;
  let j = e.capStart[b] ?? 0;
  const iEnd = e.capStart[a + 1] ?? 0;
  const jEnd = e.capStart[b + 1] ?? 0;
  const ids = e.capSorted;
  let n = 0;
  while (i < iEnd && j < jEnd) {
    const x = ids[i] ?? 0;
    const y = ids[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Every eligible pair whose Jaccard score is at least `threshold` (1e-9 tolerance), stopping
 * once more than `maxPairs` have passed.
 *
 * With a positive threshold, a pair must share a capability, and more: by the prefix-filtering
 * lemma (Chaudhuri et al. 2006; Bayardo et al. 2007, "Scaling up all pairs similarity search"),
 * if J(x, y) ≥ t then, with capabilities ordered rarest first, the first |x| − ⌈t·|x|⌉ + 1
 * capabilities of x and of y share one. So only those prefixes are indexed, per go-to-market
 * role, and only pairs met through the index are scored. A threshold at or below 0 admits pairs
 * sharing nothing, so that case walks every pair within each role group instead.
 * @example similarPairs(encodePartners(partners), 0.5, 1e6).length
 */
export function similarPairs(e: EncodedPartners, threshold: number, maxPairs = Infinity): FoundPairs {
  const report = threshold - TOLERANCE;
  // Filter with a looser bound than we report with, so floating-point rounding in t·|x| never
  // shortens a prefix below what the lemma needs.
  const filter = threshold - 2 * TOLERANCE;
  const out = new PairSink(maxPairs);
  if (filter <= 0) everyEligiblePair(e, report, out);
  else indexedPairs(e, filter, report, out);
  return out.result();
}

/** Growable typed arrays for the pairs that pass. */
class PairSink {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  shared = new Int32Array(1024);
  union = new Int32Array(1024);
  length = 0;
  examined = 0;
  stopped = false;
  constructor(private readonly maxPairs: number) {}

  /** Adds a pair; false once the bound is passed (the caller stops looking). */
  push(a: number, b: number, shared: number, union: number): boolean {
    if (this.length === this.a.length) this.grow();
    const k = this.length++;
    this.a[k] = a;
    this.b[k] = b;
    this.shared[k] = shared;
    this.union[k] = union;
    if (this.length > this.maxPairs) this.stopped = true;
    return !this.stopped;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const widen = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.a = widen(this.a);
    this.b = widen(this.b);
    this.shared = widen(this.shared);
    this.union = widen(this.union);
  }

  result(): FoundPairs {
    const n = this.length;
    return {
      a: this.a.subarray(0, n),
      b: this.b.subarray(0, n),
      shared: this.shared.subarray(0, n),
      union: this.union.subarray(0, n),
      length: n,
      examined: this.examined,
      stopped: this.stopped,
    };
  }
}

function indexedPairs(e: EncodedPartners, filter: number, report: number, out: PairSink): void {
  const n = e.index.length;
  const sizeOf = (r: number) => (e.capStart[r + 1] ?? 0) - (e.capStart[r] ?? 0);
  // Rows by size, smallest first: a row is probed against the rows indexed before it, all at
  // most its size, so a shorter prefix of theirs is enough (below), and the size filter is a
  // lower bound that only rises as the sizes do.
  const order = Int32Array.from({ length: n }, (_, r) => r).sort((x, y) => sizeOf(x) - sizeOf(y) || x - y);
  const indexed = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const size = sizeOf(r);
    // Overlap needed against a set no larger: t/(1+t)·(|x|+|y|) ≥ 2t/(1+t)·|y|.
    indexed[r] = size === 0 ? 0 : size - Math.ceil(((2 * filter) / (1 + filter)) * size) + 1;
  }
  const postings = [allocatePostings(e, indexed, CO_SELL), allocatePostings(e, indexed, CO_MARKET)];
  const seen = new Int32Array(n).fill(-1);
  const candidates = new Int32Array(n);
  const { capStart, capSorted, gtm: gtmOf, caps, capWords, segAll, segs, segWords, regAll, regs, regWords } = e;
  let examined = 0;
  for (let o = 0; o < n; o++) {
    const a = order[o] ?? 0;
    const gtm = gtmOf[a] ?? 0;
    const start = capStart[a] ?? 0;
    const sizeA = sizeOf(a);
    const probe = sizeA === 0 ? 0 : sizeA - Math.ceil(filter * sizeA) + 1;
    const minSize = filter * sizeA;
    let found = 0;
    for (let g = 0; g < 2; g++) {
      if ((gtm & (g === 0 ? CO_SELL : CO_MARKET)) === 0) continue;
      const { offsets, fill, rows, positions } = postings[g] as Postings;
      for (let i = 0; i < probe; i++) {
        const id = capSorted[start + i] ?? 0;
        const end = fill[id] ?? 0;
        for (let p = offsets[id] ?? 0; p < end; p++) {
          const b = rows[p] ?? 0;
          if (seen[b] === a) continue;
          seen[b] = a;
          const sizeB = sizeOf(b);
          // Size filter: J ≤ |y|/|x|, so sets much smaller than x cannot reach t.
          if (sizeB < minSize) continue;
          // Positional filter (Xiao et al. 2008, PPJoin): the first shared capability is at
          // i in x and j in y, so they share at most 1 + min(|x|−i−1, |y|−j−1).
          const bound = 1 + Math.min(sizeA - i - 1, sizeB - (positions[p] ?? 0) - 1);
          if (bound < (filter / (1 + filter)) * (sizeA + sizeB)) continue;
          candidates[found++] = b;
        }
      }
    }
    examined += found;
    for (let c = 0; c < found; c++) {
      const b = candidates[c] ?? 0;
      if ((gtm & (gtmOf[b] ?? 0)) === 0) continue;
      if (segAll[a] !== 1 && segAll[b] !== 1 && !intersects(segs, segWords, a, b)) continue;
      if (regAll[a] !== 1 && regAll[b] !== 1 && !intersects(regs, regWords, a, b)) continue;
      // Score before storing anything: most candidate pairs fall short.
      let shared = 0;
      if (caps !== null) {
        const oa = a * capWords;
        const ob = b * capWords;
        for (let w = 0; w < capWords; w++) shared += popcount((caps[oa + w] ?? 0) & (caps[ob + w] ?? 0));
      } else shared = sharedCount(e, a, b);
      const sizeB = sizeOf(b);
      const union = sizeA + sizeB - shared;
      const score = union === 0 ? 0 : shared / union;
      if (score >= report && !out.push(a < b ? a : b, a < b ? b : a, shared, union)) {
        out.examined = examined;
        return;
      }
    }
    // Then index a's own prefix, for the larger rows still to come.
    for (let g = 0; g < 2; g++) {
      if ((gtm & (g === 0 ? CO_SELL : CO_MARKET)) === 0) continue;
      const { fill, rows, positions } = postings[g] as Postings;
      for (let i = 0; i < (indexed[a] ?? 0); i++) {
        const id = capSorted[start + i] ?? 0;
        const at = fill[id] ?? 0;
        rows[at] = a;
        positions[at] = i;
        fill[id] = at + 1;
      }
    }
  }
  out.examined = examined;
}

/**
 * Per capability id, the rows of one role group whose indexed prefix holds it, with the
 * capability's position in the row (CSR layout: room for every row, filled as rows are indexed).
 */
interface Postings {
  offsets: Int32Array;
  /** Next free slot of each list: offsets[id] ≤ fill[id] ≤ offsets[id + 1]. */
  fill: Int32Array;
  rows: Int32Array;
  positions: Int32Array;
}

function allocatePostings(e: EncodedPartners, prefix: Int32Array, role: number): Postings {
  const n = e.index.length;
  const offsets = new Int32Array(e.capCount + 1);
  for (let r = 0; r < n; r++) {
    if (((e.gtm[r] ?? 0) & role) === 0) continue;
    const start = e.capStart[r] ?? 0;
    for (let k = 0; k < (prefix[r] ?? 0); k++) {
      const id = e.capSorted[start + k] ?? 0;
      offsets[id + 1] = (offsets[id + 1] ?? 0) + 1;
    }
  }
  for (let id = 0; id < e.capCount; id++) offsets[id + 1] = (offsets[id + 1] ?? 0) + (offsets[id] ?? 0);
  const total = offsets[e.capCount] ?? 0;
  return { offsets, fill: offsets.slice(0, e.capCount), rows: new Int32Array(total), positions: new Int32Array(total) };
}

/** Threshold ≤ 0: every eligible pair is reported, including those sharing no capability. */
function everyEligiblePair(e: EncodedPartners, report: number, out: PairSink): void {
  const n = e.index.length;
  for (let a = 0; a < n; a++) {
    const sizeA = (e.capStart[a + 1] ?? 0) - (e.capStart[a] ?? 0);
    for (let b = a + 1; b < n; b++) {
      out.examined++;
      if (!eligible(e, a, b)) continue;
      const shared = sharedCount(e, a, b);
      const union = sizeA + (e.capStart[b + 1] ?? 0) - (e.capStart[b] ?? 0) - shared;
      const score = union === 0 ? 0 : shared / union;
      if (score >= report && !out.push(a, b, shared, union)) return;
    }
  }
}
