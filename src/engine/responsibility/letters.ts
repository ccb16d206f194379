import { messages } from "../ingest/messages";
import { cellText, isBlankCell, isErrorCell } from "../ingest/values";
import type { RawCell } from "../model";
import { RACI_LETTERS, type RaciLetter } from "./types";

/** Separators accepted between letters inside one cell (SPEC §2.9): `/ , ; + &` and spaces. */
const SEPARATORS = /[/,;+&\s]+/;
const LETTER_RUN = /^[RACI]+$/i;

/**
 * The letters of a RACI cell, strongest first, or null when the text is not made of R, A, C
 * and I alone or combined. Blank text holds no letter (an empty list).
 * @example parseLetters("r+a") // ["A", "R"]
 * @example parseLetters("AR") // ["A", "R"]
 * @example parseLetters("X") // null
 */
export function parseLetters(text: string): RaciLetter[] | null {
  if (text.trim() === "") return [];
  const found = new Set<string>();
  for (const token of text.split(SEPARATORS)) {
    if (token === "") continue;
    if (!LETTER_RUN.test(token)) return null;
    for (const ch of token.toUpperCase()) found.add(ch);
  }
  // Only separators ("/", " ; ") is not a letter either: the user typed something meant as one.
  if (found.size === 0) return null;
  return RACI_LETTERS.filter((l) => found.has(l));
}

/**
 * Letters as the report writes them: strongest first, joined by "/".
 * @example formatLetters(["A", "R"]) === "A/R"
 */
export function formatLetters(letters: readonly RaciLetter[]): string {
  return letters.join("/");
}

/** What a RACI cell holds: its letters, or the problem to report at the cell. */
export type LetterCell = { ok: true; letters: RaciLetter[] } | { ok: false; problem: string };

/**
 * Reads one RACI cell for a party. Blank holds no letter; text that is not letters, numbers,
 * TRUE/FALSE, dates and Excel errors are problems, and the cell is ignored.
 * @example readLetterCell("a r", "Acme") // { ok: true, letters: ["A", "R"] }
 */
export function readLetterCell(cell: RawCell, party: string): LetterCell {
  if (isBlankCell(cell)) return { ok: true, letters: [] };
  if (isErrorCell(cell)) return { ok: false, problem: messages.errorValue(party, cell.code) };
  const text = cellText(cell);
  const letters = typeof cell === "string" ? parseLetters(text) : null;
  return letters === null ? { ok: false, problem: messages.notALetter(party, text) } : { ok: true, letters };
}
