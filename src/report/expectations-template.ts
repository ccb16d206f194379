import type { CellValue } from "./sheet-spec";

/** One tier's expectations as the pane edits them: null = no check (a blank cell). */
export interface ExpectationRow {
  tier: "Strategic" | "Focus" | "Scale";
  minPipeline: number | null;
  minRevenue: number | null;
  maxInvestment: number | null;
}

/** The Expectations table the pane creates (SPEC §1): a table the user can edit by hand too. */
export const EXPECTATIONS_TABLE = "Expectations";
export const EXPECTATION_HEADERS = ["Tier", "Min Pipeline", "Min Revenue", "Max Investment"] as const;
/** Money, as the Partners table shows it. */
export const EXPECTATION_FORMAT = "#,##0";

/**
 * The rows of the Expectations table, in the header's order.
 * @example expectationCells([{ tier: "Strategic", minPipeline: 1e6, minRevenue: null, maxInvestment: 5e5 }]) // [["Strategic", 1000000, null, 500000]]
 */
export function expectationCells(rows: readonly ExpectationRow[]): CellValue[][] {
  return rows.map((r) => [r.tier, r.minPipeline, r.minRevenue, r.maxInvestment]);
}
