import { RESPONSIBILITY_STATUSES, type ResponsibilityResult } from "../engine/responsibility";
import { STATUS_COLORS } from "./responsibility-styles";
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
}
