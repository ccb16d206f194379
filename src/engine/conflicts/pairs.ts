import { TOLERANCE } from "../tiering/compare";
import { andCount, intersects } from "./bitset";
import { CO_MARKET, CO_SELL, type EncodedPartners } from "./encode";

/** A pair of encoded rows (a < b) with their capability overlap. */
export interface ScoredPair {
  a: number;
  b: number;
  shared: number;
  union: number;
  score: number;
}

/** True when two rows share a go-to-market role, a segment and a region (empty = all). */
export function eligible(e: EncodedPartners, a: number, b: number): boolean {
  return (
    ((e.gtm[a] ?? 0) & (e.gtm[b] ?? 0)) !== 0 &&
    (e.segAll[a] === 1 || e.segAll[b] === 1 || intersects(e.segs, e.segWords, a, b)) &&
    (e.regAll[a] === 1 || e.regAll[b] === 1 || intersects(e.regs, e.regWords, a, b))
  );
}

/** Jaccard of two rows' capability sets by popcount; 0 when both are empty. */
export function scorePair(e: EncodedPartners, a: number, b: number): ScoredPair {
  const shared = andCount(e.caps, e.capWords, a, b);
  const union = (e.capSize[a] ?? 0) + (e.capSize[b] ?? 0) - shared;
  return { a, b, shared, union, score: union === 0 ? 0 : shared / union };
}

/**
 * Every eligible pair whose Jaccard score is at least `threshold` (1e-9 tolerance).
 *
 * With a positive threshold, a pair must share a capability, and more: by the prefix-filtering
 * lemma (Chaudhuri et al. 2006; Bayardo et al. 2007, "Scaling up all pairs similarity search"),
 * if J(x, y) ≥ t then, with capabilities ordered rarest first, the first |x| − ⌈t·|x|⌉ + 1
 * capabilities of x and of y share one. So only those prefixes are indexed, per go-to-market
 * role, and only pairs met through the index are scored. A threshold at or below 0 admits pairs
 * sharing nothing, so that case walks every pair within each role group instead.
 * @example similarPairs(encodePartners(partners), 0.5).length
 */
export function similarPairs(e: EncodedPartners, threshold: number): ScoredPair[] {
  const report = threshold - TOLERANCE;
  // Filter with a looser bound than we report with, so floating-point rounding in t·|x| never
  // shortens a prefix below what the lemma needs.
  const filter = threshold - 2 * TOLERANCE;
  return filter <= 0 ? everyEligiblePair(e, report) : indexedPairs(e, filter, report);
}

function indexedPairs(e: EncodedPartners, filter: number, report: number): ScoredPair[] {
  const n = e.index.length;
  const prefix = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const size = e.capSize[r] ?? 0;
    prefix[r] = size === 0 ? 0 : size - Math.ceil(filter * size) + 1;
  }
  const postings = [buildPostings(e, prefix, CO_SELL), buildPostings(e, prefix, CO_MARKET)];
  const seen = new Int32Array(n).fill(-1);
  const out: ScoredPair[] = [];
  for (let a = 0; a < n; a++) {
    const gtm = e.gtm[a] ?? 0;
    const list = e.capLists[a] ?? new Int32Array(0);
    const sizeA = e.capSize[a] ?? 0;
    const len = prefix[a] ?? 0;
    for (let g = 0; g < 2; g++) {
      if ((gtm & (g === 0 ? CO_SELL : CO_MARKET)) === 0) continue;
      const index = postings[g] ?? [];
      for (let k = 0; k < len; k++) {
        const posting = index[list[k] ?? 0];
        if (posting === undefined) continue;
        // Postings are in row order: start past a, so each pair is met from its lower row.
        for (let i = firstAbove(posting, a); i < posting.length; i++) {
          const b = posting[i] ?? 0;
          if (seen[b] === a) continue;
          seen[b] = a;
          const sizeB = e.capSize[b] ?? 0;
          // Size filter: J ≤ min/max, so sets of very different sizes cannot reach t.
          if (Math.min(sizeA, sizeB) < filter * Math.max(sizeA, sizeB)) continue;
          if (!eligible(e, a, b)) continue;
          // Score before allocating: most candidate pairs fall short.
          const shared = andCount(e.caps, e.capWords, a, b);
          const union = sizeA + sizeB - shared;
          const score = union === 0 ? 0 : shared / union;
          if (score >= report) out.push({ a, b, shared, union, score });
        }
      }
    }
  }
  return out;
}

/** Per capability id, the rows of one role group whose prefix holds it, in row order. */
function buildPostings(e: EncodedPartners, prefix: Int32Array, role: number): Int32Array[] {
  const counts = new Int32Array(e.capCount);
  const n = e.index.length;
  for (let r = 0; r < n; r++) {
    if (((e.gtm[r] ?? 0) & role) === 0) continue;
    const list = e.capLists[r] ?? new Int32Array(0);
    for (let k = 0; k < (prefix[r] ?? 0); k++) {
      const id = list[k] ?? 0;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  const postings = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(e.capCount);
  for (let r = 0; r < n; r++) {
    if (((e.gtm[r] ?? 0) & role) === 0) continue;
    const list = e.capLists[r] ?? new Int32Array(0);
    for (let k = 0; k < (prefix[r] ?? 0); k++) {
      const id = list[k] ?? 0;
      const at = fill[id] ?? 0;
      (postings[id] as Int32Array)[at] = r;
      fill[id] = at + 1;
    }
  }
  return postings;
}

/** First position in an ascending list holding a value above `a` (binary search). */
function firstAbove(list: Int32Array, a: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Threshold ≤ 0: every eligible pair is reported, including those sharing no capability. */
function everyEligiblePair(e: EncodedPartners, report: number): ScoredPair[] {
  const n = e.index.length;
  const out: ScoredPair[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (!eligible(e, a, b)) continue;
      const pair = scorePair(e, a, b);
      if (pair.score >= report) out.push(pair);
    }
  }
  return out;
}
