import type { Partner, Settings } from "../model";
import { compareNames } from "../tiering/compare";
import { hasBit } from "./bitset";
import { encodePartners } from "./encode";
import { similarPairs } from "./pairs";

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
 * Channel conflict (SPEC §2.5, §2.9): pairs of partners that share a segment, a region (empty =
 * all) and a go-to-market role (both Co-sell or both Co-market), whose capability sets have a
 * Jaccard similarity at or above the conflictThreshold setting (1e-9 tolerance). Sorted by
 * score desc, then partnerA, then partnerB. Everything compared is first turned into integers
 * and bit sets; see pairs.ts for how pairs are found without trying them all.
 * @example findChannelConflicts(partners, settings)[0] // { partnerA: "Acme", partnerB: "Zenith", score: 0.75, … }
 */
export function findChannelConflicts(
  partners: readonly Pick<Partner, "name" | "roles" | "capabilities" | "segments" | "regions">[],
  settings: Pick<Settings, "conflictThreshold">,
): ChannelConflict[] {
  const enc = encodePartners(partners);
  const pairs = similarPairs(enc, settings.conflictThreshold);
  // Names are unique case-insensitively, so one sort of the partners gives every name comparison.
  const nameRank = new Int32Array(partners.length);
  [...partners.keys()].sort((x, y) => compareNames(partners[x]?.name ?? "", partners[y]?.name ?? "")).forEach((p, i) => (nameRank[p] = i));
  const ordered = pairs.map((pair) => {
    const swap = (nameRank[enc.index[pair.a] ?? 0] ?? 0) > (nameRank[enc.index[pair.b] ?? 0] ?? 0);
    return swap ? { first: pair.b, second: pair.a, score: pair.score } : { first: pair.a, second: pair.b, score: pair.score };
  });
  const rankOf = (row: number) => nameRank[enc.index[row] ?? 0] ?? 0;
  ordered.sort((p, q) => q.score - p.score || rankOf(p.first) - rankOf(q.first) || rankOf(p.second) - rankOf(q.second));
  return ordered.map(({ first, second, score }) => {
    const a = partners[enc.index[first] ?? 0] ?? NOBODY;
    const b = partners[enc.index[second] ?? 0] ?? NOBODY;
    // Shared capabilities from the bit sets, in A's listed order: no string comparison per pair.
    const sharedCapabilities: string[] = [];
    for (const id of enc.listed[first] ?? []) if (hasBit(enc.caps, enc.capWords, second, id)) sharedCapabilities.push(enc.capNames[id] ?? "");
    return {
      partnerA: a.name,
      partnerB: b.name,
      score,
      sharedCapabilities,
      sharedSegments: sharedMarket(a.segments, b.segments),
      sharedRegions: sharedMarket(a.regions, b.regions),
      sharedRoles: SHARED_ROLES[(enc.gtm[first] ?? 0) & (enc.gtm[second] ?? 0)] ?? NO_ROLES,
    };
  });
}

// Results are read, never changed: pairs share these arrays (and partners' market lists) instead
// of copying them — tens of thousands of pairs otherwise allocate as many small arrays.
const NO_ROLES: string[] = [];
const SHARED_ROLES: string[][] = [NO_ROLES, ["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"]];
const NOBODY = { name: "", roles: [], capabilities: [], segments: [], regions: [] };

/** The markets two partners both serve: an empty list serves all, so the other list is shared. */
function sharedMarket(a: string[], b: string[]): string[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  if (a === b) return a;
  return a.filter((v) => b.includes(v));
}
