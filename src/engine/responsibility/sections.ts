/**
 * How a row of the wide matrix that names an Activity reads, before section headings are
 * settled: `lettered` has a non-blank party cell; `bare` has no party cell filled and no
 * Dimension (it may be a section heading); `unlettered` has a Dimension but no party cell.
 */
export type MatrixRowKind = "lettered" | "bare" | "unlettered";

/**
 * Which rows are section headings (SPEC §1, "Matrices as analysts write them"): a bare row
 * after which at least one lettered row comes before the next bare row or the end of the
 * table. Any other bare row (one followed directly by another, or the last one with nothing
 * lettered below it) is an unassigned activity: a Gap, as before.
 * @example sectionHeadings(["bare", "lettered", "bare", "bare", "lettered", "bare"]) // [true, false, false, true, false, false]
 */
export function sectionHeadings(kinds: readonly MatrixRowKind[]): boolean[] {
  const headings = kinds.map(() => false);
  let letteredBelow = false;
  for (let i = kinds.length - 1; i >= 0; i--) {
    if (kinds[i] === "lettered") letteredBelow = true;
    else if (kinds[i] === "bare") {
      headings[i] = letteredBelow;
      letteredBelow = false;
    }
  }
  return headings;
}
