import type { RawCell } from "../model";

/** A whole number, or decimals, with optional exponent and surrounding spaces (SPEC §2.9). */
const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * The code of a formula cell saved without its result (some tools write formulas and leave the
 * calculation to Excel): there is no value to read until Excel recalculates and saves.
 */
export const UNCALCULATED = "#UNCALCULATED";

/** Why a cell did not hold a number. */
export type NotANumber = "text" | "boolean" | "date" | "error";

export type NumberReading = { ok: true; value: number } | { ok: false; reason: NotANumber; shown: string };

/** True for a cell with nothing in it: null or text of only white space. */
export function isBlankCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === "string" && !NON_SPACE.test(cell));
}

/** Any character that is not white space (what trim() would keep); testing allocates nothing. */
const NON_SPACE = /\S/;

/**
 * Reads a cell as a number. Numeric text is accepted; booleans, dates, error values and any
 * other text (`1,000`, `$5`, `nan`) are not numbers.
 * @example readNumber(" 4.5 ") // { ok: true, value: 4.5 }
 */
export function readNumber(cell: RawCell): NumberReading {
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, reason: "text", shown: String(cell) };
  }
  if (typeof cell === "string") {
    if (NUMBER_TEXT.test(cell)) {
      const value = Number(cell.trim());
      if (Number.isFinite(value)) return { ok: true, value };
    }
    return { ok: false, reason: "text", shown: cell };
  }
  if (typeof cell === "boolean") return { ok: false, reason: "boolean", shown: cell ? "TRUE" : "FALSE" };
  if (cell === null) return { ok: false, reason: "text", shown: "" };
  if (cell.kind === "error") return { ok: false, reason: "error", shown: cell.code };
  return { ok: false, reason: "date", shown: cell.iso };
}

/**
 * The text of a cell as a user would read it: trimmed; numbers in their shortest form;
 * booleans as TRUE/FALSE; dates as ISO text. Error values have no text (the caller reports them).
 */
export function cellText(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell.kind === "date") return cell.iso;
  return "";
}

/** True for an Excel error value such as #N/A. */
export function isErrorCell(cell: RawCell): cell is { kind: "error"; code: string } {
  return cell !== null && typeof cell === "object" && cell.kind === "error";
}
