import type { Analysis } from "../engine/analyze";
import type { CellRange } from "./sheet-spec";
import { COVERAGE_STATUS_STYLES, DUPLICATED_LABEL, RECOMMENDATION_STYLES } from "./coverage-styles";
import { SCORE_FORMAT } from "./conflicts-sheet";
import type { SheetBuilder } from "./sheet-builder";
import { NUMBER_FORMATS as F, PALETTE } from "./style";

export const SUMMARY_GAPS_TABLE = "PED_SummaryGaps";
export const SUMMARY_CONFLICTS_TABLE = "PED_SummaryConflicts";
export const SUMMARY_MATURITY_TABLE = "PED_SummaryMaturity";

/** How many gaps and conflicts the Summary shows; the full lists are on their sheets. */
export const SUMMARY_TOP = 10;

/**
 * Appends to the Summary at the builder's cursor: coverage figures, the top gaps by severity,
 * the top channel conflicts, and the maturity table with its radar chart (score vs target per
 * pillar) at `radarAnchor`.
 */
export function addCoverageSummary(
  b: SheetBuilder,
  analysis: Pick<Analysis, "coverage" | "conflicts" | "maturity" | "totals">,
  radarAnchor: CellRange,
): void {
  const { coverage, conflicts, maturity } = analysis;
  const totals = coverage.totals;
  const gaps = coverage.capabilities
    .map((c, order) => ({ c, order }))
    .filter(({ c }) => c.flags.includes("gap"))
    .sort((x, y) => y.c.severity - x.c.severity || x.order - y.order)
    .map(({ c }) => c);

  b.section("Coverage");
  b.keyValues([
    ["Required capabilities", totals.capabilities, F.integer],
    ["Gaps", totals.gaps, F.integer],
    [DUPLICATED_LABEL, totals.duplicated, F.integer],
    ["Single-sourced", totals.singleSourced, F.integer],
    ["Journey gaps", totals.journeyGaps, F.integer],
    ["Channel-conflict pairs", analysis.totals.conflicts, F.integer],
  ]);

  b.section(`Top gaps by severity${totals.gaps > SUMMARY_TOP ? ` (${SUMMARY_TOP} of ${totals.gaps})` : ""}`);
  if (gaps.length === 0) {
    b.note("No capability gaps.");
    b.row += 1;
  } else {
    const table = b.table({
      name: SUMMARY_GAPS_TABLE,
      headers: ["Capability", "Severity", "Status", "Recommendation", "Candidate"],
      rows: gaps.slice(0, SUMMARY_TOP).map((c) => [c.capability, c.severity, c.status, c.recommendation, c.candidate]),
      numberFormats: [null, F.integer, null, null, null],
    });
    b.conditional({ kind: "equals", range: table.column("Status"), value: "Gap", style: COVERAGE_STATUS_STYLES.Gap });
    for (const [rec, style] of Object.entries(RECOMMENDATION_STYLES))
      b.conditional({ kind: "equals", range: table.column("Recommendation"), value: rec, style });
  }

  b.section(
    `Top channel conflicts${analysis.totals.conflicts > SUMMARY_TOP ? ` (${SUMMARY_TOP} of ${analysis.totals.conflicts})` : ""}`,
  );
  if (conflicts.length === 0) {
    b.note("No channel conflict at the threshold.");
    b.row += 1;
  } else {
    b.table({
      name: SUMMARY_CONFLICTS_TABLE,
      headers: ["Partner A", "Partner B", "Score"],
      rows: conflicts.slice(0, SUMMARY_TOP).map((c) => [c.partnerA, c.partnerB, c.score]),
      numberFormats: [null, null, SCORE_FORMAT],
    });
  }

  if (maturity === null) return;
  b.section("Maturity");
  const table = b.table({
    name: SUMMARY_MATURITY_TABLE,
    headers: ["Pillar", "Score", "Target", "Gap"],
    rows: maturity.map((m) => [m.pillar, m.score, m.target, m.gap]),
    numberFormats: [null, F.decimal, F.decimal, F.decimal],
  });
  const pillars = { range: table.column("Pillar") };
  b.chart({
    name: "MaturityRadar",
    type: "radar",
    title: "Maturity: score vs target",
    anchor: radarAnchor,
    series: [
      { name: "Score", categories: pillars, values: { range: table.column("Score") }, color: PALETTE.accent },
      { name: "Target", categories: pillars, values: { range: table.column("Target") }, color: PALETTE.strategic },
    ],
  });
}
