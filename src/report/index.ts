import type { Analysis } from "../engine/analyze";
import { buildIssuesSheet } from "./issues-sheet";
import { OUTPUT_SHEETS, type SheetSpec } from "./sheet-spec";
import { buildSummarySheet } from "./summary-sheet";
import { buildTieringSheet } from "./tiering-sheet";

export * from "./sheet-spec";

/** Every output sheet of an analysis, in workbook order. */
export function buildReport(analysis: Analysis): SheetSpec[] {
  const sheets = [buildSummarySheet(analysis), buildTieringSheet(analysis), buildIssuesSheet(analysis)];
  return sheets.sort((a, b) => OUTPUT_SHEETS.indexOf(a.key) - OUTPUT_SHEETS.indexOf(b.key));
}
