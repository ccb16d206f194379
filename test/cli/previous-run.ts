/**
 * Builds the workbook an analyst has after a run in Excel: their own input sheets, plus the
 * sheets, tables, defined names and very hidden settings sheet a run wrote. The command line
 * writes its results to a separate file, so tests put the two together to stand for a shared
 * workbook that has been analysed before.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";

type Row = ExcelJS.CellValue[];

export interface PreviousRunOptions {
  /** Only these output sheets are copied (default: all of them). */
  sheets?: string[];
  /** Rows appended to the input's Partners sheet (a partner added since that run). */
  addPartners?: Row[];
}

export async function withPreviousRun(
  inputPath: string,
  outputPath: string,
  options: PreviousRunOptions = {},
): Promise<Uint8Array> {
  const input = await load(inputPath);
  const output = await load(outputPath);
  output.eachSheet((from) => {
    if (options.sheets && !options.sheets.includes(from.name)) return;
    // A sheet the add-in already owned in the input (the sample's Tier History of earlier runs)
    // is replaced in place, as the add-in's run would.
    const owned = input.getWorksheet(from.name);
    if (owned) input.removeWorksheet(owned.id);
    copySheet(from, input.addWorksheet(from.name, { state: from.state }));
  });
  for (const { name, ranges } of definedNames(output)) {
    const range = ranges[0];
    if (range && (!options.sheets || options.sheets.some((s) => range.includes(s)))) {
      input.definedNames.removeAllNames(name);
      input.definedNames.add(range, name);
    }
  }
  const partners = input.getWorksheet("Partners");
  for (const row of options.addPartners ?? []) partners?.addRow(row);
  return new Uint8Array((await input.xlsx.writeBuffer()) as ArrayBuffer);
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Values, then each Excel table re-created over its own cells with its own name. */
function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      to.getCell(r, c).value = cell.value;
    });
  });
  for (const table of from.getTables() as unknown as ExcelJS.Table[]) {
    const model = (table as unknown as { table: { name: string; tableRef: string } }).table;
    const [top = "A1", bottom = top] = model.tableRef.split(":");
    const a = from.getCell(top);
    const b = from.getCell(bottom);
    const grid: Row[] = [];
    for (let r = Number(a.row); r <= Number(b.row); r++) {
      const cells: Row = [];
      for (let c = Number(a.col); c <= Number(b.col); c++) cells.push(from.getCell(r, c).value);
      grid.push(cells);
    }
    const [header = [], ...rows] = grid;
    to.addTable({
      name: model.name,
      ref: top,
      headerRow: true,
      columns: header.map((h) => ({ name: String(h ?? ""), filterButton: true })),
      rows,
    });
  }
}

function definedNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  return (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
}
