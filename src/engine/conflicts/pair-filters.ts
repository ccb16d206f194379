/**
 * The checks a pair of encoded rows goes through before it is scored and kept: whether the two
 * share a go-to-market role, a segment and a region (an empty list serves all), and how many
 * capabilities they share (popcount of the bit sets, or a merge of the sorted id lists when the
 * catalogue is too large for bit sets).
 */
import { andCount, intersects } from "./bitset";
import type { EncodedPartners } from "./encode";

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
