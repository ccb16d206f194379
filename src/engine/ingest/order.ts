import type { Issue } from "../model";
import { parseCellAddress } from "./addresses";

/**
 * Orders issues as a reader scans the workbook: sheet by sheet (the `sheets` given first, in
 * that order, then others in the order first mentioned), table-level issues first, then by row
 * and column. Stable otherwise.
 * @example sortIssues(issues, ["Partners", "Candidates"])
 */
export function sortIssues(issues: Issue[], sheets: readonly (string | undefined)[] = []): Issue[] {
  const sheetOrder = new Map<string, number>();
  // Fixed table order: when a sheet's issues are found (e.g. scores checked only once the scale
  // is known) must not decide where they are listed.
  for (const s of sheets) if (s !== undefined && !sheetOrder.has(s)) sheetOrder.set(s, sheetOrder.size);
  for (const i of issues) if (!sheetOrder.has(i.sheet)) sheetOrder.set(i.sheet, sheetOrder.size);
  const position = (cell: string): [number, number] => {
    const at = parseCellAddress(cell);
    return at ? [at.row, at.column] : [0, 0];
  };
  return issues
    .map((issue, index) => ({ issue, index, sheet: sheetOrder.get(issue.sheet) ?? 0, pos: position(issue.cell) }))
    .sort((a, b) => a.sheet - b.sheet || a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.index - b.index)
    .map((x) => x.issue);
}
