import type { Partner, ScoringScale, Settings, Tier, TieredPartner, TieringResult, TierSnapshot } from "../model";
import { pointsToNextTier, quotaTiers, tierByThreshold } from "./assign";
import { rankPartners } from "./composite";
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
  const { ranked, composites, unscored } = rankPartners(partners, settings.weights, scale);
  const quota = settings.mode === "quota" ? quotaTiers(ranked.length, settings.quotas) : null;

  const tiered: TieredPartner[] = [];
  for (let i = 0; i < ranked.length; i++) {
    const composite = composites[i] as number;
    const tier = quota ? (quota[i] ?? "Scale") : tierByThreshold(composite, settings.thresholds);
    const toNext = quota ? null : pointsToNextTier(composite, tier, settings.thresholds);
    tiered.push(row(ranked[i] as Partner, composite, tier, i + 1, toNext));
  }
  for (const p of unscored) tiered.push(row(p, null, "Unscored", null, null));

  const medians = tierMedians(tiered);
  for (const t of tiered) {
    t.investmentFlag = investmentFlag(t.tier, t.investment, medians);
    t.previousTier = previousTier(snapshot, t.partner);
    t.movement = movement(snapshot, t.previousTier, t.tier);
  }
  const { tiers, totals } = rollUpTiers(tiered);
  return { scale, partners: tiered, tiers, totals, medians };
}

/** A partner's Tiering row; investment flag and movement are filled in once every tier is known. */
function row(
  p: Partner,
  composite: number | null,
  tier: Tier,
  rank: number | null,
  pointsToNextTier: number | null,
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
    composite,
    tier,
    rank,
    pointsToNextTier,
    investment: p.investment,
    revenue: p.revenue,
    pipeline: p.pipeline,
    roi: p.investment === null || p.revenue === null ? null : roi(p.revenue, p.investment),
    investmentFlag: null,
    previousTier: null,
    movement: null,
  };
}
