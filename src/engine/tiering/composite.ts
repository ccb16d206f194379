import type { Partner, ScoringScale, Settings } from "../model";
import { normalise } from "../ingest/scale";
import { compareCodePoints, compareNames, compositeKey } from "./compare";

/** A scored partner with its normalised scores, ready to rank. */
export interface ScoredPartner {
  partner: Partner;
  fit: number;
  impact: number;
  momentum: number;
  composite: number;
}

/**
 * Composite = (wF·F + wI·I + wM·M) / (wF + wI + wM) on normalised scores (0–100).
 * Returns null when any score is missing (the partner is Unscored).
 */
export function scorePartner(
  partner: Partner,
  weights: Settings["weights"],
  scale: ScoringScale,
): ScoredPartner | null {
  if (partner.fit === null || partner.impact === null || partner.momentum === null) return null;
  const fit = normalise(partner.fit, scale);
  const impact = normalise(partner.impact, scale);
  const momentum = normalise(partner.momentum, scale);
  const total = weights.fit + weights.impact + weights.momentum;
  const composite = (weights.fit * fit + weights.impact * impact + weights.momentum * momentum) / total;
  return { partner, fit, impact, momentum, composite };
}

/**
 * Rank order (SPEC §2.2): composite desc (rounded to 6 decimals), Impact desc, Fit desc,
 * Momentum desc, then name (lower-cased, code-point order).
 */
export function compareRank(a: ScoredPartner, b: ScoredPartner): number {
  return (
    compositeKey(b.composite) - compositeKey(a.composite) ||
    b.impact - a.impact ||
    b.fit - a.fit ||
    b.momentum - a.momentum ||
    compareNames(a.partner.name, b.partner.name)
  );
}

/**
 * Scored partners in rank order (the order of `compareRank`), with each partner's composite key
 * and lower-cased name worked out once rather than at every comparison. Stable, as compareRank's sort.
 * @example inRankOrder(scored)[0] // the best-ranked partner
 */
export function inRankOrder(scored: readonly ScoredPartner[]): ScoredPartner[] {
  const n = scored.length;
  const keys = new Float64Array(n);
  const names: string[] = new Array<string>(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const s = scored[i] as ScoredPartner;
    keys[i] = compositeKey(s.composite);
    names[i] = s.partner.name.toLowerCase();
    order[i] = i;
  }
  order.sort((x, y) => {
    const a = scored[x] as ScoredPartner;
    const b = scored[y] as ScoredPartner;
    return (
      (keys[y] as number) - (keys[x] as number) ||
      b.impact - a.impact ||
      b.fit - a.fit ||
      b.momentum - a.momentum ||
      compareCodePoints(names[x] as string, names[y] as string)
    );
  });
  return order.map((i) => scored[i] as ScoredPartner);
}
