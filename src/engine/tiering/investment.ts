import type { InvestmentFlag, Tier, TieredPartner, TierRollup, TieringResult } from "../model";
import { TIERS } from "../model";

/**
 * The median of a list; the mean of the two middle values for an even count; null when empty.
 * @example median([4, 1, 3, 2]) === 2.5
 */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  // A numeric sort of a typed copy: no comparator call per comparison.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median Investment per scored tier, over the partners of that tier that have an Investment. */
export function tierMedians(partners: TieredPartner[]): TieringResult["medians"] {
  const by: Record<"Strategic" | "Focus" | "Scale", number[]> = { Strategic: [], Focus: [], Scale: [] };
  // Indexed loops here and in the roll-up: for-of allocates per partner until V8 optimises it.
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as TieredPartner;
    if (p.tier !== "Unscored" && p.investment !== null) by[p.tier].push(p.investment);
  }
  return { Strategic: median(by.Strategic), Focus: median(by.Focus), Scale: median(by.Scale) };
}

/**
 * Investment alignment (SPEC §2.2): Over-invested when a Scale partner out-spends the Focus
 * median or a Focus partner the Strategic median; Under-invested when a Strategic partner is
 * below the Focus median or a Focus partner below the Scale median. Over wins for a Focus
 * partner that is both (SPEC §2.9). No median, no flag.
 */
export function investmentFlag(
  tier: Tier,
  investment: number | null,
  medians: TieringResult["medians"],
): InvestmentFlag | null {
  if (investment === null) return null;
  switch (tier) {
    case "Scale":
      return above(investment, medians.Focus) ? "Over-invested" : null;
    case "Focus":
      if (above(investment, medians.Strategic)) return "Over-invested";
      return below(investment, medians.Scale) ? "Under-invested" : null;
    case "Strategic":
      return below(investment, medians.Focus) ? "Under-invested" : null;
    case "Unscored":
      return null;
  }
}

// Functions of their own, not closures made at every call: the flag is asked for every partner.
function above(investment: number, median: number | null): boolean {
  return median !== null && investment > median;
}

function below(investment: number, median: number | null): boolean {
  return median !== null && investment < median;
}

/** Revenue / Investment; null when there is no investment to divide by. */
export function roi(revenue: number, investment: number): number | null {
  return investment === 0 ? null : revenue / investment;
}

/**
 * Per-tier roll-up (SPEC §2.2): count, sums (missing money counts as 0), ROI, and shares of
 * the totals (null when a total is 0). Always the four tiers, in order.
 */
export function rollUpTiers(partners: TieredPartner[]): { tiers: TierRollup[]; totals: TieringResult["totals"] } {
  const sums = new Map<Tier, { count: number; investment: number; revenue: number; pipeline: number }>(
    TIERS.map((t) => [t, { count: 0, investment: 0, revenue: 0, pipeline: 0 }]),
  );
  const totals = { count: 0, investment: 0, revenue: 0, pipeline: 0 };
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as TieredPartner;
    const s = sums.get(p.tier);
    if (s === undefined) continue;
    add(s, p);
    add(totals, p);
  }
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const tiers = TIERS.map((tier) => {
    const s = sums.get(tier) ?? { count: 0, investment: 0, revenue: 0, pipeline: 0 };
    return {
      tier,
      ...s,
      roi: roi(s.revenue, s.investment),
      investmentShare: share(s.investment, totals.investment),
      revenueShare: share(s.revenue, totals.revenue),
    };
  });
  const tiered = totals.count - (sums.get("Unscored")?.count ?? 0);
  return {
    tiers,
    totals: {
      count: totals.count,
      tiered,
      investment: totals.investment,
      revenue: totals.revenue,
      pipeline: totals.pipeline,
      roi: roi(totals.revenue, totals.investment),
    },
  };
}

function add(
  sums: { count: number; investment: number; revenue: number; pipeline: number },
  p: Pick<TieredPartner, "investment" | "revenue" | "pipeline">,
): void {
  sums.count += 1;
  sums.investment += p.investment ?? 0;
  sums.revenue += p.revenue ?? 0;
  sums.pipeline += p.pipeline ?? 0;
}
