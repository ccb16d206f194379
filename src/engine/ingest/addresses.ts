/** A1-style addresses for issues and for the writers. */

/**
 * The column letters of a 1-based column number.
 * @example columnLetters(1) === "A"; columnLetters(28) === "AB"
 */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a 1-based row and column.
 * @example cellAddress(3, 2) === "B3"
 */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * The 1-based column number of column letters.
 * @example columnNumber("AB") === 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The 1-based row and column of an A1 address ("$" allowed); null when it is not one.
 * @example parseCellAddress("$B$3") // { row: 3, column: 2 }
 */
export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  return m ? { row: Number(m[2]), column: columnNumber(m[1] ?? "A") } : null;
}
