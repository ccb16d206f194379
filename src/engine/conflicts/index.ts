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
 * Orders the pairs (score desc, then the names' order) with typed-array sorts, then makes one
 * object per pair. Scores are few distinct fractions: pairs are bucketed by score (a counting
 * sort), and within a bucket sorted natively by one number, firstRank × n + secondRank.
 */
function describePairs(partners: readonly Comparable[], enc: EncodedPartners, found: FoundPairs): ChannelConflict[] {
  const m = found.length;
  if (m === 0) return [];
  const n = partners.length;
  const { rank, byRank } = nameRanks(partners.map((p) => p.name));
  const rowOf = new Int32Array(n);
  enc.index.forEach((p, row) => (rowOf[p] = row));

  const scoreOf = (k: number) => {
    const union = found.union[k] ?? 0;
    return union === 0 ? 0 : (found.shared[k] ?? 0) / union;
  };
  const bucketOf = new Map<number, number>();
  for (let k = 0; k < m; k++) {
    const s = scoreOf(k);
    if (!bucketOf.has(s)) bucketOf.set(s, 0);
  }
  const scores = Float64Array.from(bucketOf.keys()).sort().reverse();
  scores.forEach((s, i) => bucketOf.set(s, i));
  const bucket = new Int32Array(m);
  const starts = new Int32Array(scores.length + 1);
  for (let k = 0; k < m; k++) {
    const b = bucketOf.get(scoreOf(k)) ?? 0;
    bucket[k] = b;
    starts[b + 1] = (starts[b + 1] ?? 0) + 1;
  }
  for (let b = 0; b < scores.length; b++) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
  const fill = starts.slice(0, scores.length);
  const keys = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const ra = rank[enc.index[found.a[k] ?? 0] ?? 0] ?? 0;
    const rb = rank[enc.index[found.b[k] ?? 0] ?? 0] ?? 0;
    const b = bucket[k] ?? 0;
    keys[fill[b] ?? 0] = ra < rb ? ra * n + rb : rb * n + ra;
    fill[b] = (fill[b] ?? 0) + 1;
  }
  const out: ChannelConflict[] = new Array<ChannelConflict>(m);
  for (let b = 0; b < scores.length; b++) {
    const score = scores[b] ?? 0;
    const from = starts[b] ?? 0;
    const to = starts[b + 1] ?? 0;
    keys.subarray(from, to).sort();
    for (let k = from; k < to; k++) {
      const key = keys[k] ?? 0;
      const firstRank = Math.floor(key / n);
      const first = byRank[firstRank] ?? 0;
      const second = byRank[key - firstRank * n] ?? 0;
      out[k] = describe(
        partners[first] ?? NOBODY,
        partners[second] ?? NOBODY,
        rowOf[first] ?? 0,
        rowOf[second] ?? 0,
        score,
        enc,
      );
    }
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
): ChannelConflict {
  // Shared capabilities from the integer sets, in A's listed order: no string comparison per pair.
  const sharedCapabilities: string[] = [];
  for (let k = enc.capStart[rowA] ?? 0; k < (enc.capStart[rowA + 1] ?? 0); k++) {
    const id = enc.capListed[k] ?? 0;
    if (holds(enc, rowB, id)) sharedCapabilities.push(enc.capNames[id] ?? "");
  }
  return {
    partnerA: a.name,
    partnerB: b.name,
    score,
    sharedCapabilities,
    sharedSegments: sharedMarket(a.segments, b.segments),
    sharedRegions: sharedMarket(a.regions, b.regions),
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

/** The markets two partners both serve: an empty list serves all, so the other list is shared. */
function sharedMarket(a: string[], b: string[]): string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  if (a === b) return a;
  return a.filter((v) => b.includes(v));
}
