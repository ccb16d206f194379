/**
 * The corpus in the in-memory Excel, and the Office.js path run over it as the task pane runs
 * it: read the inputs and the stored settings, analyse, build the report, write it.
 */
import { analyzeWorkbook, type Analysis } from "../../src/engine/analyze";
import { readStoredSettings } from "../../src/engine/settings";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import type { WorkbookGateway, WrittenSheet } from "../../src/excel/gateway";
import { buildReport } from "../../src/report";
import { storedSettingsText } from "../../src/engine/settings";
import { createExcelNamespace, FakeWorkbook, type CellInput, type SheetSnapshot } from "../excel/fake-excel";
import type { CorpusCell, CorpusEntry } from "./corpus";

export const RUN_AT = "2026-01-05T09:00:00.000Z";

/** A corpus cell as the in-memory Excel stores it (formulas keep their cached result). */
export function fakeCell(cell: CorpusCell): CellInput {
  if (cell === null || typeof cell !== "object") return cell;
  if ("date" in cell) return { date: cell.date };
  if ("sharedFormula" in cell) return { formula: `=${cell.sharedFormula}`, value: cell.result };
  if ("formula" in cell)
    return {
      formula: `=${cell.formula}`,
      value: typeof cell.result === "object" ? { error: cell.result.error } : cell.result,
    };
  return { error: cell.error };
}

/** The entry's sheets (and tables) in a new in-memory workbook. */
export function fakeWorkbookOf(entry: CorpusEntry): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const sheet of entry.sheets()) {
    wb.addSheet(
      sheet.name,
      sheet.rows.map((r) => r.map(fakeCell)),
      sheet.veryHidden ? { visibility: "VeryHidden" } : {},
    );
    if (sheet.table !== undefined) {
      const width = sheet.rows[0]?.length ?? 1;
      const last = 1 + (sheet.tableDataRows ?? sheet.rows.length - 1);
      wb.addTable(sheet.name, sheet.table, `A1:${columnLetter(width)}${last}`);
    }
  }
  // A workbook always has a visible sheet; an all-hidden corpus entry does not exist.
  return wb;
}

export function gatewayOver(wb: FakeWorkbook): WorkbookGateway {
  return createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true);
}

/** Snapshots of the sheets the user owns (every corpus sheet but the add-in's settings). */
export function userSheets(wb: FakeWorkbook, entry: CorpusEntry): Record<string, SheetSnapshot> {
  const out: Record<string, SheetSnapshot> = {};
  for (const sheet of entry.sheets()) if (sheet.name !== "PED_Settings") out[sheet.name] = wb.snapshot(sheet.name);
  return out;
}

export interface OfficeRun {
  analysis: Analysis;
  sheets: WrittenSheet[];
}

/** The pane's Analyze over the gateway: throws CannotAnalyzeError when the workbook cannot be analysed. */
export async function analyzeInExcel(gateway: WorkbookGateway): Promise<OfficeRun> {
  const read = await gateway.readInputs();
  const stored = readStoredSettings(read.storedSettings);
  const analysis = analyzeWorkbook(read.input, stored.settings, { runAt: RUN_AT, priorIssues: stored.issues });
  const specs = buildReport(analysis, { saveSnapshot: true });
  const { sheets } = await gateway.writeReport(specs, storedSettingsText(analysis.settings));
  return { analysis, sheets };
}

function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
