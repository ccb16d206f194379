/**
 * Writes the bad-workbook corpus (test/reliability/corpus.ts, issue #7) as .xlsx files into
 * test/fixtures/bad/. Deterministic like make-fixtures.ts (fixed dates, fixed zip entry order), so
 * regenerating gives byte-identical files.
 *
 *   npx tsx scripts/make-bad-workbooks.ts           the committed corpus
 *   npx tsx scripts/make-bad-workbooks.ts --large   also the large ones (over ~1 MB; the tests
 *                                                   write those into a temp folder instead)
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, type CorpusCell, type CorpusEntry, type CorpusSheet } from "../test/reliability/corpus";
import { FIXTURES_DIR, save, withSheets } from "./make-fixtures";

export const BAD_DIR = join(FIXTURES_DIR, "bad");

/** One corpus entry as .xlsx bytes. */
export async function buildBadWorkbook(entry: CorpusEntry): Promise<Uint8Array> {
  return save(withSheets((wb) => entry.sheets().forEach((sheet) => addSheet(wb, sheet))));
}

function addSheet(wb: ExcelJS.Workbook, sheet: CorpusSheet): void {
  const ws = wb.addWorksheet(sheet.name, sheet.veryHidden ? { state: "veryHidden" } : {});
  if (sheet.table !== undefined) {
    const [header = [], ...rows] = sheet.rows;
    const blank = header.map(() => null);
    const padded = [...rows.map((r) => header.map((_, j) => excelJsValue(r[j] ?? null))), ...Array.from({ length: Math.max(0, (sheet.tableDataRows ?? rows.length) - rows.length) }, () => blank)];
    ws.addTable({
      name: sheet.table,
      displayName: sheet.table,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((h) => ({ name: String(h), filterButton: true })),
      rows: padded,
    });
    return;
  }
  sheet.rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null) ws.getCell(i + 1, j + 1).value = excelJsValue(value);
    });
  });
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
}

/** A corpus cell as ExcelJS writes it: errors and cached formula results as objects, dates as Date. */
export function excelJsValue(cell: CorpusCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("date" in cell) return new Date(`${cell.date}T00:00:00.000Z`);
  if ("sharedFormula" in cell) return { sharedFormula: cell.sharedFormula, result: cell.result } as ExcelJS.CellSharedFormulaValue;
  if ("formula" in cell) {
    const result = cell.result as ExcelJS.CellFormulaValue["result"];
    return cell.sharedRef ? ({ formula: cell.formula, result, shareType: "shared", ref: cell.sharedRef } as ExcelJS.CellFormulaValue) : { formula: cell.formula, result };
  }
  return { error: cell.error as ExcelJS.CellErrorValue["error"] };
}

async function main(): Promise<void> {
  const large = process.argv.includes("--large");
  mkdirSync(BAD_DIR, { recursive: true });
  for (const entry of CORPUS) {
    if (entry.large && !large) continue;
    const bytes = await buildBadWorkbook(entry);
    writeFileSync(join(BAD_DIR, entry.file), bytes);
    process.stdout.write(`Wrote test/fixtures/bad/${entry.file} (${bytes.length} bytes)\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
