import type { Partner, ScoringScale, Settings, TieredPartner, TieringResult, TierSnapshot } from "../model";
import { pointsToNextTier, quotaTiers, tierByThreshold } from "./assign";
import { compareRank, type ScoredPartner, scorePartner } from "./composite";
import { investmentFlag, roi, rollUpTiers, tierMedians } from "./investment";
import { movement, previousTier } from "./movement";

export { takeSnapshot } from "./movement";

/**
 * Tiers the portfolio (SPEC §2.2): composite scores, rank order, Strategic / Focus / Scale by
 * threshold or quota, roll-ups, investment alignment and movement against a snapshot.
 * Partners missing any score are Unscored: listed after the ranked ones, in sheet order.
 */
export function tierPartners(
  partners: Partner[],
  settings: Settings,
  scale: ScoringScale,
  snapshot?: TierSnapshot | null,
): TieringResult {
  const scored: ScoredPartner[] = [];
  const unscored: Partner[] = [];
  for (const p of partners) {
    const s = scorePartner(p, settings.weights, scale);
    if (s === null) unscored.push(p);
    else scored.push(s);
  }
  scored.sort(compareRank);
  const quota = settings.mode === "quota" ? quotaTiers(scored.length, settings.quotas) : null;

  const tiered: TieredPartner[] = scored.map((s, i) => {
    const tier = quota ? (quota[i] ?? "Scale") : tierByThreshold(s.composite, settings.thresholds);
    return row(s.partner, {
      composite: s.composite,
      tier,
      rank: i + 1,
      pointsToNextTier: quota ? null : pointsToNextTier(s.composite, tier, settings.thresholds),
    });
  });
  for (const p of unscored)
    tiered.push(row(p, { composite: null, tier: "Unscored", rank: null, pointsToNextTier: null }));

  const medians = tierMedians(tiered);
  for (const t of tiered) {
    t.investmentFlag = investmentFlag(t.tier, t.investment, medians);
    t.previousTier = previousTier(snapshot, t.partner);
    t.movement = movement(snapshot, t.previousTier, t.tier);
  }
  const { tiers, totals } = rollUpTiers(tiered);
  return { scale, partners: tiered, tiers, totals, medians };
}

function row(
  p: Partner,
  ranked: Pick<TieredPartner, "composite" | "tier" | "rank" | "pointsToNextTier">,
): TieredPartner {
  return {
    partner: p.name,
    row: p.row,
    type: p.type,
    layer: p.layer,
    owner: p.owner,
    fit: p.fit,
    impact: p.impact,
    momentum: p.momentum,
    ...ranked,
    investment: p.investment,
    revenue: p.revenue,
    pipeline: p.pipeline,
    roi: p.investment === null || p.revenue === null ? null : roi(p.revenue, p.investment),
    investmentFlag: null,
    previousTier: null,
    movement: null,
  };
}
