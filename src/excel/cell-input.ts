import { type CellValue, EXCEL_MAX_CELL_TEXT, excelValue } from "../report/sheet-spec";
import { pacer } from "./yield";

/**
 * A value as it must be sent in `range.values` so that Excel stores exactly it.
 *
 * Excel parses strings written through `values` as if typed: "=…" (and "+…", "-…", "@…")
 * become formulas, "00123" a number, "TRUE" a boolean, "3/4" a date. A leading apostrophe
 * makes Excel keep the rest as text (the apostrophe is not part of the value), so every
 * string goes out with one — partner names such as `=HYPERLINK(...)` or `+cmd|'/c calc'!A1`
 * stay inert text (SPEC §3). See OfficeDev/office-js#6687 on the apostrophe prefix.
 */
export function cellInput(value: CellValue): string | number | boolean {
  const v = excelValue(value);
  if (v === null) return "";
  if (typeof v === "string") return v === "" ? "" : `'${withRoomForPrefix(v)}`;
  return v;
}

/**
 * The 32,767-character limit may be checked on the text as sent, apostrophe included (the
 * in-memory Excel checks it so): a name of exactly 32,767 characters was refused there and the
 * whole write failed. Such text is cut by one more character, with an ellipsis, to be safe.
 */
function withRoomForPrefix(text: string): string {
  return text.length < EXCEL_MAX_CELL_TEXT ? text : `${text.slice(0, EXCEL_MAX_CELL_TEXT - 2)}…`;
}

/** A whole block of values, ready for `range.values`. */
export function cellInputs(rows: CellValue[][]): (string | number | boolean)[][] {
  return rows.map((row) => row.map(cellInput));
}

/** cellInputs, giving the pane's thread back every few tens of milliseconds (100,000-row sheets). */
export async function cellInputsPaced(rows: CellValue[][]): Promise<(string | number | boolean)[][]> {
  const out: (string | number | boolean)[][] = new Array(rows.length);
  const pause = pacer();
  for (let i = 0; i < rows.length; i++) {
    out[i] = (rows[i] as CellValue[]).map(cellInput);
    if ((i & 255) === 255) await pause();
  }
  return out;
}
