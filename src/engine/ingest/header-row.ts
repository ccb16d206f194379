import type { RawCell } from "../model";
import { CAPABILITY_COLUMNS } from "./capabilities";
import { headerKey } from "./headers";
import { MATURITY_COLUMNS } from "./maturity";
import { CANDIDATE_COLUMNS, PARTNER_COLUMNS } from "./partner-columns";
import { WIDE_COLUMNS } from "../responsibility/columns";
import { isBlankCell } from "./values";

/** How far below the first non-empty row a header is looked for. */
const NOTE_ROWS = 10;

/** Headers of the column each input cannot do without (Partner, Candidate, Capability, Activity, Pillar). */
const KEY_HEADERS = new Set(
  [PARTNER_COLUMNS, CANDIDATE_COLUMNS, CAPABILITY_COLUMNS, MATURITY_COLUMNS, WIDE_COLUMNS]
    .flatMap((defs) => defs.filter((d) => d.required))
    .flatMap((d) => [d.label, ...d.synonyms])
    .map(headerKey),
);

const namesKeyColumn = (row: RawCell[]) => row.some((c) => typeof c === "string" && KEY_HEADERS.has(headerKey(c)));
const filled = (row: RawCell[]) => row.filter((c) => !isBlankCell(c));

/**
 * The index of a sheet's header row. SPEC §1 says it is the first non-empty row, and so it is —
 * unless that row names no key column (Partner, Capability, Activity…) and one of the next
 * rows does: a title and notes above the table ("Partner register — Q3", "Owner: Ana", "Do
 * not sort") are common. That row must be all text and at least as wide as the first one, so a
 * data cell that happens to read "Name" is never taken for a header.
 * @example headerRowIndex([["Register Q3"], [], ["Partner", "Fit"], ["Acme", 4]]) // 2
 */
export function headerRowIndex(grid: RawCell[][]): number {
  const first = grid.findIndex((row) => filled(row).length > 0);
  if (first < 0) return -1;
  const firstRow = grid[first] ?? [];
  if (namesKeyColumn(firstRow)) return first;
  const width = filled(firstRow).length;
  for (let i = first + 1; i < Math.min(grid.length, first + 1 + NOTE_ROWS); i++) {
    const row = grid[i] ?? [];
    const cells = filled(row);
    if (cells.length >= width && cells.every((c) => typeof c === "string") && namesKeyColumn(row)) return i;
  }
  return first;
}
