import type { Partner, ScoringScale, Settings, Tier, TieredPartner, TieringResult, TierSnapshot } from "../model";
import { pointsToNextTier, quotaTiers, tierByThreshold } from "./assign";
import { rankPartners } from "./composite";
import { investmentFlag, roi, rollUpTiers, tierMedians } from "./investment";
import { movement, previousTier, previousTierByKey } from "./movement";
import { tagNumberFields } from "../shapes";

export { takeSnapshot } from "./movement";

/** A tiering and, for each of its rows, the index of its partner in the partners given. */
export interface SourcedTiering {
  tiering: TieringResult;
  source: Int32Array;
}

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
  return tierWithSources(partners, settings, scale, snapshot).tiering;
}

/**
 * `tierPartners`, also saying where each row came from. `nameKeys` (each partner's
 * `valueKey(name)`, as ingest works them out) spare working them out again.
 */
export function tierWithSources(
  partners: Partner[],
  settings: Settings,
  scale: ScoringScale,
  snapshot?: TierSnapshot | null,
  nameKeys?: readonly string[],
): SourcedTiering {
  const { ranked, composites, unscored, source } = rankPartners(partners, settings.weights, scale, nameKeys);
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
  for (let i = 0; i < tiered.length; i++) {
    const t = tiered[i] as TieredPartner;
    t.investmentFlag = investmentFlag(t.tier, t.investment, medians);
    if (snapshot) {
      t.previousTier =
        nameKeys === undefined
          ? previousTier(snapshot, t.partner)
          : previousTierByKey(snapshot, nameKeys[source[i] as number] as string);
      t.movement = movement(snapshot, t.previousTier, t.tier);
    }
  }
  const { tiers, totals } = rollUpTiers(tiered);
  return { tiering: { scale, partners: tiered, tiers, totals, medians }, source };
}

// The Tiering row literal below, its numbers null first (see shapes.ts).
tagNumberFields({
  partner: "",
  row: 0,
  type: "",
  layer: null,
  owner: "",
  fit: null,
  impact: null,
  momentum: null,
  composite: null,
  tier: "Unscored",
  rank: null,
  pointsToNextTier: null,
  investment: null,
  revenue: null,
  pipeline: null,
  roi: null,
  investmentFlag: null,
  previousTier: null,
  movement: null,
});

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
