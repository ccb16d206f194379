import type { Analysis } from "../engine/analyze";
import type { CellRange, ChartSeriesSpec, SheetSpec } from "./sheet-spec";
import { addCoverageSummary } from "./coverage-summary";
import { addResponsibilitySummary } from "./responsibility-summary";
import { SheetBuilder } from "./sheet-builder";
import { countOf, NUMBER_FORMATS as F, PALETTE, TIER_COLORS, TIER_STYLES } from "./style";
import { placeTieringSheet, type TieringLayout } from "./tiering-sheet";

export const SUMMARY_TIERS_TABLE = "PED_SummaryTiers";

/** Bubble charts slow Excel down past a few thousand points: each tier shows its top ones. */
export const BUBBLES_PER_TIER = 1000;

/** Charts sit to the right of the figures, this many columns wide and rows tall. */
const CHART_COL = 10;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 16;

/**
 * The Summary sheet: headline figures, the per-tier roll-up, and native charts — tier
 * distribution, investment vs revenue by tier, and fit vs impact bubbles by tier. The bubbles
 * read the Tiering sheet where its builder placed each tier (`tieringSheet`, placed here when not given).
 */
export function buildSummarySheet(
  analysis: Analysis,
  tieringSheet: TieringLayout = placeTieringSheet(analysis).layout,
): SheetSpec {
  const { tiering } = analysis;
  const b = new SheetBuilder("summary");
  b.title("Partner ecosystem summary", `Run ${formatRunAt(analysis.runAt)} · ${describeSettings(analysis)}`);

  b.section("Headline figures");
  const issues = analysis.totals.issues;
  b.keyValues([
    ["Partners", tiering.totals.count, F.integer],
    ["Tiered", tiering.totals.tiered, F.integer],
    ["Total investment", tiering.totals.investment, F.money],
    ["Total revenue", tiering.totals.revenue, F.money],
    ["Total pipeline", tiering.totals.pipeline, F.money],
    ["Portfolio ROI", tiering.totals.roi, F.ratio],
    [
      "Input issues",
      `${countOf(issues.error, "error")}, ${countOf(issues.warning, "warning")}, ${countOf(issues.info, "note")}`,
    ],
  ]);

  b.section("Tiers");
  const table = b.table({
    name: SUMMARY_TIERS_TABLE,
    headers: [
      "Tier",
      "Partners",
      "Investment",
      "Revenue",
      "Pipeline",
      "ROI",
      "Share of investment",
      "Share of revenue",
      "Meet expectations",
      "Below expectations",
    ],
    rows: tiering.tiers.map((t) => {
      // SPEC §2.10: per tier, how many meet their tier's expectations and how many fall below.
      const e = analysis.expectations.tiers.find((x) => x.tier === t.tier);
      return [
        t.tier,
        t.count,
        t.investment,
        t.revenue,
        t.pipeline,
        t.roi,
        t.investmentShare,
        t.revenueShare,
        e?.meets ?? 0,
        e?.below ?? 0,
      ];
    }),
    numberFormats: [null, F.integer, F.money, F.money, F.money, F.ratio, F.percent, F.percent, F.integer, F.integer],
  });
  for (const [tier, style] of Object.entries(TIER_STYLES)) {
    b.conditional({ kind: "equals", range: table.column("Tier"), value: tier, style });
  }

  const tierNames = table.column("Tier");
  b.chart({
    name: "TierDistribution",
    type: "columnClustered",
    title: "Partners per tier",
    anchor: chartSlot(0),
    series: [
      {
        name: "Partners",
        categories: { range: tierNames },
        values: { range: table.column("Partners") },
        color: PALETTE.accent,
      },
    ],
    yAxisTitle: "Partners",
  });
  b.chart({
    name: "InvestmentVsRevenue",
    type: "columnClustered",
    title: "Investment vs revenue by tier",
    anchor: chartSlot(1),
    series: [
      {
        name: "Investment",
        categories: { range: tierNames },
        values: { range: table.column("Investment") },
        color: PALETTE.scale,
      },
      {
        name: "Revenue",
        categories: { range: tierNames },
        values: { range: table.column("Revenue") },
        color: PALETTE.strategic,
      },
    ],
    yAxisTitle: "Amount",
  });
  const bubbles = bubbleSeries(tieringSheet);
  if (bubbles.length > 0) {
    b.chart({
      name: "FitVsImpact",
      type: "bubble",
      title: `Fit vs impact (bubble = revenue)${tooManyBubbles(analysis) ? `, top ${BUBBLES_PER_TIER} per tier` : ""}`,
      anchor: chartSlot(2),
      series: bubbles,
      xAxisTitle: "Fit",
      yAxisTitle: "Impact",
    });
  }
  // Coverage goes first: it is always there, so the optional Responsibilities section below it
  // never shifts what precedes it.
  addCoverageSummary(b, analysis, chartSlot(3));
  if (analysis.responsibility !== null) addResponsibilitySummary(b, analysis.responsibility);
  b.minWidth(0, 22).minWidth(1, 14);
  return b.build();
}

/** The n-th chart slot, stacked down the right-hand side. */
function chartSlot(n: number): CellRange {
  return { row: 1 + n * (CHART_HEIGHT + 1), col: CHART_COL, rows: CHART_HEIGHT, cols: CHART_WIDTH };
}

/** One bubble series per scored tier, reading the rows the Tiering builder placed for it (its top ones). */
function bubbleSeries(tiering: TieringLayout): ChartSeriesSpec[] {
  return tiering.tiers
    .filter(({ tier }) => tier !== "Unscored")
    .map(({ tier }) => {
      const column = (header: string): CellRange => {
        const range = tiering.tierColumn(tier, header);
        return { ...range, rows: Math.min(range.rows, BUBBLES_PER_TIER) };
      };
      return {
        name: tier,
        categories: { sheet: "tiering", range: column("Fit") },
        values: { sheet: "tiering", range: column("Impact") },
        sizes: { sheet: "tiering", range: column("Revenue") },
        color: TIER_COLORS[tier],
      };
    });
}

function tooManyBubbles(analysis: Analysis): boolean {
  return analysis.tiering.tiers.some((t) => t.tier !== "Unscored" && t.count > BUBBLES_PER_TIER);
}

function describeSettings(analysis: Analysis): string {
  const s = analysis.settings;
  const mode =
    s.mode === "threshold"
      ? `thresholds Strategic ≥ ${s.thresholds.strategic}, Focus ≥ ${s.thresholds.focus}`
      : `quotas Strategic ${s.quotas.strategic}%, Focus ${s.quotas.focus}%`;
  const scale = `scale 0–${analysis.tiering.scale.max}${analysis.tiering.scale.chosen === "auto" ? " (auto)" : ""}`;
  return `${mode} · weights fit ${s.weights.fit}, impact ${s.weights.impact}, momentum ${s.weights.momentum} · ${scale}`;
}

/** "2026-11-22 09:30 UTC" from an ISO timestamp; the text as given if it is not one. */
export function formatRunAt(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
