import { headerKey, resolveColumns } from "../engine/ingest/headers";
import { EXPECTATION_COLUMNS } from "../engine/ingest/expectations";
import { INPUT_NAMES } from "../engine/ingest/locate";
import type { RawCell } from "../engine/model";
import {
  EXPECTATION_FORMAT,
  EXPECTATION_HEADERS,
  EXPECTATIONS_TABLE,
  type ExpectationRow,
  expectationCells,
} from "../report/expectations-template";
import { freeSheetName, freeTableName } from "./sheet-plan";

export interface SavedExpectations {
  sheet: string;
  table: string;
  /** True when the table did not exist and was created on a new sheet. */
  created: boolean;
}

/**
 * Writes the tiers' expectations to the workbook's Expectations table (SPEC §2.10): the rows
 * of the tiers given are updated in place (other rows, other columns and the table's position
 * untouched; a tier without a row gets one), or, without such a table, a new sheet gets one —
 * an ordinary Excel table that the user can go on editing by hand.
 */
export async function saveExpectations(
  context: Excel.RequestContext,
  rows: readonly ExpectationRow[],
): Promise<SavedExpectations> {
  const tables = context.workbook.tables.load("items/name");
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const wanted = new Set(INPUT_NAMES.expectations.map(headerKey));
  const existing = tables.items.find((t) => wanted.has(headerKey(t.name)));
  if (existing) return updateTable(context, existing, rows);

  const sheet = freeSheetName(EXPECTATIONS_TABLE, new Set(worksheets.items.map((w) => w.name.toLowerCase())));
  const table = freeTableName(
    EXPECTATIONS_TABLE,
    new Set([...tables.items, ...names.items].map((t) => t.name.toLowerCase())),
  );
  const ws = context.workbook.worksheets.add(sheet);
  const values = [[...EXPECTATION_HEADERS], ...expectationCells(rows)].map((r) => r.map((v) => v ?? ""));
  const range = ws.getRangeByIndexes(0, 0, values.length, EXPECTATION_HEADERS.length);
  range.values = values;
  ws.getRangeByIndexes(1, 1, rows.length, 3).numberFormat = [[EXPECTATION_FORMAT]];
  const t = ws.tables.add(range, true);
  t.name = table;
  range.format.autofitColumns();
  ws.activate();
  await context.sync();
  return { sheet, table, created: true };
}

async function updateTable(
  context: Excel.RequestContext,
  table: Excel.Table,
  rows: readonly ExpectationRow[],
): Promise<SavedExpectations> {
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  const ws = table.worksheet.load("name");
  await context.sync();
  const headerCells = (header.values[0] ?? []) as RawCell[];
  const { columns } = resolveColumns(headerCells, EXPECTATION_COLUMNS);
  const tierCol = columns.get("tier");
  if (tierCol === undefined) throw new Error(`The table ${table.name} has no Tier column.`);
  const values = body.values.map((r) => [...r]);
  const added: (string | number)[][] = [];
  for (const row of rows) {
    const cells: [number | undefined, number | null][] = [
      [columns.get("minPipeline"), row.minPipeline],
      [columns.get("minRevenue"), row.minRevenue],
      [columns.get("maxInvestment"), row.maxInvestment],
    ];
    let target = values.find(
      (r) =>
        String(r[tierCol] ?? "")
          .trim()
          .toLowerCase() === row.tier.toLowerCase(),
    );
    if (target === undefined) {
      // A table whose only data row is blank (as Excel leaves a new table) takes the first tier.
      const blank = values.find((r) => r.every((v) => v === "" || v === null));
      target = blank ?? Array<string | number>(headerCells.length).fill("");
      if (!blank) added.push(target as (string | number)[]);
      target[tierCol] = row.tier;
    }
    for (const [col, value] of cells) if (col !== undefined) target[col] = value ?? "";
  }
  if (values.length > 0) body.values = values;
  if (added.length > 0) table.rows.add(undefined, added);
  await context.sync();
  return { sheet: ws.name, table: table.name, created: false };
}
