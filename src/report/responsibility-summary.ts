import { RESPONSIBILITY_STATUSES, type ResponsibilityResult } from "../engine/responsibility";
import { STATUS_COLORS } from "./responsibility-styles";
import type { SheetBuilder } from "./sheet-builder";
import { NUMBER_FORMATS as F } from "./style";

export const SUMMARY_RESPONSIBILITIES_TABLE = "PED_SummaryResponsibilities";
export const SUMMARY_RESPONSIBILITY_SECTIONS_TABLE = "PED_SummaryResponsibilitySections";
/** How the per-section table names the activities that have no section. */
export const NO_SECTION_LABEL = "(no section)";

const CHART_ROWS = 14;
const CHART_COLS = 6;

/**
 * Appends the Responsibilities section to the Summary at the builder's cursor: activities by
 * status, partners without owned responsibilities, and a stacked bar chart of statuses per
 * dimension placed under its table (the right-hand chart column belongs to the other charts);
 * then, when the activities have sections, activities by status per section.
 */
export function addResponsibilitySummary(b: SheetBuilder, result: ResponsibilityResult): void {
  b.section("Responsibilities");
  const unowned = result.parties.filter((p) => p.isPartner && p.accountable === 0 && p.responsible === 0).length;
  b.keyValues([
    ["Activities", result.totals.activities, F.integer],
    ...RESPONSIBILITY_STATUSES.map((s): [string, number, string] => [s, result.totals[s], F.integer]),
    ["Partners without owned responsibilities", unowned, F.integer],
  ]);
  const table = b.table({
    name: SUMMARY_RESPONSIBILITIES_TABLE,
    headers: ["Dimension", ...RESPONSIBILITY_STATUSES],
    rows: result.dimensions.map((d) => [d.dimension, ...RESPONSIBILITY_STATUSES.map((s) => d[s])]),
    numberFormats: [null, F.integer, F.integer, F.integer, F.integer],
  });
  b.chart({
    name: "ResponsibilityStatus",
    type: "barStacked",
    title: "Activities by status per dimension",
    anchor: { row: b.row, col: 0, rows: CHART_ROWS, cols: CHART_COLS },
    series: RESPONSIBILITY_STATUSES.map((s) => ({
      name: s,
      categories: { range: table.column("Dimension") },
      values: { range: table.column(s) },
      color: STATUS_COLORS[s],
    })),
    yAxisTitle: "Activities",
  });
  b.row += CHART_ROWS + 1;
  addSectionCounts(b, result);
}

/** Activities by status per section (SPEC §1 sections), under the chart; nothing without sections. */
function addSectionCounts(b: SheetBuilder, result: ResponsibilityResult): void {
  if (result.sections.length === 0) return;
  b.table({
    name: SUMMARY_RESPONSIBILITY_SECTIONS_TABLE,
    headers: ["Section", "Activities", ...RESPONSIBILITY_STATUSES],
    rows: result.sections.map((x) => [x.section ?? NO_SECTION_LABEL, x.activities, ...RESPONSIBILITY_STATUSES.map((s) => x[s])]),
    numberFormats: [null, F.integer, F.integer, F.integer, F.integer, F.integer],
  });
}
