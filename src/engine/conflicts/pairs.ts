/**
 * Finds the pairs of encoded rows that conflict: eligible (a shared role, segment and region)
 * and with a Jaccard score at or above the threshold. A positive threshold goes through the
 * prefix-filtered index (prefix-index.ts); a threshold at or below 0 admits pairs that share
 * nothing, so every pair within reach is tried. The pairs come back in flat typed arrays.
 */
import { TOLERANCE } from "../tiering/compare";
import type { EncodedPartners } from "./encode";
import { eligible, sharedCount } from "./pair-filters";
import { type FoundPairs, PairSink } from "./pair-sink";
import type { PairKeys } from "./key-index";
import { indexedPairs } from "./prefix-index";

/**
 * Every eligible pair whose Jaccard score is at least `threshold` (1e-9 tolerance), stopping
 * once more than `maxPairs` have passed.
 *
 * With a positive threshold, a pair must share a capability, and more: by the prefix-filtering
 * lemma (Chaudhuri et al. 2006; Bayardo et al. 2007, "Scaling up all pairs similarity search"),
 * if J(x, y) ≥ t then, with capabilities ordered rarest first, the first |x| − ⌈t·|x|⌉ + 1
 * capabilities of x and of y share one. So only those prefixes are indexed, per go-to-market
 * role, and only pairs met through the index are scored. A threshold at or below 0 admits pairs
 * sharing nothing, so that case walks every pair within each role group instead. `pairKeys`
 * says how pair keys find their bucket (key-index.ts; the tests try both ways).
 * @example similarPairs(encodePartners(partners), 0.5, 1e6).length
 */
export function similarPairs(
  e: EncodedPartners,
  threshold: number,
  maxPairs = Infinity,
  pairKeys: PairKeys = "auto",
): FoundPairs {
  const report = threshold - TOLERANCE;
  // Filter with a looser bound than we report with, so floating-point rounding in t·|x| never
  // shortens a prefix below what the lemma needs.
  const filter = threshold - 2 * TOLERANCE;
  const out = new PairSink(maxPairs);
  if (filter <= 0) everyEligiblePair(e, report, out);
  else indexedPairs(e, filter, report, out, pairKeys);
  return out.result();
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
