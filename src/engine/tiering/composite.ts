import type { Partner, ScoringScale, Settings } from "../model";
import { normalise } from "../ingest/scale";
import { compareCodePoints, compositeKey } from "./compare";

/** Partners in rank order with their composites, and the Unscored in sheet order. */
export interface RankedPartners {
  ranked: Partner[];
  /** composites[i] is ranked[i]'s composite. */
  composites: Float64Array;
  unscored: Partner[];
  /** Where each partner came from: ranked then Unscored, as indices into the partners given. */
  source: Int32Array;
}

/**
 * Composite = (wF·F + wI·I + wM·M) / (wF + wI + wM) on normalised scores (0–100), and the rank
 * order (SPEC §2.2): composite desc (rounded to 6 decimals), Impact desc, Fit desc, Momentum
 * desc, then name (lower-cased, code-point order). Partners missing any score are Unscored.
 * Sort keys live in typed columns, worked out once per partner rather than at every comparison.
 * @example rankPartners(partners, settings.weights, { max: 5, chosen: "auto" }).ranked[0] // the best partner
 */
export function rankPartners(
  partners: readonly Partner[],
  weights: Settings["weights"],
  scale: ScoringScale,
  nameKeys?: readonly string[],
): RankedPartners {
  const scored: Partner[] = [];
  const unscored: Partner[] = [];
  /** Index in `partners` of each scored partner, then of each Unscored one. */
  const from = new Int32Array(partners.length);
  let scoredCount = 0;
  let unscoredAt = partners.length;
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as Partner;
    if (p.fit === null || p.impact === null || p.momentum === null) {
      unscored.push(p);
      from[--unscoredAt] = i;
    } else {
      scored.push(p);
      from[scoredCount++] = i;
    }
  }
  const n = scored.length;
  const composite = new Float64Array(n);
  const key = new Float64Array(n);
  const fit = new Float64Array(n);
  const impact = new Float64Array(n);
  const momentum = new Float64Array(n);
  const names = new Array<string>(n);
  const order = new Array<number>(n);
  const total = weights.fit + weights.impact + weights.momentum;
  for (let i = 0; i < n; i++) {
    const p = scored[i] as Partner;
    const f = normalise(p.fit as number, scale);
    const im = normalise(p.impact as number, scale);
    const m = normalise(p.momentum as number, scale);
    fit[i] = f;
    impact[i] = im;
    momentum[i] = m;
    composite[i] = (weights.fit * f + weights.impact * im + weights.momentum * m) / total;
    key[i] = compositeKey(composite[i] as number);
    // A name key (valueKey) of a tidy name is its lower-case form: ingest hands them over.
    names[i] = nameKeys === undefined ? p.name.toLowerCase() : (nameKeys[from[i] as number] as string);
    order[i] = i;
  }
  // Array sort is stable, so partners equal on every key keep sheet order, as before.
  order.sort(
    (x, y) =>
      (key[y] as number) - (key[x] as number) ||
      (impact[y] as number) - (impact[x] as number) ||
      (fit[y] as number) - (fit[x] as number) ||
      (momentum[y] as number) - (momentum[x] as number) ||
      compareCodePoints(names[x] as string, names[y] as string),
  );
  const source = new Int32Array(partners.length);
  for (let i = 0; i < n; i++) source[i] = from[order[i] as number] as number;
  // Unscored were stored from the end backwards: read them back in sheet order.
  for (let i = n, j = partners.length - 1; i < partners.length; i++, j--) source[i] = from[j] as number;
  // Loops, not Float64Array.from(order, …): that walks an iterator, an object per step.
  const ranked = new Array<Partner>(n);
  const composites = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ranked[i] = scored[order[i] as number] as Partner;
    composites[i] = composite[order[i] as number] as number;
  }
  return { ranked, composites, unscored, source };
}
