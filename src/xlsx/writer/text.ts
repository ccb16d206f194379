import { columnLetters as lettersOf } from "../../engine/ingest/addresses";

/** Text in SpreadsheetML parts, escaped as ExcelJS escapes it (so both writers give the same cells). */

const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPES = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/**
 * Text safe in element content and double-quoted attributes. Control characters XML 1.0 does not
 * allow (and DEL) are dropped, as ExcelJS drops them.
 * @example xmlText(`R&D "A"\u0001`) === "R&amp;D &quot;A&quot;"
 */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, (c) => ENTITY[c] ?? "");
}

/** A `<t>` element, with xml:space="preserve" where leading or trailing space or a line break would be lost. */
export function textElement(text: string): string {
  return /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;
}

const LETTERS: string[] = [];

/**
 * Column letters of a 1-based column number, remembered: the writer asks for them per cell.
 * @example columnLetters(28) === "AB"
 */
export function columnLetters(col: number): string {
  return (LETTERS[col] ??= lettersOf(col));
}
