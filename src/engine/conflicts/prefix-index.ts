/**
 * The pair search for a positive threshold: rows are taken smallest first, each probes the
 * candidate index (key-index.ts) with the prefix of its capabilities that any qualifying pair
 * must share a key in, candidates are cut by the size and positional filters, checked for a
 * shared role, segment and region, scored, and the row's own prefix is then indexed for the
 * larger rows to come. Rows up to PAIR_INDEX_MAX_SIZE capabilities are indexed by pairs of
 * capabilities, which far fewer rows share by chance.
 */
import { intersects, popcount } from "./bitset";
import { CO_MARKET, CO_SELL, type EncodedPartners } from "./encode";
import { KeyIndex, type PairKeys, SINGLE } from "./key-index";
import { sharedCount } from "./pair-filters";
import type { PairSink } from "./pair-sink";

/**
 * Rows of at most this many capabilities are indexed by pairs of capabilities (below); larger
 * rows by single capabilities, so that no row indexes or probes a quadratic number of keys.
 */
export const PAIR_INDEX_MAX_SIZE = 16;

/** Every pair scoring at least `report`, found through the prefix index (see pairs.ts). */
export function indexedPairs(
  e: EncodedPartners,
  filter: number,
  report: number,
  out: PairSink,
  pairKeys: PairKeys = "auto",
): void {
  const n = e.index.length;
  const { capStart, capSorted, gtm: gtmOf, caps, capWords, segAll, segs, segWords, regAll, regs, regWords } = e;
  const size = new Int32Array(n);
  for (let r = 0; r < n; r++) size[r] = (capStart[r + 1] ?? 0) - (capStart[r] ?? 0);
  // Rows by size, smallest first (a counting sort, ties by row): a row is probed against the
  // rows indexed before it, all at most its size, so a shorter prefix of theirs is enough
  // (below), and the size filter is a lower bound that only rises as the sizes do. Every
  // bucket therefore lists its rows by size, smallest first: a probe reads a bucket from its
  // end and stops at the first row too small to reach t.
  const order = bySize(size);
  // Overlap a row needs with any row at least its size: t/(1+t)·(|x|+|y|) ≥ 2t/(1+t)·|y|.
  const indexRatio = (2 * filter) / (1 + filter);
  const pairBound = filter / (1 + filter);
  // Per row: how many of its first capabilities it is indexed under, and whether by pairs.
  const indexed = new Int32Array(n);
  const byPairs = new Uint8Array(n);
  let pairEntries = 0;
  for (let r = 0; r < n; r++) {
    const s = size[r] ?? 0;
    if (s === 0) continue;
    const need = Math.ceil(indexRatio * s);
    const roles = ((gtmOf[r] ?? 0) & CO_SELL ? 1 : 0) + ((gtmOf[r] ?? 0) & CO_MARKET ? 1 : 0);
    if (need >= 2 && s <= PAIR_INDEX_MAX_SIZE) {
      const len = s - need + 2;
      byPairs[r] = 1;
      indexed[r] = len;
      pairEntries += roles * ((len * (len - 1)) >> 1);
    } else {
      indexed[r] = s - need + 1;
    }
  }
  const index = new KeyIndex(e.capCount, pairEntries, pairKeys);
  const direct = index.direct;
  for (let r = 0; r < n; r++) indexRow(r, false);
  index.allocate();
  const { offsets, fill, rows, position, firstId, secondId } = index;

  const seen = new Int32Array(n).fill(-1);
  const candidates = new Int32Array(n);
  // The largest rows indexed so far by single capabilities and by pairs: a probe skips the
  // keys of a kind when none of its rows can reach t.
  let largestSingle = 0;
  let largestPaired = 0;
  let examined = 0;
  for (let o = 0; o < n; o++) {
    const a = order[o] ?? 0;
    const gtm = gtmOf[a] ?? 0;
    const start = capStart[a] ?? 0;
    const sizeA = size[a] ?? 0;
    if (sizeA === 0) continue; // shares nothing, so scores 0 < t with every row
    const need = Math.ceil(filter * sizeA);
    const minSize = filter * sizeA;
    let found = 0;
    for (let g = CO_SELL; g <= CO_MARKET; g <<= 1) {
      if ((gtm & g) === 0) continue;
      // Single capabilities: prefix filtering (the first |x| − ⌈t·|x|⌉ + 1 of x and of y share one).
      const probe = largestSingle < minSize ? 0 : sizeA - need + 1;
      for (let i = 0; i < probe; i++) {
        const bucket = index.single(capSorted[start + i] ?? 0, g);
        const first = offsets[bucket] ?? 0;
        for (let p = (fill[bucket] ?? 0) - 1; p >= first; p--) {
          const b = rows[p] ?? 0;
          const sizeB = size[b] ?? 0;
          // Size filter: J ≤ |y|/|x|, so sets much smaller than x cannot reach t (nor the
          // smaller rows before this one in the bucket).
          if (sizeB < minSize) break;
          if (seen[b] === a) continue;
          seen[b] = a;
          // Positional filter (Xiao et al. 2008, PPJoin): the first shared capability is at
          // i in x and j in y, so they share at most 1 + min(|x|−i−1, |y|−j−1).
          const j = position[p] ?? 0;
          if (1 + Math.min(sizeA - i - 1, sizeB - j - 1) < pairBound * (sizeA + sizeB)) continue;
          candidates[found++] = b;
        }
      }
      // Pairs of capabilities: the first |x| − ⌈t·|x|⌉ + 2 of x and of y share two (below).
      if (sizeA < 2 || largestPaired < minSize) continue;
      const pairProbe = Math.min(sizeA, sizeA - need + 2);
      for (let i2 = 1; i2 < pairProbe; i2++) {
        const id2 = capSorted[start + i2] ?? 0;
        // Keys are met in order of their second capability, so a row's first entry met is
        // its first two shared capabilities: at most 2 + min(|x|−i2−1, |y|−j2−1) are shared.
        const room = 2 + sizeA - i2 - 1;
        for (let i1 = 0; i1 < i2; i1++) {
          const id1 = capSorted[start + i1] ?? 0;
          const bucket = index.pair(id1, id2, g);
          const first = offsets[bucket] ?? 0;
          for (let p = (fill[bucket] ?? 0) - 1; p >= first; p--) {
            const b = rows[p] ?? 0;
            const sizeB = size[b] ?? 0;
            if (sizeB < minSize) break;
            if (!direct) {
              if (secondId[p] !== id2 || firstId[p] !== id1) continue; // another pair hashed alike
              // An entry of the other role that hashed alike: b is met through its own role's
              // keys, where the first key met is its first shared pair (the positional filter
              // relies on it).
              if (((gtmOf[b] ?? 0) & g) === 0) continue;
            }
            if (seen[b] === a) continue;
            seen[b] = a;
            const j2 = position[p] ?? 0;
            if (Math.min(room, 2 + sizeB - j2 - 1) < pairBound * (sizeA + sizeB)) continue;
            candidates[found++] = b;
          }
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
      const union = sizeA + (size[b] ?? 0) - shared;
      const score = union === 0 ? 0 : shared / union;
      if (score >= report && !out.push(a < b ? a : b, a < b ? b : a, shared, union)) {
        out.examined = examined;
        return;
      }
    }
    // Then index a's own prefix, for the larger rows still to come.
    indexRow(a, true);
    if (byPairs[a] === 1) largestPaired = sizeA;
    else largestSingle = sizeA;
  }
  out.examined = examined;

  /**
   * Counts (first pass) or adds row r's keys, per go-to-market role it holds: its first
   * indexed[r] capabilities, or every pair of them when it is indexed by pairs.
   *
   * Why pairs are enough (the ℓ-prefix lemma, Wang et al. 2012, "Can we beat the prefix
   * filtering?"): if x and y share at least α capabilities, list the shared ones rarest first,
   * c1, c2, …; at least α − k of them follow c_k in x, so c_k sits within x's first |x| − α + k,
   * and likewise in y. Rows of size |y| with 2t/(1+t)·|y| ≥ 2 share α ≥ 2 with any row that
   * can pair with them, so (c1, c2) is among the pairs of y's first |y| − ⌈2t/(1+t)·|y|⌉ + 2 and
   * of x's first |x| − ⌈t·|x|⌉ + 2. Pairs of capabilities are much rarer than capabilities: on a
   * portfolio where every capability is common, far fewer rows share a key by chance.
   */
  function indexRow(r: number, add: boolean): void {
    const start = capStart[r] ?? 0;
    const len = indexed[r] ?? 0;
    for (let g = CO_SELL; g <= CO_MARKET; g <<= 1) {
      if (((gtmOf[r] ?? 0) & g) === 0) continue;
      if (byPairs[r] === 1) {
        for (let i2 = 1; i2 < len; i2++) {
          const id2 = capSorted[start + i2] ?? 0;
          for (let i1 = 0; i1 < i2; i1++) {
            const id1 = capSorted[start + i1] ?? 0;
            const bucket = index.pair(id1, id2, g);
            if (add) index.add(bucket, r, i2, id1, id2);
            else index.count(bucket);
          }
        }
      } else
        for (let i = 0; i < len; i++) {
          const id = capSorted[start + i] ?? 0;
          const bucket = index.single(id, g);
          if (add) index.add(bucket, r, i, id, SINGLE);
          else index.count(bucket);
        }
    }
  }
}

/** Row numbers ordered by size, then row (a stable counting sort). */
function bySize(size: Int32Array): Int32Array {
  let largest = 0;
  for (const s of size) if (s > largest) largest = s;
  const starts = new Int32Array(largest + 2);
  for (const s of size) starts[s + 1] = (starts[s + 1] ?? 0) + 1;
  for (let s = 0; s <= largest; s++) starts[s + 1] = (starts[s + 1] ?? 0) + (starts[s] ?? 0);
  const order = new Int32Array(size.length);
  for (let r = 0; r < size.length; r++) {
    const s = size[r] ?? 0;
    order[starts[s] ?? 0] = r;
    starts[s] = (starts[s] ?? 0) + 1;
  }
  return order;
}
