/**
 * Turns the pairs found (flat typed arrays of row numbers and counts) into the report's
 * `ChannelConflict` objects, in the report's order: the rows in some pair are ranked by name,
 * the pairs put in order by counting sorts over integer keys (pair-order.ts), and each pair's
 * shared capabilities, markets (market-cache.ts) and roles read from the encoded sets.
 */
import { hasBit } from "./bitset";
import type { EncodedPartners } from "./encode";
import { MarketCache } from "./market-cache";
import { nameRanks } from "./order";
import { countingOrder, scoreBuckets } from "./pair-order";
import type { FoundPairs } from "./pair-sink";
import type { ChannelConflict, Comparable } from "./types";

/**
 * Orders the pairs (score desc, then the names' order) without comparing anything: scores are
 * few distinct fractions shared/union, numbered through a table indexed by the two integers,
 * names are ranks, and three counting sorts over typed arrays order the pairs. Then one object
 * per pair.
 * Everything a pair's object reads from a partner is looked up once per partner, and the lists
 * it holds are shared wherever the content allows (see describe).
 */
export function describePairs(
  partners: readonly Comparable[],
  enc: EncodedPartners,
  found: FoundPairs,
): ChannelConflict[] {
  const m = found.length;
  if (m === 0) return [];
  // Only the rows in some pair are ranked and described: at a million partners most are in
  // none. They are kept in row order (= partner order), so names equal lower-cased rank as a
  // rank over every partner would rank them.
  const rows = enc.index.length;
  const member = new Int32Array(rows).fill(-1);
  for (let k = 0; k < m; k++) {
    member[found.a[k] ?? 0] = 0;
    member[found.b[k] ?? 0] = 0;
  }
  let members = 0;
  for (let r = 0; r < rows; r++) if (member[r] === 0) member[r] = members++;
  const rowOf = new Int32Array(members);
  const who = new Array<Comparable>(members);
  const names = new Array<string>(members);
  for (let r = 0; r < rows; r++) {
    const i = member[r] ?? -1;
    if (i < 0) continue;
    const p = partners[enc.index[r] ?? 0] ?? NOBODY;
    rowOf[i] = r;
    who[i] = p;
    names[i] = p.name;
  }
  const { rank, byRank } = nameRanks(names);

  const { shared, union } = found;
  const bucket = scoreBuckets(shared, union, m);
  // Each pair's two name ranks, the lower first; then three stable counting sorts (least
  // significant key first: second name, first name, score bucket) give the report's order.
  const firstRank = new Int32Array(m);
  const secondRank = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const ra = rank[member[found.a[k] ?? 0] ?? 0] ?? 0;
    const rb = rank[member[found.b[k] ?? 0] ?? 0] ?? 0;
    firstRank[k] = ra < rb ? ra : rb;
    secondRank[k] = ra < rb ? rb : ra;
  }
  let order = countingOrder(secondRank, members, null);
  order = countingOrder(firstRank, members, order);
  order = countingOrder(bucket.of, bucket.scores.length, order);

  const segments = new MarketCache(rows, rowOf, (i) => (who[i] ?? NOBODY).segments);
  const regions = new MarketCache(rows, rowOf, (i) => (who[i] ?? NOBODY).regions);
  const out: ChannelConflict[] = new Array<ChannelConflict>(m);
  for (let i = 0; i < m; i++) {
    const k = order[i] ?? 0;
    const first = byRank[firstRank[k] ?? 0] ?? 0;
    const second = byRank[secondRank[k] ?? 0] ?? 0;
    const score = bucket.scores[bucket.of[k] ?? 0] ?? 0;
    const rowA = rowOf[first] ?? 0;
    const rowB = rowOf[second] ?? 0;
    out[i] = describe(who[first] ?? NOBODY, who[second] ?? NOBODY, rowA, rowB, score, enc, segments, regions);
  }
  return out;
}

function describe(
  a: Comparable,
  b: Comparable,
  rowA: number,
  rowB: number,
  score: number,
  enc: EncodedPartners,
  segments: MarketCache,
  regions: MarketCache,
): ChannelConflict {
  // Shared capabilities from the integer sets, in A's listed order: no string comparison per
  // pair. When B holds all of A's, the list is A's own (read, never changed).
  const from = enc.capStart[rowA] ?? 0;
  const to = enc.capStart[rowA + 1] ?? 0;
  let count = 0;
  for (let k = from; k < to; k++) if (holds(enc, rowB, enc.capListed[k] ?? 0)) count++;
  let sharedCapabilities: string[];
  if (count === to - from && a.capabilities.length === count) sharedCapabilities = a.capabilities;
  else {
    sharedCapabilities = new Array<string>(count);
    let at = 0;
    for (let k = from; k < to; k++) {
      const id = enc.capListed[k] ?? 0;
      if (holds(enc, rowB, id)) sharedCapabilities[at++] = enc.capNames[id] ?? "";
    }
  }
  return {
    partnerA: a.name,
    partnerB: b.name,
    score,
    sharedCapabilities,
    sharedSegments: segments.shared(rowA, rowB),
    sharedRegions: regions.shared(rowA, rowB),
    sharedRoles: SHARED_ROLES[(enc.gtm[rowA] ?? 0) & (enc.gtm[rowB] ?? 0)] ?? NO_ROLES,
  };
}

/** True when row `row` lists capability `id`: its bit, or a search of its sorted ids. */
function holds(enc: EncodedPartners, row: number, id: number): boolean {
  if (enc.caps !== null) return hasBit(enc.caps, enc.capWords, row, id);
  for (let k = enc.capStart[row] ?? 0; k < (enc.capStart[row + 1] ?? 0); k++) if (enc.capSorted[k] === id) return true;
  return false;
}

// Results are read, never changed: pairs share these arrays (and partners' market lists) instead
// of copying them — tens of thousands of pairs otherwise allocate as many small arrays.
const NO_ROLES: string[] = [];
const SHARED_ROLES: string[][] = [NO_ROLES, ["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"]];
const NOBODY: Comparable = { name: "", roles: [], capabilities: [], segments: [], regions: [] };
