/** Tier History kept across runs: this run's rows appended to the table, its formats re-applied. */
import type { SheetSpec } from "../report/sheet-spec";
import { Batch, REQUEST_BUDGET_BYTES, rowChunksPaced, VALUES_WRITE_BYTES } from "./batch";
import { cellInputsPaced } from "./cell-input";
import { renderSheet } from "./render-sheet";

/**
 * Appends this run's rows to the Tier History table (the rows before `appendAfter.keptRows`
 * are already there), then re-applies the sheet's number formats and rules over the whole table.
 */
export async function appendRows(
  ws: Excel.Worksheet,
  table: Excel.Table,
  spec: SheetSpec,
  batch: Batch,
  canValidate: boolean,
): Promise<(() => void)[]> {
  const block = spec.blocks[0];
  if (!block) return [];
  const header = block.headerRows ?? 1;
  const values = await cellInputsPaced(block.values.slice(header + (spec.appendAfter?.keptRows ?? 0)));
  const t = ws.tables.getItem(table.name);
  for (const chunk of await rowChunksPaced(values, REQUEST_BUDGET_BYTES / 2)) {
    await batch.reserve(chunk.bytes + VALUES_WRITE_BYTES);
    t.rows.add(undefined, values.slice(chunk.start, chunk.end));
  }
  const rows = block.values.length - header;
  block.numberFormats?.forEach((fmt, j) => {
    // A 1×1 array is applied to every cell of the range (office-js-docs-pr#5400).
    if (fmt && rows > 0) ws.getRangeByIndexes(block.row + header, block.col + j, rows, 1).numberFormat = [[fmt]];
  });
  ws.getRange().conditionalFormats.clearAll();
  return renderSheet(
    ws,
    { ...spec, blocks: [], tables: [] },
    { batch, sheets: new Map(), tableName: (n) => n, canValidate, freeze: false },
  );
}
