import type { Analysis } from "./analyze";
import type { ScenarioResult } from "./scenario";
import { candidatesDocument } from "./candidates/document";
import { conflictsDocument } from "./conflicts/document";
import { coverageDocument } from "./coverage/document";
import { maturityDocument } from "./maturity";
import { evolutionDocument, radarDocument } from "./portfolio-views-document";
import { responsibilityDocument } from "./responsibility";

/**
 * The JSON document of SPEC §3: camelCase keys, scores as entered, composite unrounded.
 * Keys are added as analyses land; every key present is complete.
 */
export function analysisDocument(
  analysis: Analysis,
  extra: { scenario?: ScenarioResult } = {},
): Record<string, unknown> {
  const { tiering } = analysis;
  // Expectations are measured per tiering partner, in the same order (SPEC §2.10).
  const expectation = (i: number) => analysis.expectations.partners[i];
  const tierCount = (tier: string) => analysis.expectations.tiers.find((t) => t.tier === tier);
  return {
    ...(extra.scenario ? { scenario: extra.scenario } : {}),
    runAt: analysis.runAt,
    settings: analysis.settings,
    scale: { max: tiering.scale.max, chosen: tiering.scale.chosen },
    sources: analysis.sources,
    issues: analysis.issues.map(({ severity, sheet, cell, message }) => ({ severity, sheet, cell, message })),
    tiering: {
      partners: tiering.partners.map((p, i) => ({
        expectations: expectation(i)?.failed ?? [],
        expectationStatus: expectation(i)?.status ?? null,
        partner: p.partner,
        fit: p.fit,
        impact: p.impact,
        momentum: p.momentum,
        composite: p.composite,
        tier: p.tier,
        rank: p.rank,
        pointsToNextTier: p.pointsToNextTier,
        investment: p.investment,
        revenue: p.revenue,
        pipeline: p.pipeline,
        roi: p.roi,
        investmentFlag: p.investmentFlag,
        previousTier: p.previousTier,
        movement: p.movement,
      })),
      tiers: tiering.tiers.map((t) => ({
        meets: tierCount(t.tier)?.meets ?? 0,
        below: tierCount(t.tier)?.below ?? 0,
        tier: t.tier,
        count: t.count,
        investment: t.investment,
        revenue: t.revenue,
        pipeline: t.pipeline,
        roi: t.roi,
        investmentShare: t.investmentShare,
        revenueShare: t.revenueShare,
      })),
      totals: {
        count: tiering.totals.count,
        investment: tiering.totals.investment,
        revenue: tiering.totals.revenue,
        pipeline: tiering.totals.pipeline,
        roi: tiering.totals.roi,
      },
      // Keys in camelCase (SPEC §3), not the tier names the model uses.
      medians: { strategic: tiering.medians.Strategic, focus: tiering.medians.Focus, scale: tiering.medians.Scale },
    },
    responsibility: responsibilityDocument(analysis.responsibility),
    coverage: coverageDocument(analysis.coverage),
    conflicts: conflictsDocument(analysis.conflicts),
    candidates: candidatesDocument(analysis.candidates),
    maturity: maturityDocument(analysis.maturity),
    radar: radarDocument(analysis.radar),
    evolution: evolutionDocument(analysis.evolution),
  };
}
