/**
 * What a person (or Excel) sees in an .xlsx, as plain data, read back with ExcelJS: per sheet
 * its state, tab colour, frozen panes, column widths, every cell's value and look (number
 * format, font, fill, alignment), conditional formats with their looks, drop-downs and tables;
 * the workbook's defined names; the chart and drawing parts. Two writers that give equal
 * pictures give the same workbook to the user, whatever their bytes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface SheetPicture {
  name: string;
  state: string;
  tabColor: unknown;
  views: unknown;
  widths: (number | undefined)[];
  cells: Record<string, unknown>;
  conditionalFormats: unknown;
  validations: unknown;
  tables: unknown;
}

export interface WorkbookPicture {
  sheets: SheetPicture[];
  definedNames: unknown;
  created?: string;
  /** Chart and drawing parts in order, by their chart titles and anchors (part numbers aside). */
  charts: string[];
  drawings: string[];
}

export async function workbookPicture(bytes: Uint8Array): Promise<WorkbookPicture> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: SheetPicture[] = [];
  wb.eachSheet((ws) => sheets.push(sheetPicture(ws)));
  const zip = await JSZip.loadAsync(bytes);
  const parts = async (pattern: RegExp) => {
    const names = Object.keys(zip.files)
      .filter((p) => pattern.test(p))
      .sort((a, b) => number(a) - number(b));
    return Promise.all(names.map(async (p) => (await zip.file(p)?.async("string")) ?? ""));
  };
  return {
    sheets,
    definedNames: (wb.definedNames as unknown as { model: unknown }).model,
    created: wb.created?.toISOString(),
    charts: await parts(/^xl\/charts\/chart\d+\.xml$/),
    drawings: await parts(/^xl\/drawings\/drawing\d+\.xml$/),
  };
}

function number(part: string): number {
  return Number(/(\d+)\.xml$/.exec(part)?.[1] ?? 0);
}

function sheetPicture(ws: ExcelJS.Worksheet): SheetPicture {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const look = lookOf(cell);
      if (cell.value === null && Object.keys(look).length === 0) return;
      cells[cell.address] = { value: cell.value, ...look };
    });
  });
  const widths: (number | undefined)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
  const inner = ws as unknown as {
    conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[];
    dataValidations: { model: unknown };
  };
  return {
    name: ws.name,
    state: ws.state,
    tabColor: ws.properties.tabColor,
    views: (ws.views ?? []).map((v) => ({ ...v })),
    widths,
    cells,
    conditionalFormats: inner.conditionalFormattings.map((cf) => ({
      ref: cf.ref,
      rules: cf.rules.map(({ dxfId: _dxfId, ...rule }) => rule),
    })),
    validations: inner.dataValidations.model,
    tables: (ws.getTables() as unknown as { table: Record<string, unknown> }[]).map(({ table }) => ({
      name: table.name,
      displayName: table.displayName,
      ref: table.tableRef ?? table.ref,
      style: table.style,
      columns: (table.columns as { name: string }[]).map((c) => c.name),
    })),
  };
}

/** A cell's number format, font, fill and alignment; the default font (Calibri 11) counts as none. */
function lookOf(cell: ExcelJS.Cell): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (cell.numFmt) out.numFmt = cell.numFmt;
  const font = cell.font as Record<string, unknown> | undefined;
  if (font && !(font.name === "Calibri" && font.size === 11 && Object.keys(font).length <= 5)) out.font = font;
  if (cell.fill && (cell.fill as { pattern?: string }).pattern !== "none") out.fill = cell.fill;
  if (cell.alignment && Object.keys(cell.alignment).length > 0) out.alignment = cell.alignment;
  return out;
}
