import type { Partner, Settings } from "../model";
import { hasBit } from "./bitset";
import { type EncodedPartners, encodePartners } from "./encode";
import { nameRanks } from "./order";
import { type FoundPairs, similarPairs } from "./pairs";

/** Two partners who may sell the same things to the same customers (SPEC §2.5). */
export interface ChannelConflict {
  /** The name that sorts first, lower-cased. */
  partnerA: string;
  partnerB: string;
  /** Jaccard similarity of their capability sets, 0–1. */
  score: number;
  sharedCapabilities: string[];
  /** Segments both serve; empty when both serve every segment. */
  sharedSegments: string[];
  /** Regions both serve; empty when both serve every region. */
  sharedRegions: string[];
  /** Go-to-market roles both hold: Co-sell, Co-market. */
  sharedRoles: string[];
}

/**
 * The most conflict pairs one analysis holds (README "Large portfolios"). Each listed pair
 * costs a few hundred bytes in memory and in the JSON; past this the search stops and the
 * analysis says what to narrow instead of running out of memory.
 */
export const MAX_CONFLICT_PAIRS = 1_000_000;

/** What the conflict search found, and how much work it took. */
export interface ConflictSearch {
  /** The pairs, ordered (SPEC §2.5); empty when the search stopped at the bound. */
  conflicts: ChannelConflict[];
  /** Pairs that reached the threshold: all of them, or maxPairs + 1 when the search stopped. */
  found: number;
  /** Candidate pairs looked at on the way (the benchmark reports it). */
  examined: number;
  /** True when more than maxPairs pairs reached the threshold. */
  stopped: boolean;
}

type Comparable = Pick<Partner, "name" | "roles" | "capabilities" | "segments" | "regions">;

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
  return searchChannelConflicts(partners, settings).conflicts;
}

/**
 * findChannelConflicts with a bound: when more than `maxPairs` pairs reach the threshold, the
 * search stops and lists none (`stopped`), so that memory stays bounded.
 * @example searchChannelConflicts(partners, settings, { maxPairs: MAX_CONFLICT_PAIRS }).stopped
 */
export function searchChannelConflicts(
  partners: readonly Comparable[],
  settings: Pick<Settings, "conflictThreshold">,
  options: { maxPairs?: number } = {},
): ConflictSearch {
  const enc = encodePartners(partners);
  const found = similarPairs(enc, settings.conflictThreshold, options.maxPairs ?? Infinity);
  if (found.stopped) return { conflicts: [], found: found.length, examined: found.examined, stopped: true };
  return {
    conflicts: describePairs(partners, enc, found),
    found: found.length,
    examined: found.examined,
    stopped: false,
  };
}

/**
 * Orders the pairs (score desc, then the names' order) without comparing anything: scores are
 * few distinct fractions shared/union, numbered through a table indexed by the two integers,
 * names are ranks, and three counting sorts over typed arrays order the pairs. Then one object
 * per pair.
 * Everything a pair's object reads from a partner is looked up once per partner, and the lists
 * it holds are shared wherever the content allows (see describe).
 */
function describePairs(partners: readonly Comparable[], enc: EncodedPartners, found: FoundPairs): ChannelConflict[] {
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

/**
 * The positions 0..keys.length−1 (taken in the order `after` gives, or ascending) stably sorted
 * by keys[position], each key in [0, range): one counting pass, no comparison.
 */
function countingOrder(keys: Int32Array, range: number, after: Int32Array | null): Int32Array {
  const m = keys.length;
  const next = new Int32Array(range + 1);
  for (let k = 0; k < m; k++) {
    const key = (keys[k] ?? 0) + 1;
    next[key] = (next[key] ?? 0) + 1;
  }
  for (let v = 0; v < range; v++) next[v + 1] = (next[v + 1] ?? 0) + (next[v] ?? 0);
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const k = after === null ? i : (after[i] ?? 0);
    const key = keys[k] ?? 0;
    const at = next[key] ?? 0;
    out[at] = k;
    next[key] = at + 1;
  }
  return out;
}

/**
 * Each pair's score bucket (0 = highest score) and the distinct scores, highest first. Equal
 * fractions (2/4, 1/2) divide to the same double, so they share a bucket.
 */
function scoreBuckets(shared: Int32Array, union: Int32Array, m: number): { of: Int32Array; scores: Float64Array } {
  let maxShared = 0;
  let maxUnion = 0;
  for (let k = 0; k < m; k++) {
    if ((shared[k] ?? 0) > maxShared) maxShared = shared[k] ?? 0;
    if ((union[k] ?? 0) > maxUnion) maxUnion = union[k] ?? 0;
  }
  const width = maxUnion + 1;
  const cells = (maxShared + 1) * width;
  // Fraction → its position among the distinct ones: a table while it is small, else a Map.
  const table = cells <= 1 << 20 ? new Int32Array(cells).fill(-1) : null;
  const byCode = new Map<number, number>();
  const codes: number[] = [];
  const code = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const c = (shared[k] ?? 0) * width + (union[k] ?? 0);
    code[k] = c;
    if (table !== null) {
      if (table[c] === -1) {
        table[c] = codes.length;
        codes.push(c);
      }
    } else if (!byCode.has(c)) {
      byCode.set(c, codes.length);
      codes.push(c);
    }
  }
  const valueOf = (c: number) => {
    const u = c % width;
    return u === 0 ? 0 : (c - u) / width / u;
  };
  const values = Float64Array.from(codes, valueOf);
  const distinct = Float64Array.from(new Set(values)).sort().reverse();
  const position = new Map<number, number>();
  distinct.forEach((s, i) => position.set(s, i));
  const bucketOfCode = Int32Array.from(values, (s) => position.get(s) ?? 0);
  const of = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const c = code[k] ?? 0;
    of[k] = bucketOfCode[table !== null ? (table[c] ?? 0) : (byCode.get(c) ?? 0)] ?? 0;
  }
  return { of, scores: distinct };
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
const NO_MARKETS: string[] = [];
const SHARED_ROLES: string[][] = [NO_ROLES, ["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"]];
const NOBODY: Comparable = { name: "", roles: [], capabilities: [], segments: [], regions: [] };

/**
 * The markets two partners both serve: an empty list serves all, so the other list is shared.
 * Each row's list is numbered by its content (registers hold few distinct market lists), and
 * the intersection of two lists is computed once per pair of lists and shared by every
 * conflict pair that has them.
 */
class MarketCache {
  /** List number of each row; −1 for an empty list (every market). */
  readonly id: Int32Array;
  private readonly lists: string[][] = [];
  private readonly results: (string[] | undefined)[] | null;

  /** Numbers the lists of the rows rowOf[i] (list i of listOf), the only rows asked about. */
  constructor(rows: number, rowOf: Int32Array, listOf: (i: number) => string[]) {
    this.id = new Int32Array(rows);
    const ids = new Map<string[], number>();
    const byContent = new Map<string, number>();
    for (let i = 0; i < rowOf.length; i++) {
      const r = rowOf[i] ?? 0;
      const list = listOf(i);
      if (list.length === 0) {
        this.id[r] = -1;
        continue;
      }
      let id = ids.get(list);
      if (id === undefined) {
        // Equal lists may be distinct arrays: number them by content, once per array.
        const key = list.join("\u0000");
        id = byContent.get(key);
        if (id === undefined) {
          id = this.lists.length;
          byContent.set(key, id);
          this.lists.push(list);
        }
        ids.set(list, id);
      }
      this.id[r] = id;
    }
    const n = this.lists.length;
    this.results = n * n <= 1 << 20 ? new Array<string[] | undefined>(n * n) : null;
  }

  /** The markets rows a and b both serve. */
  shared(rowA: number, rowB: number): string[] {
    const ia = this.id[rowA] ?? -1;
    const ib = this.id[rowB] ?? -1;
    if (ia === -1) return ib === -1 ? NO_MARKETS : (this.lists[ib] ?? NO_MARKETS);
    const a = this.lists[ia] ?? NO_MARKETS;
    if (ib === -1 || ia === ib) return a;
    const b = this.lists[ib] ?? NO_MARKETS;
    if (this.results === null) return intersect(a, b);
    const key = ia * this.lists.length + ib;
    let hit = this.results[key];
    if (hit === undefined) {
      hit = intersect(a, b);
      this.results[key] = hit;
    }
    return hit;
  }
}

/** A's values that B also lists, in A's order; A itself when B lists them all. */
function intersect(a: string[], b: string[]): string[] {
  const both = a.filter((v) => b.includes(v));
  return both.length === a.length ? a : both;
}
