/**
 * Turns the pairs found (flat typed arrays of row numbers and counts) into the report's list of
 * `ChannelConflict`s, in the report's order: the rows in some pair are ranked by name, the
 * pairs put in order by counting sorts over integer keys (pair-order.ts). A pair becomes an
 * object only when the list is read (conflict-list.ts); its shared capabilities
 * (capability-lists.ts), markets (market-cache.ts) and roles are read from the encoded sets,
 * each list shared by the pairs of equal content.
 */
import { CapabilityLists } from "./capability-lists";
import { ConflictList } from "./conflict-list";
import { Conflict } from "./conflict-object";
import type { EncodedPartners } from "./encode";
import { MarketCache } from "./market-cache";
import { nameRanks } from "./order";
import { countingOrder, scoreBuckets } from "./pair-order";
import type { FoundPairs } from "./pair-sink";
import type { Comparable } from "./types";

/**
 * Orders the pairs (score desc, then the names' order) without comparing anything: scores are
 * few distinct fractions shared/union, numbered through a table indexed by the two integers,
 * names are ranks, and three counting sorts over typed arrays order the pairs. What a pair's
 * object needs is kept in typed arrays, and the object is made when the list is read.
 * Everything a pair's object reads from a partner is looked up once per partner, and the lists
 * it holds are shared wherever the content allows.
 */
export function describePairs(partners: readonly Comparable[], enc: EncodedPartners, found: FoundPairs): ConflictList {
  const m = found.length;
  if (m === 0) return ConflictList.of([]);
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
  // What a pair's object reads from its partners, read from each partner once into flat
  // arrays: at 100,000 partners reading it from the partner objects is a cache miss per pair.
  const names = new Array<string>(members);
  const ownCapabilities = new Array<string[]>(members);
  for (let r = 0; r < rows; r++) {
    const i = member[r] ?? -1;
    if (i < 0) continue;
    const p = partners[enc.index[r] ?? 0] ?? NOBODY;
    rowOf[i] = r;
    who[i] = p;
    names[i] = p.name;
    ownCapabilities[i] = p.capabilities;
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

  const gtm = enc.gtm;
  const { scores, of: scoreOf } = bucket;
  // The caches of shared lists are made on the first read, not for a list that is only counted.
  let lists: { segments: MarketCache; regions: MarketCache; capabilities: CapabilityLists } | null = null;
  return new ConflictList(m, (i) => {
    lists ??= {
      segments: new MarketCache(rows, rowOf, (j) => (who[j] ?? NOBODY).segments),
      regions: new MarketCache(rows, rowOf, (j) => (who[j] ?? NOBODY).regions),
      capabilities: new CapabilityLists(enc),
    };
    const k = order[i] ?? 0;
    const first = byRank[firstRank[k] ?? 0] ?? 0;
    const second = byRank[secondRank[k] ?? 0] ?? 0;
    const rowA = rowOf[first] ?? 0;
    const rowB = rowOf[second] ?? 0;
    // Every list a pair holds is shared with the pairs of equal content (read, never changed).
    return new Conflict(
      names[first] ?? "",
      names[second] ?? "",
      scores[scoreOf[k] ?? 0] ?? 0,
      lists.capabilities.shared(rowA, rowB, ownCapabilities[first] ?? NO_CAPABILITIES),
      lists.segments.shared(rowA, rowB),
      lists.regions.shared(rowA, rowB),
      SHARED_ROLES[(gtm[rowA] ?? 0) & (gtm[rowB] ?? 0)] ?? NO_ROLES,
    );
  });
}

// Results are read, never changed: pairs share these arrays (and partners' market lists) instead
// of copying them — tens of thousands of pairs otherwise allocate as many small arrays.
const NO_ROLES: string[] = [];
const NO_CAPABILITIES: string[] = [];
const SHARED_ROLES: string[][] = [NO_ROLES, ["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"]];
const NOBODY: Comparable = { name: "", roles: [], capabilities: [], segments: [], regions: [] };
