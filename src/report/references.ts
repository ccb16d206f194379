/** Sheet references in formulas, as both writers and readers need them. */

/**
 * A sheet name as used in a formula reference: quoted, apostrophes doubled.
 * @example quoteSheetName("Bob's") === "'Bob''s'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The sheet a reference points at: "='My Sheet'!$A$1" or "Tiering!$A$1" → the sheet name;
 * a broken reference ("=#REF!$A$1") or anything else → null.
 * @example sheetOfReference("='Tier History'!$A$1") === "Tier History"
 */
export function sheetOfReference(reference: string): string | null {
  const f = reference.replace(/^=/, "");
  const m = /^(?:'((?:[^']|'')+)'|([^'!#][^!]*))!/.exec(f);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}
