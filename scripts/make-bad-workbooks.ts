/**
 * Writes the bad-workbook corpus (test/reliability/corpus.ts, issue #7) as .xlsx files into
 * test/fixtures/bad/. Deterministic like make-fixtures.ts (fixed dates, fixed zip entry order), so
 * regenerating gives byte-identical files.
 *
 *   npm run fixtures:bad                            the committed corpus
 *   npm run fixtures:bad -- --large                 also the large ones (over ~1 MB; the tests
 *                                                   write those into a temp folder instead)
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, type CorpusCell, type CorpusEntry, type CorpusSheet } from "../test/reliability/corpus";
import { FIXTURES_DIR, save, withSheets } from "./make-fixtures";

export const BAD_DIR = join(FIXTURES_DIR, "bad");

/** One corpus entry as .xlsx bytes (a large one as a streaming writer packages it, see below). */
export async function buildBadWorkbook(entry: CorpusEntry): Promise<Uint8Array> {
  if (entry.large) return buildLargeWorkbook(entry);
  return save(withSheets((wb) => entry.sheets().forEach((sheet) => addSheet(wb, sheet))));
}

/**
 * A workbook of plain sheets with every string inline (`t="inlineStr"`), as streaming writers
 * produce large files. ExcelJS takes about 10 s to build 100,000 rows; writing the sheet XML
 * into a package ExcelJS made with the header rows alone takes well under one.
 */
async function buildLargeWorkbook(entry: CorpusEntry): Promise<Uint8Array> {
  const sheets = entry.sheets();
  const zip = await JSZip.loadAsync(
    await save(withSheets((wb) => sheets.forEach((sheet) => addSheet(wb, { ...sheet, rows: sheet.rows.slice(0, 1) })))),
  );
  for (const [i, sheet] of sheets.entries()) {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const rows = sheet.rows.map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => inlineCell(cell, `${columnName(c + 1)}${r + 1}`)).join("")}</row>`,
    );
    const body = xml
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${columnName(width)}${sheet.rows.length}"/>`)
      .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join("")}</sheetData>`);
    zip.file(path, body);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function inlineCell(cell: CorpusCell, ref: string): string {
  if (cell === null) return "";
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (typeof cell === "string")
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
  throw new Error(`large workbooks hold plain values only (${ref})`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function columnName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function addSheet(wb: ExcelJS.Workbook, sheet: CorpusSheet): void {
  const ws = wb.addWorksheet(sheet.name, sheet.veryHidden ? { state: "veryHidden" } : {});
  if (sheet.table !== undefined) {
    const [header = [], ...rows] = sheet.rows;
    const blank = header.map(() => null);
    const padded = [
      ...rows.map((r) => header.map((_, j) => excelJsValue(r[j] ?? null))),
      ...Array.from({ length: Math.max(0, (sheet.tableDataRows ?? rows.length) - rows.length) }, () => blank),
    ];
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
  if ("sharedFormula" in cell)
    return { sharedFormula: cell.sharedFormula, result: cell.result } as ExcelJS.CellSharedFormulaValue;
  if ("formula" in cell) {
    const result = cell.result as ExcelJS.CellFormulaValue["result"];
    return cell.sharedRef
      ? ({ formula: cell.formula, result, shareType: "shared", ref: cell.sharedRef } as ExcelJS.CellFormulaValue)
      : { formula: cell.formula, result };
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
