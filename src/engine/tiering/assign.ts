import type { Settings, Tier } from "../model";
import { compositeKey } from "./compare";

/**
 * Threshold mode (SPEC §2.2): Strategic at or above the Strategic threshold, Focus at or above
 * Focus, else Scale — comparing the composite rounded to 6 decimals (half up), the very value
 * the ranking compares, so a lower-tier partner never ranks above a higher-tier one.
 * @example tierByThreshold(74.9999995, { strategic: 75, focus: 50 }) === "Strategic" // rounds to 75.000000
 */
export function tierByThreshold(composite: number, thresholds: Settings["thresholds"]): Tier {
  const key = compositeKey(composite);
  if (key >= compositeKey(thresholds.strategic)) return "Strategic";
  if (key >= compositeKey(thresholds.focus)) return "Focus";
  return "Scale";
}

/** Composite points below the next tier's threshold; null for Strategic. */
export function pointsToNextTier(composite: number, tier: Tier, thresholds: Settings["thresholds"]): number | null {
  if (tier === "Focus") return Math.max(0, thresholds.strategic - composite);
  if (tier === "Scale") return Math.max(0, thresholds.focus - composite);
  return null;
}

/** ceil(n·p/100) in integer arithmetic, for integer n and p ≥ 0. */
export function ceilPercent(n: number, percent: number): number {
  return Math.floor((n * percent + 99) / 100);
}

/**
 * Quota mode: among n partners in rank order, the first ceil(n·pS/100) are Strategic and the
 * next ceil(n·(pS+pF)/100) − ceil(n·pS/100) are Focus; the rest Scale. Returns the tier of each
 * rank position.
 * @example quotaTiers(10, { strategic: 10, focus: 30 }) // 1 Strategic, 3 Focus, 6 Scale
 */
export function quotaTiers(n: number, quotas: Settings["quotas"]): Tier[] {
  const strategic = Math.min(n, ceilPercent(n, quotas.strategic));
  const focusEnd = Math.min(n, ceilPercent(n, quotas.strategic + quotas.focus));
  const tiers: Tier[] = [];
  for (let i = 0; i < n; i++) tiers.push(i < strategic ? "Strategic" : i < focusEnd ? "Focus" : "Scale");
  return tiers;
}
