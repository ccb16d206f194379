import { cellAddress } from "../ingest/addresses";
import { messages } from "../ingest/messages";
import type { TableReader } from "../ingest/table-reader";
import { cellText, isErrorCell } from "../ingest/values";
import type { RawCell } from "../model";
import type { ResponsibilityField } from "./columns";
import type { MatrixDraft } from "./matrix";

/**
 * The section a row's section-column cell names (first spelling), or null when blank. An
 * Excel error value is reported at the cell and read as blank.
 */
export function readSectionCell(
  reader: TableReader<ResponsibilityField>,
  cells: RawCell[],
  index: number,
  col: number,
  draft: MatrixDraft,
): string | null {
  const cell = cells[col] ?? null;
  if (isErrorCell(cell)) {
    const address = cellAddress(reader.sheetRow(index), reader.table.firstColumn + col);
    reader.report("error", address, messages.errorValue(reader.headers[col] ?? "Section", cell.code));
    return null;
  }
  const text = cellText(cell);
  return text === "" ? null : draft.section(text);
}
