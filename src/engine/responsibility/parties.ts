import { valueKey } from "../ingest/lists";
import { compareNames } from "../tiering/compare";

/** An internal party this close to a partner name (or closer) gets a "did you mean" warning. */
export const DID_YOU_MEAN_DISTANCE = 2;

/** A party of the matrix, resolved against the Partners table. */
export interface ResolvedParty {
  /** The partner's spelling for a partner; the name as written (whitespace collapsed) otherwise. */
  name: string;
  isPartner: boolean;
  /** For an internal party: the closest partner name within DID_YOU_MEAN_DISTANCE, else null. */
  suggestion: string | null;
}

/**
 * The partners' names, for matching matrix parties: case-insensitive with whitespace collapsed
 * (SPEC §1), and a "did you mean" for near misses.
 */
export class PartyDirectory {
  private readonly partners = new Map<string, string>();
  /**
   * Partner keys by length: a name can only be within distance d of names whose length is
   * within d. Built at the first near miss: most matrices name only partners and staff.
   */
  private byLength: Map<number, string[]> | undefined;

  /** `nameKeys[i]`, when given, is `valueKey(partnerNames[i])` already worked out. */
  constructor(partnerNames: readonly string[], nameKeys?: readonly string[]) {
    for (let i = 0; i < partnerNames.length; i++) {
      const name = partnerNames[i] as string;
      const key = nameKeys === undefined ? valueKey(name) : (nameKeys[i] as string);
      if (key === "" || this.partners.has(key)) continue;
      this.partners.set(key, name);
    }
  }

  /** Each partner once — by matching name, the first spelling — in table order (blank names left out). */
  partnerNames(): IterableIterator<[key: string, name: string]> {
    return this.partners.entries();
  }

  /** Calls `visit` for each partner as `partnerNames` lists them, without an entry array each. */
  forEachPartner(visit: (key: string, name: string) => void): void {
    this.partners.forEach((name, key) => visit(key, name));
  }

  /** True when the name is a partner's (case-insensitive, whitespace collapsed). */
  isPartner(written: string): boolean {
    return this.partners.has(valueKey(written));
  }

  /**
   * Who a party name is.
   * @example new PartyDirectory(["Acme Corp"]).resolve("acme  corp") // { name: "Acme Corp", isPartner: true, suggestion: null }
   */
  resolve(written: string): ResolvedParty {
    const key = valueKey(written);
    const partner = this.partners.get(key);
    if (partner !== undefined) return { name: partner, isPartner: true, suggestion: null };
    return { name: written.trim().replace(/\s+/g, " "), isPartner: false, suggestion: this.closest(key) };
  }

  /** The closest partner name within the distance; ties go to the name that sorts first. */
  private closest(key: string): string | null {
    let best: { name: string; distance: number } | null = null;
    const byLength = this.keysByLength();
    for (let len = key.length - DID_YOU_MEAN_DISTANCE; len <= key.length + DID_YOU_MEAN_DISTANCE; len++) {
      for (const candidate of byLength.get(len) ?? []) {
        const limit = best === null ? DID_YOU_MEAN_DISTANCE : best.distance;
        const distance = editDistanceWithin(key, candidate, limit);
        if (distance === null) continue;
        const name = this.partners.get(candidate) as string;
        if (
          best === null ||
          distance < best.distance ||
          (distance === best.distance && compareNames(name, best.name) < 0)
        ) {
          best = { name, distance };
        }
      }
    }
    return best?.name ?? null;
  }

  private keysByLength(): Map<number, string[]> {
    if (this.byLength === undefined) {
      const byLength = new Map<number, string[]>();
      for (const key of this.partners.keys()) {
        const bucket = byLength.get(key.length);
        if (bucket === undefined) byLength.set(key.length, [key]);
        else bucket.push(key);
      }
      this.byLength = byLength;
    }
    return this.byLength;
  }
}

/** Two DP rows reused across calls: a party is checked against thousands of partner names. */
const rowA: number[] = [];
const rowB: number[] = [];

/**
 * Levenshtein distance between a and b when it is at most `max`, else null. Only a band of
 * width 2·max+1 around the diagonal is computed, and it stops as soon as a whole row exceeds
 * max, so checking a party against thousands of partners stays cheap. (Plain comparisons rather
 * than Math.min: this is the hot loop.)
 * @example editDistanceWithin("acme", "acne", 2) === 1
 * @example editDistanceWithin("acme", "globex", 2) === null
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  const diff = a.length - b.length;
  if (diff > max || -diff > max) return null;
  const big = max + 1;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j < big ? j : big;
  for (let i = 1; i <= a.length; i++) {
    const from = i - max > 1 ? i - max : 1;
    const to = i + max < b.length ? i + max : b.length;
    current[0] = i < big ? i : big;
    // Cells just outside the band read as "too far".
    current[from - 1] = from === 1 ? (current[0] as number) : big;
    let rowMin = current[from - 1] as number;
    const ch = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      let value = (previous[j - 1] as number) + (ch === b.charCodeAt(j - 1) ? 0 : 1);
      const above = j < i + max ? (previous[j] as number) + 1 : big;
      if (above < value) value = above;
      const left = (current[j - 1] as number) + 1;
      if (left < value) value = left;
      if (value > big) value = big;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < b.length) current[to + 1] = big;
    if (rowMin > max) return null;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const distance = previous[b.length] as number;
  return distance <= max ? distance : null;
}
