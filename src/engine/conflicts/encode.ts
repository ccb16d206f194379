import type { Partner } from "../model";
import { setBit, wordsFor } from "./bitset";

/** Go-to-market roles as bits: a pair conflicts only if the masks share a bit (SPEC §2.9). */
export const CO_SELL = 1;
export const CO_MARKET = 2;

/**
 * The partners that hold Co-sell or Co-market, with every value they are compared on turned
 * into integers: capability ids as sorted lists and bit sets, segments and regions as bit sets
 * (with an "all" flag for an empty list), roles as a two-bit mask.
 */
export interface EncodedPartners {
  /** Row i of every array below is partners[index[i]]. */
  index: Int32Array;
  gtm: Uint8Array;
  /** Capability ids, rarest capability first (the order prefix filtering needs). */
  capLists: Int32Array[];
  /** Capability ids in the order the partner lists them, for describing a pair. */
  listed: Int32Array[];
  /** Capability name of each id. */
  capNames: string[];
  capSize: Int32Array;
  capWords: number;
  caps: Uint32Array;
  segWords: number;
  segs: Uint32Array;
  segAll: Uint8Array;
  regWords: number;
  regs: Uint32Array;
  regAll: Uint8Array;
  /** Distinct capabilities: ids run 0..capCount−1. */
  capCount: number;
}

/**
 * Encodes the go-to-market partners for conflict detection. Capability ids are assigned by
 * ascending frequency (ties by first appearance), so that a set's prefix holds its rarest values.
 * @example encodePartners(partners).index.length // partners holding Co-sell or Co-market
 */
export function encodePartners(partners: readonly Pick<Partner, "roles" | "capabilities" | "segments" | "regions">[]): EncodedPartners {
  const rows: number[] = [];
  const gtmOf: number[] = [];
  partners.forEach((p, i) => {
    const mask = (p.roles.includes("Co-sell") ? CO_SELL : 0) | (p.roles.includes("Co-market") ? CO_MARKET : 0);
    if (mask !== 0) {
      rows.push(i);
      gtmOf.push(mask);
    }
  });
  const n = rows.length;
  const pick = (r: number) => partners[rows[r] ?? 0] as Pick<Partner, "roles" | "capabilities" | "segments" | "regions">;

  const freq = new Map<string, number>();
  for (let r = 0; r < n; r++) for (const c of pick(r).capabilities) freq.set(c, (freq.get(c) ?? 0) + 1);
  const byRarity = [...freq.keys()].map((c, first) => ({ c, first, f: freq.get(c) ?? 0 })).sort((a, b) => a.f - b.f || a.first - b.first);
  const capId = new Map(byRarity.map((x, id) => [x.c, id]));
  const segId = idsOf(rows.map((_, r) => pick(r).segments));
  const regId = idsOf(rows.map((_, r) => pick(r).regions));

  const capWords = wordsFor(capId.size);
  const segWords = wordsFor(segId.size);
  const regWords = wordsFor(regId.size);
  const enc: EncodedPartners = {
    index: Int32Array.from(rows),
    gtm: Uint8Array.from(gtmOf),
    capLists: [],
    listed: [],
    capNames: byRarity.map((x) => x.c),
    capSize: new Int32Array(n),
    capWords,
    caps: new Uint32Array(n * capWords),
    segWords,
    segs: new Uint32Array(n * segWords),
    segAll: new Uint8Array(n),
    regWords,
    regs: new Uint32Array(n * regWords),
    regAll: new Uint8Array(n),
    capCount: capId.size,
  };
  for (let r = 0; r < n; r++) {
    const p = pick(r);
    const listed = Int32Array.from(p.capabilities.map((c) => capId.get(c) ?? 0));
    enc.listed.push(listed);
    const ids = listed.slice().sort();
    enc.capLists.push(ids);
    enc.capSize[r] = ids.length;
    for (const id of ids) setBit(enc.caps, capWords, r, id);
    enc.segAll[r] = p.segments.length === 0 ? 1 : 0;
    for (const s of p.segments) setBit(enc.segs, segWords, r, segId.get(s) ?? 0);
    enc.regAll[r] = p.regions.length === 0 ? 1 : 0;
    for (const g of p.regions) setBit(enc.regs, regWords, r, regId.get(g) ?? 0);
  }
  return enc;
}

function idsOf(lists: readonly (readonly string[])[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const list of lists) for (const v of list) if (!ids.has(v)) ids.set(v, ids.size);
  return ids;
}
