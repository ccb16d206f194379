/**
 * Channel conflict (SPEC §2.5, §2.9), the analysis's entry point: the partners are turned into
 * integers and bit sets (encode.ts), the pairs that reach the threshold are found without
 * trying them all (pairs.ts), then ordered and described for the report (describe-pairs.ts).
 * MAX_CONFLICT_PAIRS bounds how many pairs one analysis holds.
 */
import type { Settings } from "../model";
import { ConflictList } from "./conflict-list";
import { describePairs } from "./describe-pairs";
import { encodePartners } from "./encode";
import { similarPairs } from "./pairs";
import type { ChannelConflict, Comparable, ConflictSearch } from "./types";

export { ConflictList } from "./conflict-list";
export type { ChannelConflict, ConflictPairs, ConflictSearch } from "./types";

/**
 * The most conflict pairs one analysis holds (README "Large portfolios"). Each listed pair
 * costs a few hundred bytes in memory and in the JSON; past this the search stops and the
 * analysis says what to narrow instead of running out of memory.
 */
export const MAX_CONFLICT_PAIRS = 1_000_000;

/**
 * Channel conflict (SPEC §2.5, §2.9): pairs of partners that share a segment, a region (empty =
 * all) and a go-to-market role (both Co-sell or both Co-market), whose capability sets have a
 * Jaccard similarity at or above the conflictThreshold setting (1e-9 tolerance). Sorted by
 * score desc, then partnerA, then partnerB. Everything compared is first turned into integers
 * and bit sets; see pairs.ts for how pairs are found without trying them all.
 * @example findChannelConflicts(partners, settings)[0] // { partnerA: "Acme", partnerB: "Zenith", score: 0.75, … }
 */
export function findChannelConflicts(
  partners: readonly Comparable[],
  settings: Pick<Settings, "conflictThreshold">,
): ChannelConflict[] {
  return searchChannelConflicts(partners, settings).conflicts.slice();
}

/**
 * findChannelConflicts with a bound: when more than `maxPairs` pairs reach the threshold, the
 * search stops and lists none (`stopped`), so that memory stays bounded. The pairs come as a
 * `ConflictList`, each made into an object when read.
 * @example searchChannelConflicts(partners, settings, { maxPairs: MAX_CONFLICT_PAIRS }).stopped
 */
export function searchChannelConflicts(
  partners: readonly Comparable[],
  settings: Pick<Settings, "conflictThreshold">,
  options: { maxPairs?: number } = {},
): ConflictSearch {
  const enc = encodePartners(partners);
  const found = similarPairs(enc, settings.conflictThreshold, options.maxPairs ?? Infinity);
  if (found.stopped)
    return { conflicts: ConflictList.of([]), found: found.length, examined: found.examined, stopped: true };
  return {
    conflicts: describePairs(partners, enc, found),
    found: found.length,
    examined: found.examined,
    stopped: false,
  };
}
