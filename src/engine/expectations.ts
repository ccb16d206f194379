import type { ScoredTier, Tier, TieredPartner, TierExpectation } from "./model";
import { SCORED_TIERS } from "./model";

/** A check a partner can fail, in the order they are listed (SPEC §2.10). */
export type ExpectationCheck = "below-pipeline" | "below-revenue" | "over-investment-cap";
export type ExpectationStatus = "Meets" | "Below";

/** One partner measured against its tier's expectations. */
export interface PartnerExpectation {
  partner: string;
  tier: Tier;
  /**
   * The checks it fails, in SPEC order; empty when it meets them all or its tier has none. The
   * partners whose tier has no check share one empty list: read it, don't change it.
   */
  failed: ExpectationCheck[];
  /** Meets / Below; null when its tier has no check (and for Unscored partners). */
  status: ExpectationStatus | null;
}

export interface TierExpectationCount {
  tier: Tier;
  meets: number;
  below: number;
}

export interface ExpectationsResult {
  /** Whether the workbook has an Expectations table with at least one usable row. */
  defined: boolean;
  /** One entry per tiering partner, in the Tiering order. */
  partners: PartnerExpectation[];
  /** Strategic, Focus, Scale, Unscored — always all four (both 0 for a tier without checks). */
  tiers: TierExpectationCount[];
  totals: { meets: number; below: number };
}

const TIER_LIST: readonly Tier[] = [...SCORED_TIERS, "Unscored"];

/**
 * Tier expectations (SPEC §2.10): per tiered partner, the checks of its tier that fail —
 * `below-pipeline` (Pipeline missing or below Min Pipeline), `below-revenue` (likewise) and
 * `over-investment-cap` (Investment above Max Investment; a missing Investment never fails).
 * Comparisons are exact: a Pipeline equal to Min Pipeline meets it. Status Meets when the tier
 * has a check and none fails, Below when any fails, null when the tier has none.
 * @example assessExpectations(tiering.partners, [{ tier: "Strategic", row: 2, minPipeline: null, minRevenue: 100, maxInvestment: null }])
 */
export function assessExpectations(
  partners: readonly Pick<TieredPartner, "partner" | "tier" | "pipeline" | "revenue" | "investment">[],
  expectations: readonly TierExpectation[] | null | undefined,
): ExpectationsResult {
  const byTier = new Map<ScoredTier, TierExpectation>();
  for (const e of expectations ?? []) if (!byTier.has(e.tier)) byTier.set(e.tier, e);
  const counts = new Map<Tier, TierExpectationCount>(TIER_LIST.map((tier) => [tier, { tier, meets: 0, below: 0 }]));
  // Without an Expectations table that is every partner: one list, not one per partner.
  const unchecked: ExpectationCheck[] = [];
  const measured = partners.map((p): PartnerExpectation => {
    const e = p.tier === "Unscored" ? undefined : byTier.get(p.tier);
    if (e === undefined || !hasCheck(e)) return { partner: p.partner, tier: p.tier, failed: unchecked, status: null };
    const failed = failedChecks(p, e);
    const status: ExpectationStatus = failed.length > 0 ? "Below" : "Meets";
    const count = counts.get(p.tier);
    if (count) count[status === "Below" ? "below" : "meets"] += 1;
    return { partner: p.partner, tier: p.tier, failed, status };
  });
  const tiers = TIER_LIST.map((t) => counts.get(t) ?? { tier: t, meets: 0, below: 0 });
  const totals = { meets: tiers.reduce((a, t) => a + t.meets, 0), below: tiers.reduce((a, t) => a + t.below, 0) };
  return { defined: byTier.size > 0, partners: measured, tiers, totals };
}

/** True when an Expectations row holds at least one number: a row of blanks checks nothing. */
export function hasCheck(e: TierExpectation): boolean {
  return e.minPipeline !== null || e.minRevenue !== null || e.maxInvestment !== null;
}

/** The checks a partner fails against one tier's expectations, in SPEC order. */
export function failedChecks(
  p: Pick<TieredPartner, "pipeline" | "revenue" | "investment">,
  e: TierExpectation,
): ExpectationCheck[] {
  const failed: ExpectationCheck[] = [];
  if (e.minPipeline !== null && (p.pipeline === null || p.pipeline < e.minPipeline)) failed.push("below-pipeline");
  if (e.minRevenue !== null && (p.revenue === null || p.revenue < e.minRevenue)) failed.push("below-revenue");
  if (e.maxInvestment !== null && p.investment !== null && p.investment > e.maxInvestment)
    failed.push("over-investment-cap");
  return failed;
}
