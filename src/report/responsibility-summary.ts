import { RESPONSIBILITY_STATUSES, type ResponsibilityResult } from "../engine/responsibility";
import { addStatusByDimension } from "./responsibilities-sheet";
import type { SheetBuilder } from "./sheet-builder";
import { NUMBER_FORMATS as F } from "./style";

export const SUMMARY_RESPONSIBILITIES_TABLE = "PED_SummaryResponsibilities";

const CHART_ROWS = 14;
const CHART_COLS = 6;

/**
 * Appends the Responsibilities section to the Summary at the builder's cursor: activities by
 * status, partners without owned responsibilities, and a stacked bar chart of statuses per
 * dimension placed under its table (the right-hand chart column belongs to the other charts).
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
}
