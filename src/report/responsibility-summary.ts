import { RESPONSIBILITY_STATUSES, type ResponsibilityResult } from "../engine/responsibility";
import { addStatusByDimension } from "./responsibilities-sheet";
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
  b.keyValues([
    ["Activities", result.totals.activities, F.integer],
    ...RESPONSIBILITY_STATUSES.map((s): [string, number, string] => [s, result.totals[s], F.integer]),
    ["Partners without owned responsibilities", result.totals.unownedPartners, F.integer],
  ]);
  // The same table and chart as the Responsibilities sheet's, placed by that sheet's code; the
  // chart goes under the table here (the right-hand chart column belongs to the other charts).
  addStatusByDimension(b, result, {
    table: SUMMARY_RESPONSIBILITIES_TABLE,
    chart: "ResponsibilityStatus",
    chartAnchor: () => ({ row: b.row, col: 0, rows: CHART_ROWS, cols: CHART_COLS }),
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
    rows: result.sections.map((x) => [
      x.section ?? NO_SECTION_LABEL,
      x.activities,
      ...RESPONSIBILITY_STATUSES.map((s) => x[s]),
    ]),
    numberFormats: [null, F.integer, F.integer, F.integer, F.integer, F.integer],
  });
}
