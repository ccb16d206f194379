import type { Partner } from "../model";
import { setBit, wordsFor } from "./bitset";

/** Go-to-market roles as bits: a pair conflicts only if the masks share a bit (SPEC §2.9). */
export const CO_SELL = 1;
export const CO_MARKET = 2;

/**
 * Capability sets of at most this many 32-bit words are kept as bit sets and compared by
 * popcount; larger catalogues (a 1,000-capability programme needs 32 words per partner, most
 * of them zero) compare the short sorted id lists instead.
 */
export const MAX_BITSET_WORDS = 8;

/**
 * The partners that hold Co-sell or Co-market, with every value they are compared on turned
 * into integers held in flat typed arrays (no per-partner objects): capability ids as sorted
 * lists and bit sets, segments and regions as bit sets (with an "all" flag for an empty list),
 * roles as a two-bit mask.
 */
export interface EncodedPartners {
  /** Row i of every array below is partners[index[i]]. */
  index: Int32Array;
  gtm: Uint8Array;
  /** Row r's capabilities are capSorted / capListed [capStart[r], capStart[r + 1]). */
  capStart: Int32Array;
  /** Capability ids ascending, which is rarest first (the order prefix filtering needs). */
  capSorted: Int32Array;
  /** Capability ids in the order the partner lists them, for describing a pair. */
  capListed: Int32Array;
  /** Capability name of each id. */
  capNames: string[];
  /** Distinct capabilities: ids run 0..capCount−1. */
  capCount: number;
  capWords: number;
  /** Capability bit sets, `capWords` words per row; null when the catalogue is too wide (see MAX_BITSET_WORDS). */
  caps: Uint32Array | null;
  segWords: number;
  segs: Uint32Array;
  segAll: Uint8Array;
  regWords: number;
  regs: Uint32Array;
  regAll: Uint8Array;
}

type Encodable = Pick<Partner, "roles" | "capabilities" | "segments" | "regions">;

/**
 * Encodes the go-to-market partners for conflict detection. Capability ids are assigned by
 * ascending frequency (ties by first appearance), so that a set's prefix holds its rarest values.
 * @example encodePartners(partners).index.length // partners holding Co-sell or Co-market
 */
export function encodePartners(partners: readonly Encodable[]): EncodedPartners {
  const rows: number[] = [];
  const gtmOf: number[] = [];
  let total = 0;
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as Encodable;
    const mask = (p.roles.includes("Co-sell") ? CO_SELL : 0) | (p.roles.includes("Co-market") ? CO_MARKET : 0);
    if (mask !== 0) {
      rows.push(i);
      gtmOf.push(mask);
      total += p.capabilities.length;
    }
  }
  const n = rows.length;
  const pick = (r: number) => partners[rows[r] ?? 0] as Encodable;

  // Capabilities are the same few canonical strings repeated: one Map lookup per listed value,
  // first to count, then (by first appearance) to an id.
  const firstId = new Map<string, number>();
  const freq: number[] = [];
  const capStart = new Int32Array(n + 1);
  const capListed = new Int32Array(total);
  let at = 0;
  for (let r = 0; r < n; r++) {
    capStart[r] = at;
    for (const c of pick(r).capabilities) {
      let id = firstId.get(c);
      if (id === undefined) {
        id = firstId.size;
        firstId.set(c, id);
        freq.push(0);
      }
      freq[id] = (freq[id] ?? 0) + 1;
      capListed[at++] = id;
    }
  }
  capStart[n] = at;
  const names = [...firstId.keys()];
  const byRarity = names.map((_, first) => first).sort((a, b) => (freq[a] ?? 0) - (freq[b] ?? 0) || a - b);
  const rarity = new Int32Array(names.length);
  byRarity.forEach((first, id) => (rarity[first] = id));
  for (let k = 0; k < total; k++) capListed[k] = rarity[capListed[k] ?? 0] ?? 0;
  const capSorted = capListed.slice();
  for (let r = 0; r < n; r++) sortIds(capSorted, capStart[r] ?? 0, capStart[r + 1] ?? 0);

  const capCount = names.length;
  const capWords = wordsFor(capCount);
  const caps = capWords <= MAX_BITSET_WORDS ? new Uint32Array(n * capWords) : null;
  if (caps)
    for (let r = 0; r < n; r++)
      for (let k = capStart[r] ?? 0; k < (capStart[r + 1] ?? 0); k++) setBit(caps, capWords, r, capSorted[k] ?? 0);

  const segId = idsOf(n, (r) => pick(r).segments);
  const regId = idsOf(n, (r) => pick(r).regions);
  const segWords = wordsFor(segId.size);
  const regWords = wordsFor(regId.size);
  const segs = new Uint32Array(n * segWords);
  const regs = new Uint32Array(n * regWords);
  const segAll = new Uint8Array(n);
  const regAll = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const p = pick(r);
    segAll[r] = p.segments.length === 0 ? 1 : 0;
    for (const s of p.segments) setBit(segs, segWords, r, segId.get(s) ?? 0);
    regAll[r] = p.regions.length === 0 ? 1 : 0;
    for (const g of p.regions) setBit(regs, regWords, r, regId.get(g) ?? 0);
  }
  return {
    index: Int32Array.from(rows),
    gtm: Uint8Array.from(gtmOf),
    capStart,
    capSorted,
    capListed,
    capNames: byRarity.map((first) => names[first] ?? ""),
    capCount,
    capWords,
    caps,
    segWords,
    segs,
    segAll,
    regWords,
    regs,
    regAll,
  };
}

function idsOf(n: number, listOf: (r: number) => readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (let r = 0; r < n; r++) for (const v of listOf(r)) if (!ids.has(v)) ids.set(v, ids.size);
  return ids;
}

/** Sorts ids[from, to) ascending in place: insertion sort for the short runs rows have. */
function sortIds(ids: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    ids.subarray(from, to).sort();
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const v = ids[k] ?? 0;
    let j = k - 1;
    while (j >= from && (ids[j] ?? 0) > v) {
      ids[j + 1] = ids[j] ?? 0;
      j--;
    }
    ids[j + 1] = v;
  }
}
